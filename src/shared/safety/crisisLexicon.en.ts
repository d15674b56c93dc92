// English rules for suicide, self-harm, harm to others and abuse, matched against normalized text
// ("i am", "do not", "cannot", "want to", "going to": see normalize.ts). Written from how people
// write in support groups and crisis-line training material: direct intent, passive wishes, plans,
// preparation and goodbyes, and the weak signs that only mean something together.
import { rule, type CrisisRule } from './crisisRule';

/** Up to n filler words. */
const gap = (n: number): string => `(?:\\w+ ){0,${n}}`;

const SELF_HARM_VERB =
  'cut|cutting|cuts|burn|burned|burnt|burning|harm|harming|hit|hitting|punch|punching|punish|punishing|scratch|scratching|scratched|carve|carved|carving|stab|stabbing|bruise|bruising|bite|biting|injure|injuring|starve|starving|starved|hurt|hurting|mutilate|mutilating';
const BODY = 'arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body|belly|chest|face';
const PERSON =
  'him|her|them|someone|somebody|anyone|people|everyone|every one of them|all of them|my (?:husband|wife|partner|boyfriend|girlfriend|ex|boss|manager|coworker|co worker|colleague|neighbou?r|kids?|children|child|baby|son|daughter|mom|mum|mother|dad|father|brother|sister|roommate|flatmate|family|doctor|nurse|landlord|teacher|stepdad|stepmom)|the (?:baby|kids|doctor|nurse|neighbou?r|boss)|that (?:guy|woman|man|doctor|nurse|bitch|bastard|asshole)';
const ABUSER =
  '(?:my )?(?:husband|hubby|wife|partner|boyfriend|bf|girlfriend|gf|fiance|fiancee|ex|dad|father|stepdad|step dad|mom|mum|mother|stepmom|stepmum|carer|caregiver|care worker|brother|sister|uncle|aunt|grandpa|grandma|roommate|flatmate|landlord|parents|in laws|he|she)';

