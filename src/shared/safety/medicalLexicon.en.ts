// English rules for overdose and poisoning, medical emergencies and deliberately stopping
// life-sustaining treatment. Emergencies follow the public warning-sign lists (heart attack, FAST
// for stroke, anaphylaxis, severe hypo, DKA, prolonged seizure); most are `presentOnly` so that
// "my chest pain last year turned out to be nothing" does not route.
import { rule, type CrisisRule } from './crisisRule';

const gap = (n: number): string => `(?:\\w+ ){0,${n}}`;

/** Medicines, drugs and pills as people name them. Exported for the idiom list ("overdosed on netflix"). */
export const DRUG =
  'pills?|tablets?|meds|medications?|medicines?|capsules|insulin|tylenol|paracetamol|acetaminophen|ibuprofen|advil|aspirin|oxy|oxys|oxycodone|oxycontin|percocet|vicodin|hydrocodone|morphine|fentanyl|heroin|opioids?|opiates|codeine|tramadol|painkillers?|pain meds|pain killers|sleeping pills|sleeping tablets|sleeping meds|xanax|valium|klonopin|ativan|benzos?|diazepam|lorazepam|alprazolam|lithium|methotrexate|metformin|metoprolol|gabapentin|lyrica|pregabalin|prednisone|prednisolone|steroids|warfarin|digoxin|antidepressants|sertraline|zoloft|prozac|fluoxetine|citalopram|amitriptyline|seroquel|quetiapine|ambien|zolpidem|melatonin|benadryl|antihistamines|iron|levothyroxine|thyroxine|propranolol|amlodipine|lisinopril|blood thinners|heart pills|drugs|cocaine|ketamine';

const NUMBER_MANY = '(?:[1-9]\\d|\\d{3,}|twenty|thirty|forty|fifty|sixty|a hundred|dozens of)';

/** Overdose and poisoning, the user's own or a child's. */
export const OVERDOSE_RULES_EN: readonly CrisisRule[] = [
  rule('overdosed', 'overdose', 'crisis', `(?:i|i have|i think i|i just|just|i might have|i may have|i am going to|going to|want to|i will) ${gap(2)}(?:overdosed|overdose)|(?:took|taken|take) an overdose`, { topicSensitive: true, historySensitive: true }),
  rule('too-many-pills', 'overdose', 'crisis', `(?:took|take|taken|taking|swallowed|swallow|ate|eaten|downed|popped|have had|just took) ${gap(2)}(?:too many|too much|way too many|way too much|way more|a lot more|a bunch of|a handful of|handful of|a load of|loads of|a ton of|tons of|all (?:of )?(?:my|the)|the whole|the entire|an entire|a whole|double (?:my|the)|twice (?:my|the)|triple|extra|all)(?: \\w+){0,3} ?(?:${DRUG}|dose|doses|bottle|pack|packet|box|strip|of them|of it)`, { historySensitive: true }),
  rule('pill-count', 'overdose', 'crisis', `(?:took|take|taken|swallowed|ate|downed|popped|have taken) (?:like |about |around |maybe |almost |over |nearly )?${NUMBER_MANY} (?:of (?:my|the|those|these) \\w+|(?:\\w+ )?(?:${DRUG}))`, { historySensitive: true }),
  rule('dose-mix-up', 'overdose', 'crisis', `(?:daily|every day|each day) instead of (?:weekly|once a week)|double dosed|doubled (?:up )?(?:my|the) (?:dose|insulin|meds|pills)|(?:took|taken|gave|given|injected) ${gap(3)}(?:twice|two times|double|too much|too many)|(?:by mistake|by accident|accidentally) (?:took|taken|gave|given|injected|double)`, { clinicianSensitive: true, historySensitive: true }),
  rule('ingested-poison', 'overdose', 'crisis', `(?:drank|drink|drinking|swallowed|swallow|ate|eaten|eating|ingested|took|had) ${gap(3)}(?:bleach|antifreeze|rat poison|poison|weed killer|pesticide|drain cleaner|cleaning (?:product|fluid|spray)|detergent|laundry (?:pod|pods|detergent|capsule)|dishwasher (?:liquid|tablet|tablets|pod|pods|detergent)|button batter(?:y|ies)|lamp oil|paint thinner|nail polish remover|hand sanitizer|lighter fluid|window cleaner|lye)`, { historySensitive: true }),
  rule('child-ingestion', 'overdose', 'crisis', `(?:toddler|kid|kids|child|children|son|daughter|baby|grandson|granddaughter|dog|puppy|nephew|niece) ${gap(3)}(?:got into|ate|swallowed|took|eaten|drank|chewed) ${gap(3)}(?:${DRUG}|pill organi[sz]er|pill box|pillbox|medicine|medication|vitamins|gummies)`, { historySensitive: true }),
  rule('mixed-with-alcohol', 'overdose', 'crisis', `(?:mixed|mixing|swallowed|downed|washed down) ${gap(4)}(?:${DRUG}) ${gap(3)}(?:with|and) ${gap(3)}(?:alcohol|vodka|wine|whisky|whiskey|beer|booze|drinks|a bottle)`),
  rule('took-them-all', 'overdose', 'weak', '(?:took|swallowed|taken) (?:them|it) all|(?:took|swallowed|taken) all of (?:them|it)'),
  rule('whole-pack', 'overdose', 'weak', '(?:the |a )?(?:whole|entire|full) (?:bottle|pack|packet|box|strip|blister|container|supply)'),
];

