// The advice guard: checks every peer sentence before it is shown. It flags instructions about
// the user's treatment (start, stop, skip, change, double or swap a medicine; doses), diagnosing
// the user, turning their results into instructions, talking them out of care, unproven cures,
// selling, calling something dangerous safe, and the same things in disguise. It passes what peer
// support is for: the peer's own experience and doses, what their own clinician decided,
// pointing to the care team, emotional support and cited information.
import { z } from 'zod';
import {
  CARE,
  CHANGE_VERB,
  CHANGE_VERB_ES,
  CHANGE_VERB_ING,
  CONDITION,
  CONDITION_ES,
  DISGUISE,
  DOSE,
  MED,
  OWN_CLINICIAN,
  REFERRAL,
  REMEDY,
  RESULT,
} from './adviceLexicon';
import { learnedSafety } from './learnedSafety';
import { normalizeText } from './normalize';

/** Why a peer sentence is held back. */
export const AdviceFlag = z.enum([
  'medication-change',
  'dose-instruction',
  'diagnosis',
  'result-interpretation',
  'discourages-care',
  'unproven-cure',
  'product-promotion',
  'unsafe-safety-claim',
  'disguised-advice',
]);
export type AdviceFlag = z.infer<typeof AdviceFlag>;

/** The guard's verdict on one sentence; reasons are rule names, never the sentence. */
export const AdviceCheck = z.object({
  advice: z.boolean(),
  flags: z.array(AdviceFlag),
  reasons: z.array(z.string().regex(/^[a-z0-9:-]+$/)),
});
export type AdviceCheck = z.infer<typeof AdviceCheck>;

/** Options: the sentence before this one in the same reply, for "Have you tried stopping it? Just do it." */
export interface CheckAdviceOptions {
  readonly previous?: string;
}

const re = (source: string): RegExp => new RegExp(source);
const reG = (source: string): RegExp => new RegExp(source, 'g');

const MED_RE = re(`\\b(?:${MED})\\b`);
const DOSE_RE = re(`\\b${DOSE}`);
const CHANGE_RE = reG(`\\b(?:${CHANGE_VERB}|${CHANGE_VERB_ES})\\b`);
const DISGUISE_RE = re(`\\b(?:${DISGUISE})\\b`);
const REFERRAL_RE = re(`\\b(?:${REFERRAL})\\b`);
const OWN_CLINICIAN_RE = re(`\\b(?:${OWN_CLINICIAN})\\b`);

/** "you should", "you can just", "deberias": a second-person instruction ending right before the verb. */
const YOU_SHOULD_BEFORE = re(
  '\\b(?:(?:it is |its )?(?:best|better|wise|smart|a good idea|safer) to|(?:you are|you would be|you will be|you are much) better off) (?:just )?$|\\b(?:you|u) (?:really |just |definitely |probably |honestly |totally |seriously |\\w+ly )?(?:should|could|need to|have to|must|ought to|might want to|may want to|can|better|had better|gotta|got to|would do well to|might|may|will want to)(?: (?:just|really|definitely|probably|honestly|totally|seriously|also|simply|safely|even|always|never|not|still|try to|then|\\w+ly))* $|\\b(?:deberias|debes|tienes que|hay que|te recomiendo|te aconsejo|mejor|podrias)(?: \\w+)? $',
);
/** An instruction heard in a subordinate clause is a referral ("ask whether you should stop"). */
const SUBORDINATE_BEFORE = /\b(?:whether|if|before|once|when|until|unless|can say|ask|asking|about)\b(?: or not)? (?:\w+ ){0,2}$/;
/** Words that may stand between a clause start and an imperative verb. */
const LEAD_IN = /(?:\b(?:just|then|so|and|please|honestly|seriously|maybe|definitely|really|also|simply|now|totally|literally|probably|ok|okay|oh|well|but|go ahead and|try to|you know|always|never|do not|instead|first|trust me|y|entonces|solo|simplemente|mejor|no)\s+)+$/;
const IMPERATIVE_START =
  /^\s*(?:if [^,]*?,?\s+)?(?:just |please |then |honestly |so )?(?:ask|go|get|try|take|stop|call|use|buy|start|eat|drink|cut|skip|double|switch|keep|put|give|avoid|make|lower|raise|drop|ditch|quit)\b|\bjust (?:eat|drink|take|skip|stop|use|try|go|cut)\b/;
