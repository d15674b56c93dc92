// Figures of speech that borrow crisis words ("this flare is killing me", "I'd kill for a nap",
// "dying to try that", "me muero de hambre"). They are blanked out before the rules run, so only
// the literal words are left to match. Each idiom is narrow on purpose: "I want to die" stays.
import { DRUG } from './medicalLexicon.en';

/** One figure of speech; `when` limits it to messages that also have a cue (laughter, weather). */
export interface Idiom {
  readonly id: string;
  readonly pattern: RegExp;
  readonly when?: RegExp;
}

const idiom = (id: string, source: string, when?: RegExp): Idiom => ({
  id,
  pattern: new RegExp(`\\b(?:${source})\\b`, 'g'),
  ...(when ? { when } : {}),
});

/** Someone who could really hurt the user: threats from them are not idioms. */
const PARTNER_BEFORE = '(?<!\\b(?:he|she|partner|husband|wife|boyfriend|girlfriend|bf|gf|ex)(?: is| was| will| would)? )';
const LAUGHTER = /\b(?:lol|joke|joking|jk|kidding|funny|hilarious)\b/;

/** English and Spanish idioms, most specific first. */
export const IDIOMS: readonly Idiom[] = [
  idiom('killing-me', `(?<!\\b(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|dad|father|chest) )(?:is|are|was|were|been|keeps|keep|it is|this is|that is) (?:\\w+ )?(?:killing|murdering|slaying) me|(?:you are|that is|this is|it is|joke|that|this) (?:killing|killed|kills) me|it kills me`),
  idiom('illness-trying-to-kill-me', '(?:immune system|body|lupus|disease|illness|crohns|this|it|my \\w+) (?:is |keeps )?(?:trying|try) to kill me'),
  idiom('kill-for', '(?:would|could|i would|i could) (?:literally |honestly )?(?:kill|murder|die) for|kill for a|murder (?:a|an|some) (?:pizza|burger|coffee|drink|beer|curry|cake|steak|sandwich|kebab|cup of tea|tea|pint)'),
  idiom('dying-to', 'dying to (?:try|know|see|hear|meet|go|get|read|watch|eat|have|find|tell|ask|visit|learn|start)|dying for (?:a|an|some|one|this|that|your)|(?:is|was|are|were) to die for|to die for(?=$| (?:\\.|!|,|lol|$))'),
  idiom('die-of', '(?:die|died|dying|dead) (?:of|from|with) (?:embarrassment|boredom|laughter|laughing|shame|cringe|cuteness|jealousy|envy|curiosity|excitement|heat|thirst|hunger)|(?:died|dying|dead|die) laughing|(?:almost|nearly) died laughing'),
  idiom('i-am-dead-lol', '(?:i am )?(?:so )?(?:dead|dying|deceased)(?= lol)|lol (?:i am )?(?:dead|dying)'),
  idiom('dead-adjective', 'dead (?:tired|on my feet|beat|serious|honest|wrong|right|set|center|last|end|ends|line|weight|battery|phone|zone|simple|easy|quiet|asleep|air|skin)'),
  idiom('to-death', '(?:bored|scared|sick|worried|frozen|freezing|starved|tickled|loved) to death'),
  idiom('death-of-me', '(?:be |been |is |was )?the death of me|(?:an |my )?early grave'),
  idiom('nearly-had-a-heart-attack', '(?:nearly|almost) had (?:a )?(?:heart attack|stroke|coronary|aneurysm)|(?:gave|give|giving) me (?:a )?(?:heart attack|stroke)|(?:going to|about to) have (?:a )?(?:heart attack|stroke|aneurysm)(?=$| (?:if|when|over|at|because|lol))'),
  idiom('kill-time', '(?:kill|killed|killing|kills) (?:time|two birds|the (?:lights|engine|mood|vibe|music|tv|pain|buzz)|(?:a|the) (?:\\w+ )?(?:spider|bug|fly|wasp|mosquito|roach|cockroach|plant|weeds?)|(?:my )?(?:plants?|spiders?|bugs?|weeds?|germs|bacteria|pain|cravings?|appetite))'),
  idiom('killed-it', `(?:killing|killed|kill|slayed|slaying|nailed) it(?! (?:myself|all))|(?:kill|killing|killed|smash|smashed) (?:this|that|the|my) (?:presentation|exam|test|interview|workout|game|set|performance|speech|project|deadline|audition|race|run|match|job|assignment)`),
  idiom('object-died', '(?:phone|battery|laptop|computer|car|plant|plants|tv|charger|conversation|vibe|mood|party|wifi|internet|headphones|airpods|flowers|garden|tablet|kindle|ipad)s? (?:\\w+ ){0,2}(?:died|dies|dying|dead|keep dying|keeps dying)'),
  idiom('die-happy', '(?:could|would) die happy|die happy|what does not kill you|(?:a|is a|such a) killer|killer (?:app|feature|workout|heels|view|deal|song|outfit)|lady killer'),
  idiom('so-dead-if', '(?:i am |i will be )?(?:so )?dead if|i am so dead'),
  idiom('threat-in-jest', `${PARTNER_BEFORE}(?:going to|will|would|could) (?:literally )?(?:kill|murder|strangle) (?:me|him|her|them|you|my \\w+) (?:when|if|for|because|after)(?! i (?:leave|tell|go|report|call)\\b)`),
  idiom('kill-over-trivia', `${PARTNER_BEFORE}(?:going to|will|gonna|could|would) (?:literally )?(?:kill|murder|strangle) (?:my \\w+|him|her|them)(?: ,)? (?:he|she|they) (?:ate|took|used|stole|forgot|broke|finished|drank|borrowed|spoiled|lost)`),
  idiom('overdosed-on-non-drug', `(?:overdosed?|overdosing) on (?!(?:my|the|his|her|some|a|an|all|too|way|purpose|accident|mistake|something|pills?|meds|everything|${DRUG})\\b)\\w+`),
  idiom('drowning-in', 'drowning in (?:paperwork|work|bills|laundry|emails|homework|debt|forms|appointments|stuff|things|admin)'),
  idiom('die-if-i-have-to', 'if i have to (?:\\w+ ){1,8}(?:i will|i am going to|i would) die|(?:will|going to|would) die if i (?:have to|see|hear|eat|do)'),
  idiom('dying-hyperbole', 'i am (?:literally |so |just )?dying(?=$| (?:over here|here|\\.|!|,|lol))', /\b(?:heat|hot|humid\w*|meeting|bored|boring|class|lol|funny|traffic|hungry|queue|line|wait\w*|workout|gym|stairs|cringe)\b/),
  idiom('life-without-treat', '(?:life|living) (?:is|would be|is just) (?:\\w+ )?(?:pointless|meaningless|not worth (?:it|living)) without (?!(?:you|him|her|them|my (?:husband|wife|partner|kids|son|daughter|mum|mom|dad|family))\\b)(?:\\w+ ){0,2}\\w+'),
  idiom('suicide-as-modifier', 'suicide (?:squad|run|runs|doors|mission|lane|drill|burpees|sprints|king)'),
  idiom('rather-die-than-trivial', '(?:would )?rather (?:die|be dead) than (?!(?:live|living|keep|go on|going on|be here|wake up|suffer|feel|face|spend another|deal with (?:this|it|the pain))\\b)(?:\\w+ ){0,2}\\w+', LAUGHTER),
  idiom('kill-me-joking', '(?:just |someone |somebody |please )?(?:kill|shoot) me(?: now)?', LAUGHTER),
  idiom('cannot-breathe-laughing', '(?:cannot|can not|could not) breathe', /\b(?:lol|humid\w*|heat|hot|nose|stuffy|congest\w*|cold|laugh\w*|funny|mask|hilarious|allerg\w*|hay fever|smell|perfume|pollen)\b/),
  idiom('killed-myself-laughing', '(?:nearly |almost |literally )?(?:killed|kill|killing) myself (?:laughing|with laughter)'),
  idiom('bridge-for-a-treat', '(?:would|could) (?:literally |happily |honestly )?(?:jump off a bridge|walk into traffic|jump in front of a (?:bus|train)) for (?:a|an|some|one|the|decent|good)'),
  idiom('death-easier-than-chore', '(?:death|dying|being dead) (?:would be|seems|sounds|is|looks) (?:\\w+ )?(?:easier|better|preferable|more fun|less painful) than (?:\\w+ ){0,4}(?:forms?|paperwork|meetings?|queues?|phone calls?|calls?|taxes|admin|homework|exams?|dentist|shopping|cleaning|insurance|ikea|traffic|emails?)'),
  idiom('could-sleep-forever', '(?:i )?(?:could|would) (?:literally |honestly |happily )?sleep (?:forever|for (?:a week|days|a year|a month|ever))'),
  idiom('es-quiero-morir-de', '(?:me quiero|quiero|me voy a) morir(?:me)? de (?:la |el )?(?:verguenza|risa|hambre|sueno|calor|frio|aburrimiento|envidia|ganas|pena)'),
  idiom('es-muero-de', '(?:me )?muero de (?:hambre|sed|ganas|risa|sueno|frio|calor|aburrimiento|verguenza|envidia|curiosidad|cansancio|amor|nervios)|me mori de (?:risa|verguenza|hambre|susto)|muert[oa]s? de (?:cansancio|risa|hambre|sueno|miedo|frio|calor|verguenza|aburrimiento)|me muero por \\w+'),
  idiom('es-me-esta-matando', '(?<!\\b(?:el|ella|esposo|marido|pareja|novio|novia) )me (?:esta|estan|tiene) matando|me (?:va|van) a matar (?:si|cuando|por)'),
  idiom('es-va-a-matar-joking', '(?:esto|este \\w+|esta \\w+) me (?:va a|esta) mat\\w+', LAUGHTER),
  idiom('es-mataria-por', 'mataria por|matar el tiempo|matar dos pajaros'),
];

/** Replaces every figure of speech in normalized text with a neutral marker; returns the ids found. */
/** Idioms that a threat said in earnest ("i mean it", "not joking") no longer excuses. */
const THREAT_IDIOMS = new Set(['threat-in-jest', 'kill-over-trivia', 'kill-me-joking']);
const EARNEST = /\b(?:i mean it|i am serious|i am not joking|not (?:joking|kidding)|no joke|seriously this time|for real this time|i swear)\b/;

export function blankIdioms(text: string): { text: string; found: string[] } {
  const found: string[] = [];
  let out = text;
  const earnest = EARNEST.test(text);
  for (const it of IDIOMS) {
    if (it.when && !it.when.test(out)) continue;
    if (earnest && THREAT_IDIOMS.has(it.id)) continue;
    const next = out.replace(it.pattern, ' ~ ');
    if (next !== out) {
      found.push(it.id);
      out = next;
    }
  }
  return { text: out.replace(/\s+/g, ' ').trim(), found };
}