/** Medical emergencies, the user's own or someone with them. */
export const EMERGENCY_RULES_EN: readonly CrisisRule[] = [
  rule('chest-pain', 'medical-emergency', 'crisis', '(?:chest pains?|pain in (?:my|the) chest|chest (?:is |feels )?(?:tight and|crushing|hurts|hurting)|(?:pressure|tightness|heaviness|squeezing) (?:in|on) (?:my|the) chest|crushing (?:pressure|pain|chest))', { presentOnly: true, topicSensitive: true }),
  rule('chest-tight', 'medical-emergency', 'weak', `chest ${gap(2)}(?:tight|heavy|pressure|weird|fluttering|tightness)`, { presentOnly: true }),
  rule('breathing', 'medical-emergency', 'crisis', '(?:cannot|can barely|can hardly|could not|struggling to|unable to|hard to|hardly) (?:\\w+ )?breathe?|cannot catch my breath|(?:so |very |really )short of breath|(?:not|stopped|is not) breathing|gasping for (?:air|breath)|cannot (?:finish|complete|say) a (?:full )?sentence|lips (?:are |is )?(?:turning )?(?:blue|purple|grey|gray)|turning blue', { presentOnly: true }),
  rule('wheezing', 'medical-emergency', 'sign', 'wheez\\w*|short of breath'),
  rule('inhaler-failing', 'medical-emergency', 'crisis', 'inhaler (?:is not|not|does not|did not|is no longer) (?:helping|working|doing anything)|(?:having|in the middle of) (?:an |a bad )?asthma attack', { presentOnly: true }),
  rule('stroke-signs', 'medical-emergency', 'crisis', `(?:face|mouth|smile) (?:is |has |started )?(?:drooping|droopy|dropped|drooped|lopsided)|drooping (?:on one side|face)|slurr(?:ing|ed|y)|(?:speech|words) (?:is |are )?${gap(2)}(?:slurred|jumbled|garbled|wrong|not coming out)|(?:cannot|could not) (?:lift|move|raise|feel) (?:my|his|her|their) (?:arm|leg|face|hand|left|right)|sudden (?:numbness|weakness|confusion|blindness|loss of (?:vision|balance|speech)|trouble (?:speaking|seeing|walking))|(?:think|thinking|think i am|i am|might be|he is|she is|is|am i) having a stroke`, { presentOnly: true }),
  rule('heart-attack', 'medical-emergency', 'crisis', '(?:think|thinking|think i am|i am|might be|he is|she is|is|am i|could be) having (?:a )?heart attack|cardiac arrest', { presentOnly: true, topicSensitive: true }),
  rule('anaphylaxis', 'medical-emergency', 'crisis', 'throat (?:is |feels )?(?:closing|swelling|swollen|tightening)|(?:lips|tongue|face|mouth|eyes|throat) (?:\\w+ )?(?:are |is )?(?:swelling|swollen|puffing up|blowing up)|anaphyla\\w*|(?:used|using|use|injected|jabbed|gave (?:him|her|myself)) (?:my |an |the |his |her )?epi ?pens?|(?:having|have|going into|in) (?:an |a )?(?:bad )?(?:allergic reaction|anaphylactic)', { presentOnly: true, topicSensitive: true }),
  rule('unresponsive', 'medical-emergency', 'crisis', '(?<!\\bi )(?:will not|would not|cannot|is not|not) (?:wake up|waking up|respond|responding)(?! (?:early|in the morning|on time|for school|before|till|until))|unconscious|unresponsive', { presentOnly: true }),
  rule('collapsed', 'medical-emergency', 'weak', '(?:collapsed|passed out|blacked out|fainted)', { presentOnly: true }),
  rule('seizure-prolonged', 'medical-emergency', 'crisis', `(?:seizure|seizures|fit|convulsion|convulsions|seizing|fitting|convulsing) ${gap(3)}(?:will not|that will not|is not|does not|not) (?:stop|stopping|ending|end)|(?:seizure|seizing|fitting|convulsing|fit)\\w* ${gap(5)}(?:for|over|more than|longer than|past) (?:[5-9]|[1-9]\\d|five|six|seven|eight|nine|ten|fifteen|twenty) (?:min|mins|minutes)|back to back seizures|seizures? (?:one )?after (?:another|the other)|status epilepticus|(?:i am|he is|she is|they are|is|am) having (?:a )?seizure`, { presentOnly: true, topicSensitive: true }),
  rule('bleeding', 'medical-emergency', 'crisis', '(?:coughing|vomiting|throwing|puking|spitting) (?:up )?(?:blood|bright red blood)|(?:lot|lots|loads|a ton) of blood(?! (?:drawn|tests?|work|taken|sugar|pressure|pressure))|bleeding (?:\\w+ ){0,2}(?:will not stop|a lot|heavily|everywhere|badly|through)', { presentOnly: true }),
  rule('worst-headache', 'medical-emergency', 'crisis', `worst headache (?:of my life|ever|i have ever)|thunderclap headache|(?:sudden|suddenly) ${gap(2)}(?:severe|worst|excruciating|explosive) headache`, { presentOnly: true }),
  rule('call-ambulance', 'medical-emergency', 'crisis', '(?:call|calling|called|should i call|need) (?:an |the )?(?:ambulance|911|999|112|emergency services|paramedics)', { presentOnly: true, topicSensitive: true }),
  rule('dying-now', 'medical-emergency', 'weak', 'i (?:think|feel like) i am dying|i am dying(?! (?:to|for|of laughter|laughing|lol|inside))', { presentOnly: true }),
  rule('hypo-uncontrolled', 'medical-emergency', 'crisis', `(?:hypo|low|sugar|bg)\\w* ${gap(4)}(?:will not|cannot|not) (?:come up|go up|get (?:it|my sugar|them) up|rise|budge)|cannot get (?:my |her |his |it )?(?:sugar|bg|blood sugar|levels?|it) (?:up|to come up)|keeps (?:dropping|going down|falling)`, { presentOnly: true }),
  rule('ketones-high', 'medical-emergency', 'weak', 'ketones? (?:are |is )?(?:high|large|very high|moderate|off the chart|through the roof|dark purple)|dka|diabetic ketoacidosis|(?:blood sugar|sugar|bg) (?:is |says |reads )?(?:hi|high|over [4-9]\\d\\d)', { presentOnly: true, topicSensitive: true }),
  rule('vomiting', 'medical-emergency', 'sign', 'vomit\\w*|throwing up|puking|cannot keep (?:anything|water|fluids) down', { presentOnly: true }),
  rule('acute-signs', 'medical-emergency', 'sign', '(?:i am |feel |feeling |so |really )?(?:confused|confusion|shaking|shaky|trembling|sweaty|sweating|clammy|faint|lightheaded|light headed|dizzy)|hit (?:my|his|her) head|breathing (?:really |so |very )?(?:fast|hard|heavy)|(?:arm|hand|face) (?:is )?(?:tingling|numb|heavy|weak)|jaw (?:pain|hurts)', { presentOnly: true }),
];

