// Distress: pain that deserves a caring reply from the facilitator and visible resources, but
// not routing. English and Spanish. These also add weight to a weak warning sign nearby.
import { rule, type CrisisRule } from './crisisRule';

/** Distress rules in English and Spanish (accent-free). */
export const DISTRESS_RULES: readonly CrisisRule[] = [
  rule('hopeless', null, 'distress', 'hopeless|no hope|lost (?:all )?hope|in despair|desperate|despair'),
  rule('worthless', null, 'distress', 'worthless|(?:a |such a |feel like a )failure|what is wrong with me'),
  rule('alone', null, 'distress', '(?:nobody|no one) (?:understands|cares|gets it|listens|needs me|wants me)|(?:so |all |completely |really |and |feel |am )alone|lonely|alone with this'),
  rule('empty', null, 'distress', '(?:feel|feeling|i am) (?:so )?(?:empty|numb)'),
  rule('not-coping', null, 'distress', '(?:cannot|not) cop(?:e|ing)|struggling (?:to cope|so much|a lot)|really struggling|overwhelmed|falling apart|breaking point|at the end of my rope'),
  rule('crying', null, 'distress', 'cannot stop crying|cr(?:y|ied|ying) (?:all day|every day|every night|all night|myself to sleep|all the time)'),
  rule('panic', null, 'distress', 'panic attacks?|(?:so|really|very|constantly) anxious|anxiety is (?:bad|awful|terrible|through the roof|killing me)'),
  rule('depressed', null, 'distress', 'depressed|depression (?:is|has been)|so (?:low|down)|really (?:low|down)|miserable|(?:feel|feeling) like i am drowning'),
  rule('hate-life', null, 'distress', 'hate (?:my life|my body|myself|this disease|being (?:sick|me))|(?:so )?angry (?:at|with) myself'),
  rule('giving-up', null, 'distress', '(?:giving|give|gave) up on (?:treatment|myself|everything|getting better)|never (?:going to )?get better'),
  rule('tired-of-illness', null, 'distress', '(?:so )?tired of (?:being sick|this|everything|being in pain|fighting)|cannot take (?:this|the) pain|everything (?:feels|is) (?:so )?(?:heavy|too much|dark)|(?:do not|cannot) know how to (?:keep|go on|cope)|i do not know how much longer'),
  rule('broken', null, 'distress', '(?:feel|feeling|i am|so) (?:so |completely |totally |really )?(?:broken|defeated|shattered|drained|lost|invisible|useless|like a failure|like i am failing)|failing at everything|(?:really |just )?not (?:okay|ok|alright|doing well|coping well)(?=$| (?:\\.|!|,|today|right now|at all|anymore))'),
  rule('fear', null, 'distress', '(?:terrified|so scared|really scared|scared and alone|afraid all the time) (?:of )?(?:what|how|and|about)?|(?:scared|afraid) all the time'),
  rule('endless', null, 'distress', '(?:nothing|it) (?:ever )?(?:gets|is getting) better|never (?:gets|get) better|it never ends|how much more (?:of this )?i can (?:take|handle)|hate what (?:this|the) (?:illness|disease|condition) (?:has done|is doing)'),
  rule('cannot-get-up', null, 'distress', '(?:cannot|struggling to|barely|can barely|hardly) (?:get|getting) out of bed|i just cry|cry all the time|keep crying'),
  rule('es-distress', null, 'distress', '(?:me siento|estoy) (?:muy |tan )?(?:sola|solo|vacia|vacio|deprimida|deprimido|agotada|agotado|desesperada|desesperado|perdida|perdido|inutil)|sin esperanza|no (?:tengo|hay) esperanza|lloro (?:todos los dias|todo el dia|todas las noches|mucho)|ya no aguanto|no puedo mas con|estoy (?:harta|harto)|nadie me entiende|odio (?:mi vida|mi cuerpo|esta enfermedad)|(?:muy |tan )?triste|(?:cansad[ao]|hart[ao]) de todo|no puedo con esto'),
];