/** Suicide: intent, plans, means, preparation, passive wishes and indirect wording. */
export const SUICIDE_RULES_EN: readonly CrisisRule[] = [
  rule('self-kill', 'suicide', 'crisis', '(?:kill|killing|killed|hang|hanging|hanged|shoot|shooting|drown|drowning|poison|poisoning|suffocate|suffocating|electrocute|gas|gassing|off|offing) myself', { historySensitive: true }),
  rule('end-own-life', 'suicide', 'crisis', '(?:end|ending|ended|take|taking|took) (?:my|my own) life', { historySensitive: true }),
  rule('want-to-die', 'suicide', 'crisis', '(?:want|wanted|wanting|wish|wishing|ready|need|deserve|planning|plan|longing|praying|decided) to (?:die|be dead|not exist|not be alive|stop existing|cease to exist|suicide|kill myself)'),
  rule('going-to-die', 'suicide', 'weak', '(?:i am|i will|i) (?:going to|about to) die'),
  rule('wish-dead', 'suicide', 'crisis', `wish (?:that )?i (?:was|were|could be|could just be) dead|wish i (?:was|were|had) (?:never born|not born|not here|not alive|gone|never been born)|wish i (?:had |would |could have )?never (?:been born|existed|woke up)|wish i (?:could|would) (?:just )?(?:die|disappear|not exist|stop existing|go to sleep and never wake up|sleep forever|not wake up|vanish|be gone)`),
  rule('not-wake-up', 'suicide', 'crisis', `(?:do not|never) want to wake up|(?:hope|hoping|pray|praying|wish|wishing) ${gap(4)}(?:do not|will not|would not|never|not) wake up|(?:sleep|bed) and (?:never|not) wake up|not to wake up`, { negatable: false }),
  rule('not-want-to-live', 'suicide', 'crisis', '(?:do not|not|no longer|never) (?:want|wish) to (?:live(?! (?:in|at|with|near|on|there|here|alone|far))|be alive|be here(?! (?:at|in|for|with|on|when|today|tonight|right now|without))|exist|go on|keep going|keep living|carry on|be around)', { negatable: false }),
  rule('tired-of-living', 'suicide', 'crisis', '(?:tired|sick|exhausted|weary) of (?:living|being alive|life|existing|it all)'),
  rule('life-not-worth-it', 'suicide', 'crisis', '(?:life|living|my life) (?:is not|is no longer|not|no longer) worth (?:living|it)|not worth living|life is (?:pointless|meaningless|not worth)', { negatable: false }),
  rule('no-reason-to-live', 'suicide', 'crisis', `no (?:reason|point|purpose) (?:for me )?(?:to|in|of) (?:live|living|go on|going on|keep going|carry on|being alive|me being alive|being here|exist|existing|staying alive)|(?:what is|whats) (?:even )?the point (?:of|in) (?:living|life|going on|being alive|me|it all|any of this)|no point (?:anymore|in anything|to anything|to life|in me)|what is (?:even )?the point anymore`, { negatable: false }),
  rule('no-point-bare', 'suicide', 'weak', '(?:there is )?no point(?=$| (?:\\.|!|$))|what is the point(?=$| (?:\\.|\\?|!|$))', { negatable: false }),
  rule('better-off-without-me', 'suicide', 'crisis', `(?:better|happier|easier) off without me|(?:better|easier|happier|simpler|relief|favou?r) ${gap(4)}if i (?:just )?(?:died|disappeared|did not exist|never existed|killed myself|(?:was|were) (?:not (?:here|around|alive)|gone|dead|no longer here))`, { negatable: false }),
  rule('better-off-dead', 'suicide', 'crisis', `better off (?:dead|gone)|(?:world|everyone|everybody|they|my family|my kids|people) (?:would|will|is going to) be (?:so much |much |a lot )?(?:better|happier|easier) (?:off )?without me|(?:will|would) not (?:be a burden|be a problem|have to worry about me) ${gap(1)}(?:much longer|for long|anymore|soon)|(?:nobody|no one) will have to (?:worry about|deal with|take care of|look after) me (?:soon|anymore|much longer)`, { negatable: false }),
  rule('thinking-of-death', 'suicide', 'crisis', `(?:thinking|think|thought|thoughts|dreaming|daydreaming|fantasi[sz]ing)${' '}(?:a lot |constantly |always |all the time )?(?:about|of) (?:dying|death|being dead|ending (?:it|it all|things|everything|my life)(?! with)|not being (?:here|alive|around)|killing myself|jumping(?! (?:into|in|on|at|for|rope|jacks|ship|back|up|to|around))|overdosing|how to die|my (?:own )?funeral|my exit|taking all (?:my|of my|the) \\w+)|(?:picture|picturing|imagine|imagining) my (?:own )?(?:funeral|death|grave)`),
  rule('death-unafraid', 'suicide', 'weak', '(?:not|no longer) (?:scared|afraid) of (?:dying|death|being dead)|death (?:does not|no longer) scare|made up my mind|take care of my (?:cat|dog|kids|children|pets?) for me'),
  rule('planning-exit', 'suicide', 'crisis', `(?:plan|planning|planned|plans) (?:for |out )?(?:my )?(?:exit|death|suicide|ending|way out|last day|final day|goodbye)|(?:planning|planned|figured out|worked out|decided|know) (?:how|when|where) (?:to do it|i will do it|i am going to do it|i would do it)|enough ${gap(3)}(?:saved|stashed|stockpiled|collected|put aside) (?:up )?to (?:do it|end it|die|kill myself)`),
  rule('done-with-life', 'suicide', 'crisis', '(?:done|finished|through) with (?:life|living|this life|being alive|existing)|see (?:the |a |any )?(?:point|reason|purpose) (?:in|of|to) (?:living|life|going on|being alive|carrying on|staying alive)', { negatable: false }),
  rule('did-not-wake-up', 'suicide', 'crisis', '(?:if|what if|hope|wish|pray) i (?:just )?(?:did not|do not|never|would not|will not|could not) wake up', { negatable: false }),
  rule('intent-to-overdose', 'suicide', 'crisis', `(?:going to|want to|will|planning to|plan to|about to|could just|might just|thinking about|thinking of) (?:take|taking|swallow|swallowing|down|downing) ${gap(1)}(?:all|every one of|the whole|a bunch|a handful|too many|them all|all of (?:them|these|my))|(?:going to|want to|thinking about|thinking of|planning to) (?:overdose|overdosing)|overdos(?:e|ing) (?:on purpose|tonight)`, { also: 'overdose' }),
  rule('use-them-tonight', 'suicide', 'sign', '(?:tonight|today|soon|this weekend) i (?:will|am going to|might) (?:use|take|do) (?:them|it|the \\w+)|(?:use|take|do) (?:them|it) (?:tonight|today)'),
  rule('nobody-would-miss-me', 'suicide', 'crisis', `(?:nobody|not one person|none of them|anyone) (?:would|will|is going to) (?:even )?(?:miss me|notice|care|know) (?:if|when) i (?:was|were|am|died|disappeared|left|killed)|nobody (?:would|will) (?:even )?miss me|(?:nobody|no one) would (?:even )?(?:notice|care) if i (?:was|were)? ?(?:gone|dead|died)`, { negatable: false }),
  rule('nobody-would-notice', 'suicide', 'weak', '(?:anyone|anybody|nobody) would (?:even )?(?:notice|miss me|care)', { negatable: false }),
  rule('disappear-forever', 'suicide', 'crisis', '(?:disappear|disappeared|vanish|go away|sleep|be gone|rest) (?:forever|for good|permanently)|sleep and never wake up'),
  rule('want-it-over-for-good', 'suicide', 'crisis', '(?:want|need|wish|ready for) (?:it|this|it all|everything|all of it|the pain|things|my life) (?:all )?to (?:stop|end|be over|be done)(?: \\.)? (?:permanently|for good|forever)|ready for (?:it|this|everything|it all) to (?:be over|end)|(?:want|wish) (?:it|everything|it all) over for good'),
  rule('want-it-over', 'suicide', 'weak', '(?:want|need) (?:it|this|it all|everything) (?:all )?to (?:stop|end|be over)'),
  rule('illness-take-me', 'suicide', 'crisis', `(?:hope|hoping|wish|pray|praying) (?:that )?${gap(3)}(?:takes|take|kills|kill|finishes) me`),
  rule('rather-be-dead', 'suicide', 'crisis', '(?:would rather|rather) (?:be dead|die|not be alive|not exist|not wake up)'),
  rule('cannot-go-on', 'suicide', 'crisis', '(?:cannot|could not|unable to) (?:go on|keep going|carry on|continue|do this|take it|take this|handle this|handle it|live like this|live with this|keep doing this|do it) (?:anymore|any longer|no more|like this)|(?:cannot) (?:go on|keep going|carry on|do this|do it)(?=$| (?:\\.|!|$))|cannot do (?:this|it) anymore|cannot take it anymore|cannot live like this', { negatable: false }),
  rule('why-still-here', 'suicide', 'crisis', 'why am i (?:even |still )+(?:here|alive|breathing)|why (?:do|should) i (?:even )?(?:keep going|bother living|keep living|stay alive|go on)'),
  rule('give-up-on-life', 'suicide', 'crisis', '(?:give|giving|gave|given) up on (?:life|living)'),
  rule('suicidal-self', 'suicide', 'crisis', `(?:i am|i feel|feeling|i have been|i get|getting|been|i was|so|very|really|pretty|super|kind of|kinda|i keep|keep|i) ${gap(2)}suicidal`, { historySensitive: true }),
  rule('suicidal-thoughts', 'suicide', 'crisis', 'suicidal (?:thoughts|ideation|urges|feelings|thinking|again|tonight|today|right now|lately|thoughts)', { topicSensitive: true, historySensitive: true }),
  rule('suicide-intent', 'suicide', 'crisis', '(?:commit|committing|attempt|attempting|thinking about|thinking of|think about|considering|contemplating|planning|going to|want to|about to) suicide|suicide (?:is all i think about|is on my mind|keeps crossing my mind|is the only (?:way|option|answer))', { topicSensitive: true, historySensitive: true }),
  rule('suicide-bare', 'suicide', 'crisis', '^(?:suicide|suicidal|kill myself|kill)(?=$| (?:\\.|!)|$)'),
  rule('suicide-word', 'suicide', 'weak', 'suicide|suicidal', { topicSensitive: true, historySensitive: true }),
  rule('lethal-dose', 'suicide', 'crisis', 'lethal dose', { topicSensitive: true }),
  rule('method-research', 'suicide', 'crisis', `how (?:many|much) ${gap(4)}(?:would it take|does it take|it would take|to die|to kill|is lethal)|(?:researching|research|looking up|looked up|googling|googled|searching|searched) ${gap(3)}(?:how to (?:die|kill)|ways to die|painless|methods|how (?:high|tall|far|deep|many|much))|how (?:high|tall) (?:the|a|that) bridge|painless (?:way|ways) to (?:die|go)`),
  rule('jump', 'suicide', 'crisis', '(?:jump|jumping|throw myself) (?:off|from|in front of) (?:a |the |my |this |that )?(?:bridge|roof|building|balcony|cliff|window|train|bus|truck|car|overpass|tower|parking garage)'),
  rule('in-front-of-traffic', 'suicide', 'crisis', '(?:step|stepping|walk|walking|lie down|throw myself) (?:out )?in front of (?:a|the) (?:train|bus|truck|car|lorry|traffic)|drive (?:my car |the car )?(?:into|off) (?:a|the) (?:wall|tree|river|bridge|cliff|lake|truck|oncoming)|crash (?:my|the) car on purpose'),
  rule('suicide-note', 'suicide', 'crisis', 'suicide note|(?:wrote|written|writing|write|left|leaving) (?:my|a|the) (?:goodbye|farewell|final|last) (?:note|letter|letters|message)|(?:wrote|written|writing) my note|goodbye (?:note|letter)s?'),
  rule('after-i-am-gone', 'suicide', 'crisis', `(?:after|once) i am (?:gone|dead)|for when i am gone|(?:to read|to find|to have|to open) ${gap(2)}(?:after|when) i am gone`),
  rule('when-i-am-gone', 'suicide', 'weak', 'when i am (?:gone|dead|not here)'),
  rule('final-goodbye', 'suicide', 'crisis', `this is (?:my )?(?:goodbye|farewell)|goodbye forever|(?:final|last) goodbye|saying (?:my )?(?:final |last )?goodbyes|not (?:going to )?be (?:here|around|alive) (?:tomorrow|much longer|by (?:morning|tomorrow|the weekend|next week))|(?:this|tonight) is (?:my|the) last (?:night|day|message)|(?:do not think|doubt) i will (?:be (?:here|around|alive)|make it) ${gap(2)}(?:much longer|tomorrow|another)`, { negatable: false }),
  rule('said-goodbye', 'suicide', 'weak', '(?:said|say|saying) (?:goodbye|bye) to (?:my|everyone|everybody)'),
  rule('hidden-meaning', 'suicide', 'weak', '(?:does|do|did) not know what (?:it|that) (?:meant|means|really meant)', { negatable: false }),
  rule('goodbye-letters', 'suicide', 'weak', '(?:wrote|written|writing) (?:\\w+ )?letters? (?:to|for) (?:everyone|everybody|all|my (?:kids|family|children|wife|husband|parents|mom|dad|sister|brother|partner))'),
  rule('have-a-plan', 'suicide', 'crisis', `i have a plan(?=$| (?:\\.|!|,|and|to (?:die|end|kill)))|(?:know|decided|figured out|worked out) (?:how|when|where) i (?:would|will|am going to) do it|(?:made|making|have) (?:a )?plans? to (?:die|end it|kill myself)`),
  rule('bye-everyone', 'suicide', 'sign', 'goodbye$|(?:bye|goodbye) (?:everyone|all|everybody|guys|friends|world)(?! (?:\\. |, )?(?:see you|talk|till|until|for now|good ?night|night|tomorrow|later|have a|back|brb))'),
  rule('thanks-for-everything', 'suicide', 'sign', 'thank you for (?:everything|being (?:kind|there|so kind)|all you have done|listening to me)'),
  rule('giving-things-away', 'suicide', 'weak', '(?:giving|gave|give|given) (?:away )?(?:all )?my (?:things|stuff|belongings|possessions|pets?|dogs?|cats?)(?: away| to)|(?:giving|gave) away (?:all )?my'),
  rule('affairs-in-order', 'suicide', 'weak', '(?:my will|affairs|everything|it all|it is all|all) (?:is |are )?(?:sorted|in order|taken care of|arranged)|made (?:my )?peace|put my affairs|cancelled (?:all )?my (?:appointments|plans)|will not need (?:them|it|any of (?:it|this)) (?:where i am going|anymore)|where i am going'),
  rule('i-am-ready', 'suicide', 'sign', 'i am ready(?=$| (?:\\.|!|$|now))|ready to go(?! (?:to|out|home|back|for|shopping))'),
  rule('time-is-now', 'suicide', 'sign', '(?:tonight|today) is the (?:night|day)|my time is up|tonight is it'),
  rule('done-fighting', 'suicide', 'weak', '(?:done|finished|tired of) (?:fighting|trying|with (?:it all|everything|life))|i am done(?=$| (?:\\.|!|$))|i give up(?=$| (?:\\.|!|$))'),
  rule('no-way-out', 'suicide', 'crisis', '(?:way out|option|answer|solution) (?:is |except |but |other than )(?:dying|death|to die|suicide|ending it)', { negatable: false }),
  rule('only-way-out', 'suicide', 'weak', '(?:only|no other) way out'),
  rule('big-sleep', 'suicide', 'weak', '(?:the )?big sleep|eternal (?:sleep|rest)'),
  rule('permanent-solution', 'suicide', 'weak', 'permanent (?:one|solution|sleep|rest|way out)'),
  rule('end-it', 'suicide', 'crisis', `(?:want|wanting|going|thinking|think|ready|plan|planning|decided|decide|about|how|should|could|might|will|need|would) ${gap(2)}(?:to )?(?:end|ending|finish) (?:it all|it|things|everything|my suffering)(?! (?:with|between|off|early|at|there|for today|now and))`, { historySensitive: true }),
  rule('method-at-hand', 'suicide', 'weak', `(?:saving|saved|stockpiling|stockpiled|stashing|stashed|hoarding|hoarded|collecting|collected) ${gap(2)}(?:pills|tablets|meds|oxy|oxycodone|opioids|painkillers|insulin|sleeping pills)|(?:pills|tablets|meds) (?:are |is )?(?:right )?(?:here|next to me|beside me|in my hand|in front of me|lined up|counted out)|full bottle of|(?:stash|stockpile|hoard|supply|pile|bag) of (?:\\w+ )?(?:pills|tablets|meds|oxy|opioids|painkillers|insulin|sleeping pills)|(?:holding|have|got) (?:the |my |all my )?(?:pills|tablets) (?:in my hand|ready|here|out)|(?:have|got|bought|found|keep) (?:a |the |my )?(?:gun|guns|pistol|rifle|razor|razors|blades?)`),
  rule('rope-or-noose', 'suicide', 'crisis', 'noose|(?:bought|buying|got|have|found) (?:a |some |the )?rope(?! (?:for|to tie|light|lights|swing|ladder|toy|climbing))|(?:gun|pistol|rifle) (?:is )?(?:loaded|in my (?:hand|mouth|lap))|loaded (?:gun|pistol|rifle)'),
  rule('means-now', 'suicide', 'crisis', '(?:rope|noose|gun) (?:tonight|today|right now|now)'),
  rule('means-soon', 'suicide', 'weak', '(?:pills|blade|razor|knife) (?:tonight|right now)'),
  rule('pill-emoji-cluster', 'overdose', 'crisis', 'pills pills pills', { also: 'suicide' }),
  rule('sad-pills', 'suicide', 'weak', 'sad (?:sad )*pills'),
  rule('kill-yourself', 'suicide', 'weak', 'kill yourself'),
  rule('not-joking', 'suicide', 'sign', 'not (?:joking|kidding|jk|even joking)|i am serious|no seriously|seriously i am'),
  rule('tried-to-die', 'suicide', 'crisis', '(?:tried|attempted|try|trying) to (?:kill myself|end my life|end it|take my life|die)|(?:tried|attempted) suicide', { historySensitive: true }),
  rule('death-as-relief', 'suicide', 'crisis', `(?:being dead|death|dying) (?:would be|will be|sounds|seems|feels like) (?:a )?(?:relief|easier|better|peaceful|nice|welcome|good)|think (?:about|of) (?:death|dying|being dead) (?:all the time|constantly|every day|a lot|nonstop)`),
  rule('would-not-mind-dying', 'suicide', 'crisis', `hit by a (?:bus|car|truck|train) ${gap(3)}(?:would not|not) (?:even )?(?:mind|care)|(?:would not|not) (?:mind|care) (?:if i|about) (?:dying|died|did not wake|got hit)|do not care (?:if|whether) i (?:die|live|wake up|make it)`, { negatable: false }),
  rule('do-not-care-anymore', 'suicide', 'weak', 'do not care (?:anymore|about anything)|nothing matters anymore', { negatable: false }),
  rule('not-make-it', 'suicide', 'weak', 'not going to make it(?! (?:to the|to work|to class|on time|in time|there))|will not make it (?:through|much longer)', { negatable: false }),
  rule('kill-me', 'suicide', 'weak', '(?<!(?:to|will|would|gonna|could|might|going to) )(?:just |someone |somebody |please )?(?:kill|gun|end|shoot) me(?: now)?|put me out of my misery'),
  rule('something-drastic', 'suicide', 'weak', '(?:going to|might|about to|will) do something (?:stupid|drastic|i will regret)'),
];