const LIFE_SUSTAINING =
  'insulin|dialysis|hemodialysis|transplant (?:meds|medications|medicine|pills|drugs)|anti rejection \\w+|immunosuppressants|hiv (?:meds|medication|medications|pills)|arvs|antiretrovirals|heart (?:meds|pills|medication|medications|medicines)|seizure (?:meds|medication)';
const STOP_VERB =
  'stop|stopping|stopped|quit|quitting|give up|giving up|gave up|refuse|refusing|refused|not going back to|never going back to|not going to go to|will not go back to|will not go to|done with|finished with|not taking|not going to take|not injecting|not going to inject|no more|flushed|flush|throw away|threw away|throwing away|ditch|ditching|ditched|come off|coming off';

/** Deliberately stopping life-sustaining treatment. Decisions taken with the care team are not crises. */
export const STOPPING_TREATMENT_RULES_EN: readonly CrisisRule[] = [
  rule('stop-life-sustaining', 'stopping-treatment', 'crisis', `(?:${STOP_VERB}) ${gap(3)}(?:${LIFE_SUSTAINING})`, { clinicianSensitive: true }),
  rule('quit-all-meds', 'stopping-treatment', 'crisis', `(?:${STOP_VERB}) ${gap(1)}all (?:of )?my (?:\\w+ )?(?:meds|medications|medicine|medicines|pills|tablets|treatment|treatments)`, { clinicianSensitive: true }),
  rule('stop-my-meds', 'stopping-treatment', 'weak', `(?:${STOP_VERB}) ${gap(2)}(?:my|the) (?:meds|medications|medication|medicine|treatment|pills|tablets|injections|shots|infusions)`, { clinicianSensitive: true }),
  rule('skip-treatment', 'stopping-treatment', 'weak', `(?:skip|skipping|skipped) ${gap(2)}(?:${LIFE_SUSTAINING}|injections?|shots?|meds|medications?|treatment)`, { clinicianSensitive: true }),
  rule('untreated-for-days', 'stopping-treatment', 'weak', `(?:have not|not|did not) (?:taken|take|done|had|used|injected|gone to) ${gap(2)}(?:${LIFE_SUSTAINING}|meds|medication|injections?|shots?) ${gap(2)}(?:in|for) (?:\\d+|two|three|four|five|a few|several) (?:days|weeks)`, { negatable: false }),
  rule('stopped-for-good', 'stopping-treatment', 'weak', '(?:i )?(?:just )?stopped(?=$| (?:\\.|,|!|$))|not (?:starting|going back|taking (?:it|them)) (?:again|anymore|ever)|(?:\\d+|two|three|four|five) days (?:now )?without (?:it|them)', { negatable: false }),
  rule('deliberate', 'stopping-treatment', 'sign', 'on purpose|to lose weight|let (?:it|whatever) happen|see what happens|until something happens|never again|for good|i have decided|decided to|(?:and|but) (?:i am )?not going to(?=$| (?:\\.|!|$|take|start))', { negatable: false }),
  rule('treatment-burnout', 'stopping-treatment', 'sign', '(?:sick|tired) of (?:the |my |these |all the )?(?:injections|insulin|dialysis|needles|shots|infusions|meds|pills|treatment)|hate (?:the |my )?(?:injections|dialysis|needles)'),
];