const SUBJECT_WORD = /\b(?:i|we|they|he|she|it|who|that|which|to|doctor|doc|nurse|team|mom|dad|yo|me|mi|les|le|se)\s*$/;

/** Whether the verb at `index` is said to the user as an instruction, and how. */
function directiveKind(t: string, index: number): 'you-should' | 'imperative' | null {
  const before = t.slice(0, index);
  const clauseStart = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf(';'), before.lastIndexOf(','), before.lastIndexOf(':'), before.lastIndexOf('~'));
  const clause = before.slice(clauseStart + 1);
  if (YOU_SHOULD_BEFORE.test(before)) {
    const head = clause.replace(YOU_SHOULD_BEFORE, '');
    return SUBORDINATE_BEFORE.test(`${head} `) ? null : 'you-should';
  }
  const leadIn = LEAD_IN.exec(clause);
  // "You should ask for a biologic and stop the methotrexate": the second verb carries the same "should".
  if (leadIn && /\b(?:and|then)\b/.test(leadIn[0]) && /\b(?:you|u) (?:\w+ )?(?:should|need to|must|could|can|have to|ought to)\b/.test(clause)) return 'you-should';
  // "Ask for antibiotics and take them", "just eat greens and skip a dose": a second instruction in a row.
  if (leadIn && /\b(?:and|then)\b/.test(leadIn[0]) && IMPERATIVE_START.test(clause.slice(0, leadIn.index))) return 'imperative';
  const stripped = leadIn ? clause.slice(0, leadIn.index) : clause;
  if (stripped.trim() === '') return 'imperative';
  const skippedJustThenSo = leadIn !== null && /\b(?:just|then|so)\b/.test(leadIn[0]);
  if (skippedJustThenSo && !SUBJECT_WORD.test(stripped)) return 'imperative';
  return null;
}

/** Words after a change verb that make it about a treatment: a medicine, a dose, "taking it", "more". */
const TREATMENT_OBJECT = re(
  `^(?:less|more|half|double|twice|extra)\\b(?! (?:time|stress|sleep|notice|care|seriously|often|water|rest|attention))|^(?:\\w+ ){0,6}?(?:(?:${MED})\\b|${DOSE}|(?:taking|using|injecting|tomar|tomando)\\b)|^(?:\\d+ )?(?:extra |more )?(?:units?|puffs?|mg|mcg|ml|unidades)\\b|^up\\b(?! (?:for|with|to|on your|at))|^(?:dos|tres|otra|otro|una mas|el doble)\\b|^(?:them|it|your \\w+) (?:all )?(?:at once|together|at the same time)\\b|^(?:some|a few) of (?:my|your|his|her|their) \\w+|\\bcada (?:\\w+ )?horas?\\b|^(?:a|one|two|your|the next) (?:week|day|dose|shot|injection|infusion|couple of (?:days|weeks|doses)|few (?:days|doses)) (?:of|off)\\b|^(?:it|them) (?:for (?:a|two|three|\\d+|another|the next) |every |twice |once |daily|until )|^(?:it|them|your \\w+) (?:on (?:days|weekends|good days|bad days|the days)|when you(?: feel)?|if you feel|for a (?:day|few days|week|while))\\b|^(?:it |them |your \\w+ )?(?:every (?:other )?(?:day|night|morning|week|\\d+ hours)|twice a|once a|three times a|daily|weekly)\\b|^(?:everything|all of (?:it|them)|all (?:of )?your \\w+)\\b|^(?:up |up on |it |them |one |your dose )?(?:more|less|extra|another|double|two|an extra|a second|half|twice|the missed|it in half|them in half|cold turkey|el doble|la mitad)\\b`,
);