/** Self-harm: acts, urges, relapse and means. */
export const SELF_HARM_RULES_EN: readonly CrisisRule[] = [
  rule('self-injury', 'self-harm', 'crisis', `(?:${SELF_HARM_VERB}) myself(?! (?:cooking|shaving|on the|in the kitchen|at the gym|at work|by accident))`, { accidentSensitive: true, historySensitive: true }),
  rule('self-injury-body', 'self-harm', 'crisis', `(?:cut|cutting|cuts|burn|burned|burnt|burning|carve|carved|carving|slit|slitting|scratch|scratching|hurt|hurting|knife|stab|stabbing) (?:on |into )?my (?:${BODY})(?! (?:shaving|on the|in the|while|when i fell|at work|by accident))`, { accidentSensitive: true, historySensitive: true }),
  rule('self-harm-urge', 'self-harm', 'crisis', `(?:i|i have been|been|started|start|keep|urges? to|want to|relapsed|relapse|relapsing|thinking about|thinking of|going to|back to|cannot stop|need to) ${gap(2)}self harm(?:ing)?|self harm(?:ing)? (?:urges?|again|tonight|is the only|helps|is how)|self harm urges`, { topicSensitive: true, historySensitive: true }),
  rule('self-harm-word', 'self-harm', 'weak', 'self harm(?:ing|ed)?|self injur\\w*|self mutilat\\w*', { topicSensitive: true, historySensitive: true }),
  rule('cutting', 'self-harm', 'crisis', '(?:started|starting|been|back to|keep|kept|am|i|relapsed|relapse) cutting(?! (?:back|down|out|up|off|carbs|sugar|bread|the|my hair|hair|class|classes|school|corners|costs|ties|it|them|onions|vegetables|food))|cutting again|(?:want|urge|urges|need|going) to cut(?=$| (?:myself|again|tonight|so bad|really bad|\\.|!|$))', { accidentSensitive: true, historySensitive: true }),
  rule('cut-again', 'self-harm', 'crisis', `\\bcut (?:again|deeper|last night|tonight|today|myself)|(?:fresh|new|deep|deeper) cuts|cuts on my (?:${BODY})|(?:i|just) (?:cut|burned|burnt|hit) (?:again|tonight|last night)(?! (?:my hair|the|a|back|down|some))`, { accidentSensitive: true, historySensitive: true }),
  rule('want-to-bleed', 'self-harm', 'crisis', `make myself bleed|(?:wanted|want|need) (?:it|myself) to (?:hurt|bleed)|deserve to (?:be hurt|hurt|bleed|suffer|feel pain|be punished)|(?:bleed|burn|cut|hurt|scratch|punch|hit)\\w* ${gap(6)}on purpose`),
  rule('head-banging', 'self-harm', 'crisis', '(?:slam|slamming|bang|banging|hit|hitting|smash|smashing) my head (?:against|into|on) (?:the |a )?(?:wall|floor|door|desk)'),
  rule('blades-hidden', 'self-harm', 'crisis', '(?:razor ?blades?|blades?|razors?) (?:hidden|hid|stashed|in my (?:room|drawer|hand|bag))|(?:blade|razor) in my hand'),
];

