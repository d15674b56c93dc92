// Cheap, deterministic readings of a user's message that the turn planner acts on: which support
// functions it calls for, whether it is a medical question for the care team, a statement that may
// be misinformation, hostility toward the group, or "anyone else?". English and Spanish.
import type { SupportFunction } from '../domain';
import { fold } from '../safety/medicalQuestion';

const NEED_PATTERNS: ReadonlyArray<[SupportFunction, RegExp]> = [
  ['emotional', /\b(feel|feeling|felt|scared|afraid|terrified|alone|lonely|exhausted|drained|overwhelmed|sad|angry|frustrat\w*|cry|crying|hate|ashamed|embarrass\w*|anxious|worried|stress\w*|hopeless|miedo|sola?|agotad[oa]|cansad[oa]|triste|enfadad[oa]|frustrad[oa]|llorar|llor\w+|vergüenza|verguenza|ansios[oa]|preocupad[oa]|abrumad[oa]|me siento)\b/],
  ['appraisal', /\b(is (it|this) normal|am i the only|does it get (better|easier)|will (it|this) get|is this how|how do you cope|am i overreacting|is it just me|worth it|es normal|soy (la|el) unic[oa]|mejora con el tiempo|se hace mas facil|es solo cosa mia|vale la pena)\b/],
  ['instrumental', /\b(what (should|can|do) i do|how (do|can|should) i|any tips|tips|ideas|advice|what helped|what works|where (do|can) i|who (do|can|should) i|plan|next step|que (hago|puedo hacer)|como (hago|puedo|le digo)|algun consejo|consejos|ideas|que te ayudo|que les ayudo)\b/],
  ['informational', /\b(what is|what are|how long|side effects?|does (it|anyone)|did (it|anyone)|anyone (tried|taken|on|else on)|know about|learn|understand|explain|why do|why does|que es|cuanto tiempo|efectos secundarios|alguien (ha )?(probado|tomado)|por que)\b/],
];

/** The support functions the message calls for, most pressing first (emotional first when unsure). */
export function detectNeeds(message: string): SupportFunction[] {
  const text = fold(message);
  const found = NEED_PATTERNS.filter(([, re]) => re.test(text)).map(([fn]) => fn);
  return found.length ? found : ['emotional', 'appraisal'];
}

const CLAIM = /\b(is curable|can be cured|(it|this|that|[a-z]+) cures (it|diabetes|lupus|[a-z]+)|cured (my|his|her|their)|se cura|tiene cura|go(es)? away (for good|forever)|don'?t need (my|the|your)? ?(meds|medicine|insulin|treatment)|no necesit\w+ (la )?(medicacion|insulina|tratamiento)|is contagious|es contagios[oa]|caused by (stress|sugar|bad diet)|(only|just) (old|older) people|solo (los|las) mayores|you can stop (taking )?\w+ (when|once|if)|se puede dejar (de tomar )?\w* cuando|it'?s all in (my|your) head|es todo mental|vaccines? cause)\b/;

/** Asking whether, wishing, or agreeing there is none is not asserting: "Is there a cure?", "I wish it would go away forever". */
const NOT_A_CLAIM = /\b(wish|hope|if only|ojala|no cure|not curable|no tiene cura|no se cura|isn'?t curable|is there)\b/;

/** A confident general claim that may contradict a pack fact (checked against retrieval by the planner). */
export const looksLikeClaim = (message: string): boolean => {
  const text = fold(message);
  return CLAIM.test(text) && !NOT_A_CLAIM.test(text);
};

// Anger aimed at the group ("you", "you all", "bots"), not insults the user reports or turns on themself.
const HOSTILE = /(^|[.!?]\s*)(shut up|callate|callense)\b|\b(shut up|fuck off|fuck you)[, ]+(you|all|bots?|everyone)\b|\b(you'?re|you are|y'?all are) (all )?(stupid|useless|fake|idiots?|bots|pathetic)\b|\bstupid bots?\b|\byou (all )?don'?t get it\b|\bleave me alone\b|\b(sois|son) (unos )?(idiotas|inutiles|falsos)\b|\bno (me )?entienden nada\b|\bdejame en paz\b/;

/** Anger directed at the group: the facilitator steps in to hold the space. */
export const isHostile = (message: string): boolean => HOSTILE.test(fold(message));

const ANYONE_ELSE = /^[\s¿¡]*(anyone else|anybody else|what about (the rest of )?you( all)?|others\??|alguien mas|alguno mas|y (los|las) demas)\b/;

/** "Anyone else?": bring in someone who has not just spoken. */
export const isAnyoneElse = (message: string): boolean => ANYONE_ELSE.test(fold(message));

/** A message addressed to the whole group ("has anyone…", "you all"). */
export const isGroupQuestion = (message: string): boolean =>
  /\b(anyone|anybody|everyone|you all|y'?all|all of you|alguien|todos|ustedes|vosotros)\b/.test(fold(message));