/** "you need more prednisone", "you don't need the statin": telling the user what to take or drop. */
const YOU_NEED_MED = re(`\\b(?:you|u) (?:really |probably |definitely |just )?(?:do not |dont |never )?(?:really )?need (?:more |less |extra |a higher dose of |a lower dose of |to be on |that much |so much |as much |this much |the |your |that |those |these |any |some |to take (?:the |your )?)?(?:${MED})\\b|\\bno (?:necesitas|hace falta) (?:la |el |los |las |tu |tus |tomar )?(?:${MED})\\b`);
/** "I'd take half a pill": a conditional first person that is an instruction in disguise. */
const I_WOULD_CHANGE = re(`\\b(?:i would|id|i will|ill) (?:just |definitely |honestly |probably )?(?:go ahead and )?(?:${CHANGE_VERB}|never take|not take)\\b`);
/** "you could try that too" after the peer's own change to a medicine in the same sentence. */
const COPY_ME = /\b(?:you (?:could|should|might|can|ought to|may want to) (?:\w+ )?(?:try|do) (?:that|this|it|the same)|you should too|do the same)\b/;
const FINE_WITHOUT_MED = re(`\\byou (?:are|would be|will be|d be) (?:much |so much |way |a lot )?better off (?:without|off) (?:the |your |that |those |any )?(?:${MED})\\b|\\b(?:do not|never) let (?:them|him|her|anyone|your doctors?|the doctors?) (?:put|start) you on\\b|\\byou can manage (?:it |this )?(?:with|on) (?:just )?(?:diet|food|exercise|herbs|supplements)(?: alone| instead)?\\b|\\b(?:you will be|you are|you would be|you will|you will feel) (?:just )?(?:fine|ok|okay|alright|better) without (?:your |the |any |those )?(?:${MED})\\b|\\bno need (?:for|to take|to use) (?:the |your |any |those )?(?:${MED})\\b|\\bkeep (?:the |your )?(?:dose|doses|insulin|\\w+) (?:high|low|up|down|higher|lower)\\b`);
/** "you'd feel better if you just stopped the X", "I'd suggest cutting back", "extra insulin should sort it". */
const FEEL_BETTER_IF = re(`\\byou (?:would|will|might|could) (?:probably |definitely |honestly )?(?:feel|be|do) (?:so much |much |a lot )?(?:better|fine|great|ok|okay) if you (?:just )?(?:${CHANGE_VERB}|stopped|quit|dropped|skipped|switched|took|came off|went off|cut|lowered|doubled|halved)\\b`);
const I_SUGGEST = re(`\\b(?:suggest|recommend|advise)(?: that)?(?: you)? (?:try )?(?:${CHANGE_VERB_ING}|${CHANGE_VERB})\\b`);
const MORE_MED_FIXES = re(`\\b(?:a little |a bit of |some |an? )?(?:extra|more|less|double|another) (?:${MED})(?: \\w+){0,4} (?:should|will|would|might|can) (?:sort|fix|help|do|bring|get|take care|clear)\\b`);

/** "never stop your meds without talking to your doctor": an instruction to involve the care team. */
const CARE_TEAM_CONDITION = re(`\\b(?:without|before|until|unless) (?:first )?(?:talking|speaking|checking|asking|consulting|you talk|you check|you ask)\\b`);

function medicationDirectives(t: string): { kind: string; med: boolean; anyDirective: boolean; treatmentAnywhere: boolean } {
  let med = false;
  let kind = '';
  let anyDirective = false;
  let treatmentAnywhere = false;
  for (const m of t.matchAll(CHANGE_RE)) {
    const index = m.index ?? 0;
    const rest = t.slice(index + m[0].length).trim();
    // "come off it": coming off, going off or weaning off can only mean a treatment.
    const aboutTreatment = TREATMENT_OBJECT.test(rest) || (/^(?:come off|go off|get off|wean off)$/.test(m[0]) && /^(?:it|them|those|that|these)\b/.test(rest));
    treatmentAnywhere ||= aboutTreatment;
    const k = directiveKind(t, index);
    if (!k) continue;
    // "Never stop without your doctor", "don't share medicines, ask your pharmacist": a caution that hands over to the care team.
    if (/\b(?:never|do not|dont)\s+$/.test(t.slice(Math.max(0, index - 12), index)) && (CARE_TEAM_CONDITION.test(t) || REFERRAL_RE.test(t))) continue;
    anyDirective = true;
    if (aboutTreatment && !med) {
      med = true;
      kind = k;
    }
  }
  return { kind, med, anyDirective, treatmentAnywhere };
}