/** Harm to others: stated intent, means and intrusive fears of hurting someone. */
export const HARM_TO_OTHERS_RULES_EN: readonly CrisisRule[] = [
  rule('intent-to-harm', 'harm-to-others', 'crisis', `(?:going to|want to|will|plan to|planning to|about to|thinking (?:of|about)|fantasi[sz]ing about|ready to|i could|urge to) (?:\\w+ )?(?:kill|killing|hurt|hurting|stab|stabbing|shoot|shooting|poison|poisoning|strangle|strangling|choke|choking|beat up|beating up|attack|attacking|murder|murdering|smother|smothering|drown|drowning|harm|harming|run over) (?:${PERSON})(?! (?:feelings|feeling|chances|career|pride|ego))`),
  rule('feel-like-hurting', 'harm-to-others', 'crisis', `feel like (?:hurting|killing|stabbing|punching|hitting|strangling) (?:${PERSON})(?! (?:feelings|feeling))`),
  rule('mass-violence', 'harm-to-others', 'crisis', 'shoot up (?:the|my|a|that) (?:office|school|work|workplace|place|church|mall|clinic|hospital|class)|(?:kill|hurt) (?:them all|all of them|every one of them|everyone)|(?:bomb|blow up) (?:the|my|a) (?:office|school|building|clinic|hospital|church)'),
  rule('make-them-pay', 'harm-to-others', 'weak', '(?:make|making) (?:them|everyone|him|her) (?:all )?(?:pay|suffer|bleed)'),
  rule('armed-and-going', 'harm-to-others', 'crisis', `(?:knife|gun|bat|weapon|axe|hammer) ${gap(4)}(?:going|heading|driving|coming) (?:over )?to (?:his|her|their|the) (?:place|house|home|work|office|flat|apartment)`),
  rule('fear-of-hurting-others', 'harm-to-others', 'crisis', `(?:scared|afraid|terrified|worried) ${gap(2)}(?:i am going to|i will|i might|i could|of|i would) ${gap(3)}(?:hurt|hurting|harm|harming|kill|killing|shake|shaking|smother|smothering) (?:my |the )?(?:baby|kids?|children|child|son|daughter|someone|somebody|people|partner|husband|wife)`),
  rule('thoughts-of-harming', 'harm-to-others', 'crisis', 'thoughts (?:of|about) (?:hurting|harming|killing|stabbing) (?:my|someone|somebody|people|others|the baby|him|her)'),
];