const SUGGESTION = re(`\\b(?:try|why not|have you (?:thought about|considered|tried)|how about|what about|did you try|consider|could try|maybe try)(?: just)? (?:not )?(?:${CHANGE_VERB_ING})\\b`);
const SUGGESTION_BASE = re(`\\bwhy not (?:just )?(?:${CHANGE_VERB})\\b`);
const DOSE_PHRASE = /\b(?:right|correct|proper|best|normal|usual|safe|ideal|max\w*|starting) dose for (?:you|someone|people|your)|\byour dose (?:is|should|needs)|\bshould be (?:on )?(?:at least |about |around )?\d|\bdose for someone your\b/;

const DIAGNOSIS_YOU = re(
  `(?<!\\b(?:do|did|if|when|since|because|as|whether|have|how long|that|hope|unless|and|or|what if|once|cuando|si) )\\b(?:you|tu) (?:definitely |probably |clearly |obviously |might |must |certainly |totally |likely |may |could |so |seguro que )?(?:have got|have|got|are having|are in|are|seem|tienes|estas|tenes)(?: definitely| probably| clearly| obviously| totally| just| likely)?(?: got)?(?: a| an| un| una)? (?:${CONDITION}|diabetes|ansiedad|depresion|infeccion|gripe|artritis|lupus)\\b(?! too\\b)|^(?:seguro (?:que )?)?tienes (?:un |una )?(?:diabetes|ansiedad|depresion|una infeccion|gripe|artritis|lupus)\\b`,
);
const DIAGNOSIS_THAT = re(
  `\\b(?:(?:that|this|these|those)(?: \\w+)?|it|your(?: \\w+){0,2}|eso|esto|tus? \\w+) (?:definitely |probably |clearly |just |only |really |totally |obviously )*(?:sounds|sound|looks|look|seems|seem|is|are|means|mean|es|suena) (?:to me )?(?:definitely |probably |clearly |just |only |totally |obviously |100% |for sure |100 percent |classic |textbook |typical |a classic case of |a textbook case of )*(?:like )?(?:you (?:have|are|got|are in) )?(?:a |an )?(?:definitely |probably |just )?(?:${CONDITION}|${CONDITION_ES})\\b(?! (?:morning|day|night|week|winter|weather|one|room|drink|shower|water|for me))`,
);
const DIAGNOSIS_SIGNS = /\b(?:classic|typical|textbook|clear|obvious|the) (?:signs?|symptoms?|case) of (?:a |an )?\w+/;
const DIAGNOSIS_SOUNDS = re(`\\bsounds? (?:to me )?like (?:(?:you|your|it is|a|an)\\b(?: \\w+){0,3} )?(?:${CONDITION})\\b`);
const FIRST_PERSON_ONLY = /\b(?:for me|i had|i have had|mine|i was|my \w+ (?:was|is|turned out))\b/;

const RESULT_FOR_USER = re(`\\b(?:your|with (?:a|an|that)|if your|an?|that|tu|tus|con (?:un|una)) (?:\\w+ )?(?:${RESULT})\\b`);
const RESULT_CONSEQUENCE = /\bmeans? (?:that )?you (?:need|should|can|have to|must|do not need)|\bso (?:you )?(?:can|should|need to|just|take|stop|skip|eat|drink|go|come off|double|up|increase|lower)\b|\bthen (?:you )?(?:can|should|need to)\b/;

const DISCOURAGE = re(
  [
    `(?:do not|never) (?:really )?need (?:a |to see (?:a )?|to go to (?:the )?|to call (?:the |your )?|to get |to bother (?:with )?)?${CARE}\\b`,
    '(?:do not|never) need to (?:get|have) (?:that|it|this) (?:checked|looked at|seen|tested)',
    `no need (?:to|for) (?:\\w+ ){0,2}(?:${CARE}|call|see|go|get it checked)\\b`,
    'no need to (?:get|have) (?:\\w+ ){0,3}(?:checked|looked at|seen|tested|scanned|examined)',
    'do not bother (?:going to|seeing|calling|with|asking|telling|getting)',
    `(?:skip|cancel|avoid|forget|ignore|ditch|stay away from) ${CARE}\\b`,
    `no point (?:telling|seeing|calling|asking|going to) ${CARE}\\b`,
    '(?:doctors|they|hospitals|the er|specialists|pharma|big pharma) (?:just |only )?(?:want to sell|want your money|will just send you home|never help|do not (?:know anything|care|listen)|are useless|do nothing)',
    `(?:do not|never) go to (?:the |a |your )?(?:hospital|er|doctors?|emergency|a and e|a e|urgent care|clinic|gp)`,
    '(?:do not|never) need to (?:check|test|monitor|measure) (?:your )?(?:sugars?|blood sugar|bg|glucose|ketones|blood pressure|bp|levels|weight|feet)',
    '(?:just )?wait it out',
    `(?:do not|no) need to (?:mention|tell|bring up|report|say)(?: \\w+){0,3} (?:to )?${CARE}`,
    `(?:do not|never) (?:bother )?(?:telling|mentioning|mention|tell) (?:it |this |that )?(?:to )?${CARE}`,
    'toughen up',
    '(?:the )?(?:er|emergency room|a and e|a e|hospital|hospitals|doctors?|gp|urgent care|they) (?:will not|would not|cannot|can not|do not|never) (?:really )?(?:help|do anything for|do anything about|care about) (?:you|it|that)',
    `(?:is|are) a waste of (?:time|money)`,
    `(?:do not|never) waste (?:your )?(?:time|money|energy) (?:on|with|going to|seeing|at) ${CARE}`,
    `no (?:necesitas|hace falta|vale la pena) (?:ir al |ver al |llamar al )?(?:medico|doctor|hospital|urgencias|especialista)|no vayas (?:al|a|a la) (?:medico|doctor|hospital|urgencias|emergencias|clinica)`,
  ].join('|').replace(/^/, '\\b(?:') + ')\\b',
);

const CURE_VERB = 'sort|sorts|will sort|cleared|clears|sorted out|fix|fixes|fixed|clears? up|cleared up|knocks? out|knocked out|wipes? out|detox\\w*|cleanses?|kills the|kill the|cure|cures|cured|curing|reverse|reverses|reversed|reversing|heal|heals|healed|eliminates?|gets? rid of|got rid of|flush(?:es)? out|resets?|cura|curan|curo|revierte|elimina|sana';
const CURE = re(`\\b(?:${CURE_VERB})\\b(?: [\\w,]+){0,5}? (?:${CONDITION}|the disease|disease|yours|your|it|everything|anything|all diseases|autism|cancer|infection|immune system|kidney disease|enfermedad|cancer)\\b`);
const CURE_NEGATED = /\b(?:no|not|nothing|never|cannot|will not|does not|did not|there is no|isnt|is no)\s+(?:\w+\s+){0,2}$/;
const BETTER_THAN_MED = re(`\\bbetter than (?:your |the |any )?(?:${MED})\\b|\\b(?:will not|never|no longer|not) need (?:your |the |any )?(?:${MED})\\b|\\b(?:instead of|rather than|without) (?:your |the |any )?(?:${MED})\\b`);
const REMEDY_RE = re(`\\b(?:${REMEDY})\\b`);