/** Abuse or being unsafe at home, including control over medicine and care. */
export const ABUSE_RULES_EN: readonly CrisisRule[] = [
  rule('physical-abuse', 'abuse', 'crisis', `${ABUSER} ${gap(2)}(?:hits|hit|beats|beat|punches|punched|slaps|slapped|kicks|kicked|chokes|choked|strangles|strangled|pushes|pushed|shoves|shoved|throws|threw|burns|burned|grabs|grabbed|drags|dragged|smacks|smacked|rapes|raped|molests|molested|abuses|abused|bites|bit|attacks|attacked|whips|whipped|strikes|struck) me`, { historySensitive: true }),
  rule('threat-to-kill', 'abuse', 'crisis', `${ABUSER} ${gap(3)}(?:threatened|threatens|threatening|is going to|will|would|said ${gap(4)}(?:will|would|is going to)) (?:to )?(?:kill|hurt|beat|hit|shoot|stab|take the kids from) me`),
  rule('threatens-me', 'abuse', 'crisis', `${ABUSER} ${gap(2)}(?:threatens|threatened|threatening|intimidates|stalks|stalked|stalking|terrori[sz]es) me|${ABUSER} ${gap(2)}(?:physically )?hurts me(?! (?:feelings|when (?:he|she) (?:said|says)))|(?:throws|threw|throwing) ${gap(2)}at me|(?:afraid|scared|terrified) ${gap(2)}(?:he|she|they) (?:will|might|is going to|would) (?:hurt|kill|hit|beat) me`),
  rule('coercive-control', 'abuse', 'crisis', `${ABUSER} ${gap(2)}(?:will not let|does not let|never lets|would not let|does not allow|forbids|stops) me ${gap(2)}(?:go|see|leave|call|talk|have|take|get|use|eat|sleep|visit|work|out)|(?:hides|hid|hiding|withholds|withheld|throws away|threw away|flushed|flushes) (?:away )?my (?:medication|medications|meds|medicine|pills|insulin|inhaler|glucose)|(?:takes|took|steals|stole|controls) my (?:money|phone|keys|passport|wheelchair|cane|walker)|(?:locks|locked|keeps|kept) me (?:in|inside|out)(?! of the loop)|(?:will not|would not|does not) give me my (?:insulin|meds|medication|medicine|pills|inhaler)`),
  rule('unsafe-at-home', 'abuse', 'crisis', `(?:not|do not feel|never feel|no longer) safe (?:at home|in my (?:home|house|own home)|with (?:him|her|them|my \\w+))|unsafe (?:at home|in my home|with)|(?:scared|afraid|terrified|frightened) (?:to (?:go|going) (?:back )?home|of going home)|(?:scared|afraid|terrified|frightened) of (?:${ABUSER}|him|her)(?! (?:leaving|dying|finding out|getting sick|knowing|seeing))`, { negatable: false }),
  rule('being-abused', 'abuse', 'crisis', `(?:i am|i am being|being|i have been|been|i get) (?:\\w+ )?(?:abused|beaten|raped|assaulted|trafficked|sexually assaulted)|(?:abusive|violent) (?:husband|partner|boyfriend|girlfriend|wife|relationship(?! with (?:food|sugar|coffee|caffeine|my phone|chocolate|carbs|exercise|sleep))|home|dad|father|mother|mom)|domestic (?:violence|abuse)`, { topicSensitive: true, historySensitive: true }),
  rule('sexual-coercion', 'abuse', 'crisis', '(?:forces|forced|makes|made|pressures|pressured) me (?:to )?(?:have sex|into sex|do sexual|sleep with)|(?:raped|molested) me|sexually (?:assaulted|abused) me'),
  rule('violence-at-home', 'abuse', 'weak', `(?:broke|smashed|kicked|punched) (?:down |in )?(?:the |my )?(?:door|window|phone|wall)(?: down| in)?|(?:he|she) (?:is|gets) (?:violent|aggressive|scary)|(?:screaming|yelling) at me ${gap(3)}(?:scared|afraid|threat)`),
];