const PROMOTION = /\b(?:(?:use|with) (?:my )?(?:code|coupon|promo code|discount code|link|referral link|affiliate link)|(?:my|this) (?:affiliate |referral )?link|(?:grab|buy|order|get) (?:the |a |my )?\w+ (?:bundle|kit|pack|box)|on sale (?:this|right now|today)|(?:code|coupon) [a-z]+\d*|\d+ ?% off|link in (?:my )?bio|(?:i|we) sell|message me|dm me|pm me|affiliate|sponsored|(?:the )?(?:best|only) (?:supplement|brand|product)s?(?: out there| worth)?|(?:buy|order|purchase|get|check out|try) (?:\w+ ){0,4}(?:from (?:their|my|the|this) (?:website|site|shop|store|link)|supplements?|capsules|gummies|powder|kits?|shop|brand|products?|plus|formula)|(?:from|at) (?:their|my) (?:website|shop|store))\b/;

const SAFE_CLAIM = /\b(?:(?:would be|will be|is|are|it is|its|that is|totally|perfectly|completely|absolutely|definitely|pretty|100 ?%) (?:totally |perfectly |completely |absolutely |definitely |pretty )?(?:safe|fine|harmless|okay|ok|no problem|not a problem|nothing to worry about|not dangerous|no big deal)|no harm in|(?:as much|as many) as you (?:want|like)|(?:can|could) safely|does not matter|nothing will happen|no pasa nada|no (?:issue|issues|problem|problems|worries)(?=$| (?:\.|!|,))|not an issue|(?:totalmente |completamente |perfectamente )?(?:seguro|inofensivo))\b/;
/** "grapefruit won't matter with your statin": a known risk waved away. */
const NO_MATTER_CLAIM = /\b(?:will not|does not|would not|should not|is not going to) (?:really |even )?(?:matter|make (?:a|any) difference|interact|do anything|hurt you|affect (?:it|you|them|your \w+))\b/;
const RISK_CONTEXT = re(`\\b(?:${MED}|alcohol|drink\\w*|wine|beer|booze|grapefruit|driving|drive|mix\\w*|combin\\w*|together|vaccines?|suddenly|cold turkey|hypo|pregnan\\w*|breastfeed\\w*|alcohol|mezclar|con tus)\\b`);

const FOLLOW_UP = /\b(?:do that|do it|try it|go for it|stop it|drop it|ditch it|skip it|quit it|stop them|skip them|ditch them|drop them|cut it|cut them|double it|up it|take (?:more|less|extra|another|them|it)|you should too|do the same|do that too|hazlo|dejala|dejalo)\b/;

const ANY_CHANGE_WORD = re(`\\b(?:${CHANGE_VERB}|${CHANGE_VERB_ING}|${CHANGE_VERB_ES}|miss|missed|missing)\\b`);

function add(flags: Set<AdviceFlag>, reasons: string[], flag: AdviceFlag, reason: string): void {
  flags.add(flag);
  reasons.push(reason);
}

/** The rules alone on one peer sentence: the floor under the learned model, and the reasons. */
export function checkAdviceByRules(sentence: string, options: CheckAdviceOptions = {}): AdviceCheck {
  const t = normalizeText(sentence);
  const flags = new Set<AdviceFlag>();
  const reasons: string[] = [];
  const ownClinician = OWN_CLINICIAN_RE.test(t);
  const disguised = DISGUISE_RE.test(t);
  const med = MED_RE.test(t);

  const directives = medicationDirectives(t);
  if (directives.med) add(flags, reasons, 'medication-change', `directive:${directives.kind}`);
  if (SUGGESTION.test(t) && (med || /\b(?:it|them|one)\b/.test(t)) && !REFERRAL_RE.test(t) && !ownClinician) add(flags, reasons, 'medication-change', 'suggestion');
  if (SUGGESTION_BASE.test(t)) add(flags, reasons, 'medication-change', 'why-not');
  if (YOU_NEED_MED.test(t) && !ownClinician) add(flags, reasons, 'medication-change', 'you-need');
  if (FINE_WITHOUT_MED.test(t)) add(flags, reasons, 'medication-change', 'fine-without');
  if (COPY_ME.test(t) && med && !ownClinician) add(flags, reasons, 'medication-change', 'copy-me');
  if (FEEL_BETTER_IF.test(t) && med) add(flags, reasons, 'medication-change', 'feel-better-if');
  const suggestion = I_SUGGEST.exec(t);
  if (suggestion && !REFERRAL_RE.test(t)) {
    const rest = t.slice(suggestion.index + suggestion[0].length).trim();
    if (med || TREATMENT_OBJECT.test(rest) || /\b(?:every other day|twice a|once a|half)\b/.test(rest)) add(flags, reasons, 'medication-change', 'i-suggest');
  }
  if (MORE_MED_FIXES.test(t)) add(flags, reasons, 'medication-change', 'more-will-fix');
  const iWould = I_WOULD_CHANGE.exec(t);
  if (iWould && TREATMENT_OBJECT.test(t.slice(iWould.index + iWould[0].length).trim())) add(flags, reasons, 'medication-change', 'i-would');
  const changeWordAnywhere = ANY_CHANGE_WORD.test(t) || YOU_NEED_MED.test(t);
  if (disguised && ((med && changeWordAnywhere) || DOSE_RE.test(t) || directives.treatmentAnywhere || DISCOURAGE.test(t))) {
    add(flags, reasons, 'disguised-advice', 'disguise-cue');
    if (med && (ANY_CHANGE_WORD.test(t) || /\b(?:not take|would not take)\b/.test(t))) add(flags, reasons, 'medication-change', 'disguised-change');
  }

  if (DOSE_RE.test(t) && (directives.anyDirective || DOSE_PHRASE.test(t) || disguised)) add(flags, reasons, 'dose-instruction', 'dose-with-directive');
  else if (DOSE_PHRASE.test(t) && med) add(flags, reasons, 'dose-instruction', 'dose-phrase');

  const userMentioned = /\b(?:you|your|yours|tu|tus|tienes)\b/.test(t);
  if (!ownClinician && (DIAGNOSIS_YOU.test(t) || DIAGNOSIS_SOUNDS.test(t) || (DIAGNOSIS_SIGNS.test(t) && /\b(?:those|these|that|this|it|your|you)\b/.test(t) && !/\b(?:says|lists|notes|according)\b/.test(t)) || (DIAGNOSIS_THAT.test(t) && (userMentioned || !FIRST_PERSON_ONLY.test(t))))) {
    add(flags, reasons, 'diagnosis', 'tells-user-condition');
  }

  const discourages = DISCOURAGE.test(t) && !/\b(?:do not|never) (?:skip|cancel|avoid|ignore)\b/.test(t);
  if (discourages) add(flags, reasons, 'discourages-care', 'talks-out-of-care');

  if (RESULT_FOR_USER.test(t) && (flags.has('medication-change') || flags.has('dose-instruction') || discourages || RESULT_CONSEQUENCE.test(t)) && !ownClinician) {
    add(flags, reasons, 'result-interpretation', 'result-to-instruction');
  }

  const cure = CURE.exec(t);
  const cited = /\[\d+\]/.test(sentence);
  // "X fixes long covid, get some online": a cure claim with an instruction to obtain it.
  const obtain = /\b(?:get|buy|order|grab|try) (?:some|it|them|one|a bottle|a pack)\b/.test(t);
  if (cure && !CURE_NEGATED.test(t.slice(0, cure.index)) && (REMEDY_RE.test(t) || userMentioned || obtain || (!cited && /\b(?:that|this)\b/.test(t)))) add(flags, reasons, 'unproven-cure', 'cure-claim');
  if (BETTER_THAN_MED.test(t) && REMEDY_RE.test(t)) add(flags, reasons, 'unproven-cure', 'remedy-over-medicine');

  if (PROMOTION.test(t)) add(flags, reasons, 'product-promotion', 'selling');

  const safe = SAFE_CLAIM.exec(t);
  if (safe && RISK_CONTEXT.test(t) && !ownClinician && !/\b(?:if|whether|ask|check|can say)\b(?: \w+){0,3} ?$/.test(t.slice(0, safe.index))) {
    add(flags, reasons, 'unsafe-safety-claim', 'calls-risk-safe');
  }

  const noMatter = NO_MATTER_CLAIM.exec(t);
  if (noMatter && RISK_CONTEXT.test(t) && /\b(?:you|your)\b/.test(t) && !ownClinician && !/\b(?:if|whether|ask|check)\b(?: \w+){0,3} ?$/.test(t.slice(0, noMatter.index))) {
    add(flags, reasons, 'unsafe-safety-claim', 'waves-risk-away');
  }

  // "Yes, do that." after "should I skip my methotrexate?": agreeing is the instruction.
  const agrees = /^(?:(?:yes|yeah|yep|yup|definitely|absolutely|totally|for sure|of course|si|claro|dale)\b[ ,.!]*)+(?:(?:do (?:it|that)|go for it|go ahead|you should|i would|hazlo)\b[ .!]*)?$/.test(t.trim()) || /^(?:do that|go ahead(?: and do it)?|go for it)\b/.test(t.trim());
  if (flags.size === 0 && options.previous && (FOLLOW_UP.test(t) || agrees)) {
    const prev = checkAdviceByRules(options.previous);
    if (prev.advice || MED_RE.test(normalizeText(options.previous))) add(flags, reasons, 'medication-change', 'follows-previous');
  }

  return { advice: flags.size > 0, flags: AdviceFlag.options.filter((f) => flags.has(f)), reasons: [...new Set(reasons)] };
}

/**
 * A whole sentence that only says something sounds familiar, in a few words ("The brain fog sounds so
 * familiar.", "Ese cansancio me suena tanto."): nothing in it recommends, names a diagnosis or a medicine.
 */
const RECOGNITION = [
  /^(?:oh,? |ugh,? |honestly,? )?(?:(?:that|this|the|your|all that|all of that|the whole)\s+)?(?:[\p{L}'-]+\s+){0,3}sounds? (?:so |really |very |all too |too |super |painfully |incredibly )?familiar(?: to me)?[.!…]*$/iu,
  /^(?:ay,? |uf,? )?(?:(?:ese|esa|eso|esos|esas|lo de|lo del|tu|tus|el|la|los|las)\s+)?(?:[\p{L}'-]+\s+){0,3}(?:me )?suenan? (?:tan |muy |super |bastante |demasiado )?(?:familiar(?:es)?|tanto|mucho)[.!…]*$/iu,
];
export const isRecognition = (sentence: string): boolean => RECOGNITION.some((re) => re.test(sentence.trim()));

/**
 * Checks one peer sentence (with the one before it in the same reply): the rules first, as the
 * explainable floor whose rule names are the reasons; then the learned advice model, which holds
 * what the rules did not recognise when its probability reaches the threshold chosen out of fold.
 */
export function checkAdvice(sentence: string, options: CheckAdviceOptions = {}): AdviceCheck {
  const rules = checkAdviceByRules(sentence, options);
  if (rules.advice) return rules;
  // A peer recognising something from their own life ("That tiredness sounds so familiar.") is lived
  // experience, not a diagnosis; no author's data holds the phrase, and the model read it as "sounds like X".
  if (isRecognition(sentence)) return rules;
  // Until the learned model is loaded (loadSafety.ts) the rules decide alone.
  const learned = learnedSafety()?.learnedAdvice(sentence, options.previous);
  if (!learned?.held) return rules;
  return { advice: true, flags: [learned.flag], reasons: [...rules.reasons, 'learned:advice'] };
}

/** Runs the guard once so its patterns are compiled before the first streamed sentence (the first call costs ~0.4 s). */
export function warmUpAdviceGuard(): void {
  for (const s of ['You should stop your insulin.', 'I take 20 mg myself.', 'Deberías dejar la metformina.']) checkAdvice(s, { previous: s });
}
