// Constructs rather than phrases: each rule below is built from small word classes (the speaker's
// own absence, reasons to stay, endurance, a time, a means, a goodbye) so that wording nobody has
// written down yet still matches. They sit beside the phrase lexicons and go through the same
// context checks (negation, topic talk, the past, idioms). Written after blind set 2; see
// eval/README.md for what they were measured on.
import { rule, type CrisisRule } from './crisisRule';
import { DRUG } from './medicalLexicon.en';

const gap = (n: number): string => `(?:\\w+ ){0,${n}}`;

/** The speaker no longer being here, as a hypothetical or wish completes it ("if i was not here"). */
const OWN_ABSENCE =
  '(?:(?:was not|were not|was no more)(?=$| (?:\\.|!|,|anymore))|fade(?:d)? (?:out|away)|slip(?:ped)? away|went away for good|did not exist|do not exist|never existed|no longer existed|stopped existing|stop existing|stopped being alive|stopped living|stopped breathing|(?:was|were|am) (?:not|no longer) (?:here|around|alive|in the picture|in (?:their|your|his|her) li(?:fe|ves))|(?:was|were) (?:gone|dead)|died|disappeared|vanished|never woke up|did not wake up|was never born|had never been born)';
/** What would follow: a place, a time or an object that makes it ordinary ("if i was not here at 9"). */
const ORDINARY_AFTER = '(?! (?:at|on|in|for|to|today|yesterday|this (?:week|morning|afternoon)|last|my hair|her hair|the|when you))';

/** Staying alive, as the object of reasons, will or strength. */
const STAYING = '(?:stay|staying|stick around|live|living|keep (?:going|living|fighting|trying|on)|go on|going on|carry on|carrying on|be here|being here|be alive|being alive|exist|existing|continue|hold on|holding on|wake up)';
/** Having little or none of something. */
const LACKING =
  '(?:no|no more|not (?:a|one|any|many)|run out of|running out of|ran out of|out of|lost|losing|cannot find|can not find|could not find|cannot think of|struggl\\w* to find|harder (?:and harder )?to find|hard to find|fewer|barely (?:any|have)|do not have (?:any|a|many)|do not see (?:any|a)|have no)';

/** Enduring: the things people say they cannot keep doing. */
const ENDURE = '(?:keep living like this|keep going|keep doing this|keep doing it|keep living|keep fighting|keep this up|go on|going on|hold on|carry on|live like this|live this way|survive this|do this anymore|take (?:this|it|much more) (?:anymore|much longer)|do it anymore)';

/** A near time. */
const TIME = '(?:tonight|today|tomorrow|this weekend|this week|soon|in the morning|after tonight|after today|by morning|by tomorrow|before morning|right now|now)';

/** The speaker's own medicines as a means. */
const MY_MEANS = `(?:my |the |all my |all the |all of my |these |those |a |the whole |my whole |a whole )?(?:\\w+ )?(?:${DRUG}|supply|stash|stockpile|bottle|rope|gun|knife|blade|razor|car)`;

/** People someone might hurt. */
const OTHER = '(?:him|her|them|my (?:\\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|ex|boss|manager|coworker|colleague|neighbou?r|kids?|children|child|baby|son|daughter|mom|mum|mother|dad|father|brother|sister|roommate|flatmate|family|doctor|nurse|landlord|carer|stepdad|stepmom)|the (?:baby|kids|doctor|nurse|neighbou?r|boss)|that (?:guy|woman|man|doctor|nurse))';
const HARM_ING = '(?:hurting|killing|smothering|stabbing|strangling|poisoning|suffocating|drowning|shooting|harming|choking|attacking|beating)';

/** English constructs for suicide. */
const SUICIDE: readonly CrisisRule[] = [
  // "would it be so bad if i just did not exist", "my family would worry less if i was not here".
  rule('cx-hypothetical-absence', 'suicide', 'crisis', `(?:if|what if|imagine if|once|wonder if|wondering if|wish) i (?:just |simply |finally |quietly )?${OWN_ABSENCE}${ORDINARY_AFTER}`, { negatable: false }),
  // "i keep wondering what it would be like to just disappear for good" is caught by forever rules; this is the plain wish.
  rule('cx-wish-absence', 'suicide', 'crisis', `(?:want|wanted|wish|hope|would like|need|long|ready) (?:to |that i could |i could )?(?:just |simply |quietly )?(?:stop (?:existing|being alive|being here|living)|not (?:exist|be alive|be here|wake up) (?:anymore|at all|tomorrow|again))`, { negatable: false }),
  // "run out of reasons to keep living", "harder to find reasons to stay", "no will to go on".
  rule('cx-no-reasons', 'suicide', 'crisis', `${LACKING} ${gap(2)}(?:reasons?|will|point|purpose|strength) (?:left )?(?:for me )?(?:to|for|in|of) (?:me )?${STAYING}`, { negatable: false }),
  rule('cx-reasons-to-stay', 'suicide', 'weak', `(?:reasons?|anything|anyone|something) (?:left )?(?:to|for) (?:stay|staying|stick around|keep going|live for|be here)(?=$| (?:\\.|!|,|\\?|anymore|for|alive))`),
  // "living feels pointless", "my life has become meaningless".
  rule('cx-life-pointless', 'suicide', 'crisis', `(?:life|living|my life|existing|existence|being alive|being here|staying alive|waking up) ${gap(2)}(?:feels|feel|seems|is|has become|became|getting|gets|just) ${gap(2)}(?:pointless|meaningless|futile|hopeless|not worth it|a waste)(?! without)`, { negatable: false }),
  rule('cx-everything-pointless', 'suicide', 'weak', `(?:everything|it all|all of it|any of it|any of this|nothing) ${gap(2)}(?:feels|seems|is|matters) ${gap(1)}(?:pointless|meaningless|futile|anymore)`),
  // "idk how much longer i can keep going", "i can't keep doing this".
  rule('cx-cannot-endure', 'suicide', 'crisis', `(?:how (?:much )?(?:longer|long) (?:i can|can i|i will be able to|i could|i am able to)|(?:not sure|do not know if|do not think|doubt|unsure if|unsure whether) i (?:can|will be able to|could)|cannot|could not|can not|unable to|no longer able to|(?:do not|no longer) have (?:it in me|the strength|the energy|anything left|the will) to|too (?:tired|exhausted|worn out|broken) to|(?:no|not enough) strength (?:left )?to|nothing left (?:in me )?to|(?:do not|no longer) want to) (?:really )?${ENDURE}(?! (?:to|with|back|out|into|in the|on about|at (?:work|the)))`, { negatable: false }),
  // "i don't see a way out", "there's no way out of this".
  rule('cx-no-way-out', 'suicide', 'crisis', `(?:do not|cannot|can not|could not|never|no longer) (?:see|find) (?:a|any|the) (?:way out|escape|exit|end to (?:this|it))(?! of (?:the|this|my) (?:debt|job|contract|lease|meeting|deal|queue|building))`, { negatable: false }),
  rule('cx-want-out', 'suicide', 'weak', `(?:just |really )?(?:want|need|wish) (?:it|this|it all|everything|all of it|all this) (?:all )?(?:to be )?over(?! (?:with|by|soon|already|and done with))`),
  // "tonight is the night i finally do it", "i'm going to go through with it".
  rule('cx-do-it', 'suicide', 'weak', `(?:finally |really |actually |just )?(?:do it|go through with it|doing it|done with it all|follow through)(?=$| (?:\\.|!|,|${TIME}|this time|for real|finally|before))`),
  rule('cx-time-is-now', 'suicide', 'crisis', `${TIME} (?:is|will be) (?:the (?:night|day|time)|when i) (?:i |when i )?(?:finally )?(?:do it|go through with it|end (?:it|things)|go|leave|stop)`, { negatable: false }),
  rule('cx-something-final', 'suicide', 'crisis', `(?:going to|about to|will|want to|might|planning to|thinking of|thinking about) (?:do|doing) something (?:permanent|final|irreversible|drastic|that cannot be undone)`),
  // "won't be around after tonight", "won't matter after tonight anyway".
  rule('cx-not-around-after', 'suicide', 'crisis', `(?:will not|am not going to|may not|might not|do not plan to|not planning to|do not expect to|not going to|do not think i will|doubt i will) (?:be )?(?:around|here|alive|living|breathing) (?:\\w+ )?(?:(?:after|by|past) (?:${TIME}|christmas|my birthday|the weekend|next \\w+|the end of \\w+|morning|then)|much longer|for much longer|for long|to see (?:christmas|my birthday|the spring|another|next))`, { negatable: false }),
  rule('cx-will-not-matter', 'suicide', 'crisis', `(?:will not|does not|would not|is not going to|nothing will) matter (?:\\w+ )?(?:after|by|once|past|come) (?:tonight|i am gone|i am dead)`, { negatable: false }),
  rule('cx-will-not-matter-soon', 'suicide', 'weak', `(?:will not|does not|would not|is not going to|nothing will) matter (?:\\w+ )?(?:after|by|once|past|come) (?:${TIME}|then|the weekend)`, { negatable: false }),
  // Goodbyes that ask not to be found.
  rule('cx-do-not-find-me', 'suicide', 'crisis', `(?:do not|please do not|nobody|no one|do not anyone) (?:try to |come to |bother to )?(?:find|look for|search for|save|rescue|come after|stop) me(?=$| (?:\\.|!|,|this time|now|tonight|please))`, { negatable: false }),
  rule('cx-saying-goodbye', 'suicide', 'weak', `(?:saying|say|said|this is|here is|wanted to say|want to say|just wanted to say) (?:my )?(?:goodbye|goodbyes|bye|farewell)(?=$| (?:\\.|!|,|now|to (?:you all|everyone|all of you|everybody|you guys)|for (?:good|ever|the last time)))|(?:just )?want(?:ed)? (?:to )?(?:say|tell (?:you|everyone)) (?:that )?i love (?:you|everyone|you all|all of you)`),
  // Means laid out, or the speaker's own means "could do it".
  rule('cx-means-laid-out', 'suicide', 'weak', `(?:${DRUG}) ${gap(3)}(?:lined up|laid out|counted out|set out|spread out|sorted out|in piles|on the (?:table|bed|counter|floor)|in front of me)|(?:lined up|laid out|counted out|set out) (?:all )?(?:of )?(?:my|the) ${gap(1)}(?:${DRUG})`),
  rule('cx-means-would-work', 'suicide', 'crisis', `${MY_MEANS} (?:could|would|will|should|might) (?:easily |probably |definitely )?(?:do it|do the job|be enough|finish me|kill me|end it|end me|take me out)`, { negatable: false }),
  rule('cx-done-the-maths', 'suicide', 'weak', `(?:done|did|doing|worked out|figured out|run|ran) the (?:math|maths|numbers)(?! (?:on|for) (?:the|my) (?:budget|bills|rent|mortgage|carbs|insulin ratio))`),
  // Thoughts, present and repeated.
  rule('cx-suicide-thoughts', 'suicide', 'crisis', `(?:having|have|had|get|getting|keep having|been having|with|constant|daily|recurring) (?:\\w+ )?thoughts (?:of|about) (?:suicide|killing myself|ending (?:it|my life|things)|dying|not being here|death)`),
  // Burden, said of oneself.
  rule('cx-burden', 'suicide', 'weak', `(?:i am|i feel like|i feel|feel like|i have become|being|i am just|i am only|i am nothing but) (?:such |just |only |nothing but )?(?:a |the |one )?(?:\\w+ )?burden(?=$| (?:\\.|!|,|to (?:everyone|everybody|my|them|him|her|the people|all)|on (?:everyone|everybody|my (?:family|husband|wife|partner|kids|children|parents|mum|mom|dad)|them|him|her)|for (?:everyone|my family|them)|anymore|now|honestly|and))`),
  rule('cx-burden-to-all', 'suicide', 'crisis', `(?:i am|i feel like|feel like|i have become|i am just|i am nothing but) (?:such |just |only )?(?:a |the )?(?:huge |massive |total |constant )?burden (?:to|on|for) (?:everyone|everybody|all of them|all of you|the people i love|the whole family)`),
  // Putting affairs in order.
  rule('cx-funeral-sorted', 'suicide', 'weak', `(?:sorted|planned|arranged|organi[sz]ed|paid for|written down|chose|chosen|picked) ${gap(2)}(?:my )?funeral|funeral (?:stuff|plans|arrangements|songs?|music|details) (?:is |are )?(?:sorted|planned|arranged|done|ready)`),
  rule('cx-rehoming', 'suicide', 'weak', `my (?:cat|dog|pets?|kids?|children|plants|birds?|fish|rabbits?|guinea pigs?) (?:is|are|will be) going to (?:my|a|the|live with|stay with)|(?:found|finding|find) (?:a )?(?:new )?homes? for my (?:cat|dog|pets?)`),
  // Short forms of finality and giving up: weak alone, crisis next to any other sign or distress.
  rule('cx-better-off-bare', 'suicide', 'weak', `(?:they|everyone|everybody|my family|my kids|my husband|my wife|my partner|people|the world) (?:would|will) (?:all )?(?:honestly |really )?be (?:so much |much |a lot |way )?(?:better|happier|easier) off(?=$| (?:\\.|!|,|honestly|really|anyway|tbh))`, { negatable: false }),
  rule('cx-want-to-vanish', 'suicide', 'crisis', `(?:want|wish|need|going) to (?:just )?(?:disappear|vanish|fade away|cease)(?=$| (?:\\.|!|,|forever|for good|and never))`),
  rule('cx-stop-fighting', 'suicide', 'weak', `(?:time (?:i |to )?|ready to |going to |want to )?(?:stop|stopped|quit|give up|done) fighting(?! (?:with|about|over|for (?:a|the|my) (?:refund|claim|appointment)))|(?:want to|going to|ready to|about to|feel like) (?:just )?giv(?:e|ing) up(?=$| (?:\\.|!|,|on (?:life|living|everything|myself|it all)))`),
  rule('cx-had-enough-life', 'suicide', 'crisis', `(?:had|have had) enough of (?:life|living|being alive|existing|this life|being here)`),
  rule('cx-thinking-of-means', 'suicide', 'weak', `(?:thinking|think|thoughts|thought) (?:a lot |constantly )?about (?:the |my |all my |all the |those )?(?:pills|tablets|rope|noose|gun|razor|blades?|overdosing|jumping|the bridge|the tracks|the roof|crashing)(?=$| (?:\\.|!|again|a lot|tonight|lately|today|all day))`),
  rule('cx-why-bother', 'suicide', 'weak', `why (?:even |do i |should i )?bother(?: (?:anymore|with anything|with any of it|at all|living|trying))?(?=$| (?:\\.|!|\\?|,))`),
  rule('cx-might-as-well', 'suicide', 'weak', `might as well (?:just )?(?:go|die|be dead|end it|not exist|not be here|disappear|give up)(?=$| (?:\\.|!|,|now|then|too))`),
  rule('cx-so-done', 'suicide', 'weak', `i am (?:so |just |really |completely |totally |honestly |literally |fucking )+done(?=$| (?:\\.|!|,|with (?:it all|everything|life|this|all of (?:it|this))(?=$| [.!,])))|ready to be done(?=$| (?:\\.|!|,|with (?:all of )?(?:this|it|everything|life)))`),
  rule('cx-not-a-problem-long', 'suicide', 'crisis', `(?:will not|am not going to|not going to|will no longer|do not have to|will not have to) (?:be|worry about me|deal with me|look after me) (?:a |your |their |anyone s )?(?:problem|burden|bother|worry|trouble|nuisance)? ?(?:\\w+ )?(?:for |to \\w+ )?(?:much longer|for long|for much longer|after (?:tonight|today))`, { negatable: false }),
  rule('cx-should-not-be-here', 'suicide', 'weak', `(?:should not|was not meant to|am not meant to|not meant to|was never meant to) (?:be here|be alive|have been born|exist)(?=$| (?:\\.|!|,|anymore|at all))`, { negatable: false }),
  rule('cx-giving-up-all', 'suicide', 'weak', `giving up on (?:everything|it all|life|living)`),
  rule('cx-not-survive-wish', 'suicide', 'crisis', `(?:hope|hopes|hoping|wish|wishing|pray|praying|part of me wants) ${gap(7)}(?:do not|never|will not|would not|not) (?:come out of|survive|make it through|wake up from|pull through)`, { negatable: false }),
  rule('cx-tired-of-being-problem', 'suicide', 'weak', `(?:tired|sick|exhausted|weary) of being (?:a |the |such a )?(?:problem|burden|bother|nuisance|trouble|drain|worry)`),
  rule('cx-they-would-manage', 'suicide', 'weak', `(?:they|everyone|everybody|my family|my kids|he|she) (?:would|will) (?:all )?(?:manage|cope|be fine|be ok|be okay|get by|move on|get over it)(?: without me| fine| just fine| ok| okay)?(?=$| (?:\\.|!|,|without|honestly|anyway))`, { negatable: false }),
  rule('cx-who-would-miss', 'suicide', 'crisis', `who (?:would|will|is going to) (?:even |really |actually )?(?:miss|mourn|notice|care about|cry for) me(?! (?:at|if i (?:skip|miss|leave the)))`),
  rule('cx-do-not-want-to-anymore', 'suicide', 'crisis', `(?:existing|living|alive|here|surviving|breathing|going) ${gap(6)}(?:and |but )?i (?:do not|no longer) want to(?: (?:anymore|any longer|do it anymore|be))?(?=$| (?:\\.|!|,))`, { negatable: false }),
  rule('cx-no-future', 'suicide', 'crisis', `(?:stopped|stop|cannot|can not|do not|no longer|never) (?:seeing|see|imagining|imagine|picturing|picture) (?:a |any |much of a )?future (?:for (?:me|myself)|ahead|anymore)|(?:cannot|can not|do not|could not) see myself (?:getting through|surviving|making it (?:through|to)|lasting|living (?:through|to|until|past)|being (?:here|around|alive)) (?:another|much longer|this|next|to|the|until|past|for)(?! (?:\\w+ ){0,3}in (?:this|that|the|my) (?:flat|house|job|place|apartment|city|town|heat|weather))`, { negatable: false }),
  rule('cx-stop-trying', 'suicide', 'weak', `(?:ready to|going to|want to|time to|about to) (?:stop|quit|give up) (?:trying|living|everything)(?! to )`),
  rule('cx-quiet-forever', 'suicide', 'crisis', `(?:go|be|stay|went|goes|fall) (?:quiet|dark|silent|still|black|numb|to sleep) (?:forever|for good|permanently)|all i want is for (?:everything|it|it all|this) to (?:stop|end|be over)`),
  rule('cx-exhausted-from-living', 'suicide', 'crisis', `(?:tired|sick|exhausted|weary|worn out|drained) (?:of|from|by) (?:living|being alive|existing|life)(?! (?:in|with|at|near|on|out of|paycheck|off|here|there|alone))`),
  rule('cx-plan-for-day', 'suicide', 'weak', `(?:have|got|made) (?:a|my|the) plan (?:for|on) (?:tonight|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|this weekend|next week)(?=$| (?:\\.|!))`),
  rule('cx-lethal-own', 'suicide', 'crisis', `(?:my|of my) (?:\\w+ ){0,3}(?:is|are|would be) (?:the )?(?:most |more )?(?:lethal|deadly|fatal)|(?:lethal|deadly|fatal) (?:dose|amount) of (?:my|the) (?:\\w+ )?(?:${DRUG})`, { topicSensitive: true }),
  rule('cx-at-the-place', 'suicide', 'crisis', `(?:parked|standing|sitting|waiting|i am|i am up|here) (?:up )?(?:at|on|by|near|under|next to) (?:the |a )?(?:\\w+ )?(?:cliff|cliffs|cliff top|ledge|tracks|railway line|train line|viaduct|overpass|top floor of the car park)(?: car park| edge)?(?=$| (?:\\.|!|,|now|right now|tonight|again))`),
  rule('cx-this-is-it', 'suicide', 'weak', `(?<=^|[.!,] |^so |^well |^ok |^okay |^then )this is it(?=$| (?:\\.|!|,|then|for me))`),
  rule('cx-told-where-will', 'suicide', 'weak', `(?:told|showed|shown|left) (?:\\w+ ){0,2}where (?:my|the) (?:will|passwords?|papers|documents|insurance|life insurance|keys) (?:is|are)`),
  rule('cx-take-myself-out', 'suicide', 'crisis', `tak\\w* myself out(?= (?:of (?:the|this) (?:equation|picture|world|game of life)|tonight|for good|permanently)|$)`),
  rule('cx-stopped-eating', 'suicide', 'weak', `stopped (?:eating and drinking|eating or drinking|drinking and eating|eating and taking|taking fluids)`),
  rule('cx-so-i-have-enough', 'suicide', 'weak', `so (?:that )?i (?:have|will have|got|have got) enough(?=$| (?:\\.|!|,|now|to|for it|this time))`),
  rule('cx-bought-pills', 'suicide', 'weak', `(?:bought|buying|got|getting|picked up|ordered) (?:a |another |a second |an extra |two |three |more )?(?:\\w+ )?(?:bottle|box|pack|packet)s? of (?:sleeping|pain|sleep) (?:pills|tablets|meds)`),
  rule('cx-how-and-when', 'suicide', 'crisis', `(?:decided|know|worked out|figured out|chosen|picked|planned|sorted) (?:out )?(?:the )?(?:how and when|when and how|how and where|where and when|where and how|when and where|my method|the method)(?=$| (?:\\.|!|,|to do it|i will do it|i am going to do it|and i))`),
  rule('cx-suicidal-af', 'suicide', 'crisis', `^(?:so |feeling |feel )?suicidal(?= (?:af|asf|as fuck|right now|tonight|again|today|lately|atm|rn)|$)`),
  rule('cx-ending-it-start', 'suicide', 'crisis', `^(?:just |i am |am |about to be |gonna be )?ending (?:it|things|everything|my life)(?=$| (?:\\.|!|,|all|tonight|today|now|soon|dead|sad|bye|for good))`),
  rule('cx-not-meant-to-survive', 'suicide', 'crisis', `(?:do not think i am|i am not|i was not|was never|i am never|not) (?:meant|supposed) to (?:survive|live|be here|be alive|make it|exist)(?! (?:in|at|on|with|like this in))`, { negatable: false }),
  rule('cx-could-just-stop', 'suicide', 'weak', `i could (?:just )?stop(?=$| (?:\\.|!|,|breathing|living|existing|everything))`),
  rule('cx-permanent-rest', 'suicide', 'crisis', `(?:be at peace|find peace|rest|sleep|stop|switch off|be quiet|escape|be out|be gone|go away|be free|not feel|stop feeling)(?: [.,!])? (?:permanently|forever|for good|for ever|eternally)`),
  rule('cx-already-gone', 'suicide', 'crisis', `(?:feel|feels) like i am already (?:gone|dead|a ghost)`),
  rule('cx-get-over-it', 'suicide', 'crisis', `(?:would|will) (?:all )?(?:get over it|move on|forget (?:about )?me|be fine)(?: [.,])? (?:eventually|soon enough|in time|quickly|fast|after a while|within a year)`, { negatable: false }),
  rule('cx-no-future-where', 'suicide', 'crisis', `no (?:version of (?:the|my) )?future (?:where|in which|for) (?:i|me)|(?:there is )?no future(?: for me)?(?: [.,])? (?:anymore|for me)`, { negatable: false }),
  rule('cx-let-me-go', 'suicide', 'crisis', `(?:should|could|would|need to|can|please) (?:just )?let me go(?=$| (?:\\.|!|,|already|now|for good))`),
  rule('cx-until-free', 'suicide', 'crisis', `(?:until|till|til) i (?:can )?(?:be free of (?:this|my) (?:body|life|existence)|die|am gone|am dead|can rest for good|stop breathing)|free of (?:this|my) (?:body|life|existence) (?:for good|forever|at last)`),
  rule('cx-drain', 'suicide', 'weak', `(?:i am|i feel like|i feel|feel like|i have become|i am just|i am only|i am nothing but) (?:such |just |only |nothing but )?(?:a |the )?(?:\\w+ )?(?:drain|liability|dead weight|waste of space)|(?:waste|drain) (?:of|on) (?:everyone s|everybody s|their|your|everyone|everybody) (?:time|money|energy|resources|life|lives)?`),
  rule('cx-doing-them-a-favour', 'suicide', 'crisis', `(?:doing|do|be doing) (?:them|everyone|everybody|my \\w+|the world|you all) a (?:favou?r|kindness) (?:by|if i) (?:just )?(?:going|leaving|dying|disappearing|not being here|being gone|checking out|ending (?:it|things))(?! (?:to|out|home|away for|shopping))`),
  rule('cx-escape-life', 'suicide', 'crisis', `(?:want|need|wish|long|going|ready|trying|wanting) (?:to )?(?:escape|get out of|out of|leave|exit|be free of|be done with) (?:this|my) (?:life|existence|world|body)(?! (?:for a|for the|insurance|admin))`),
  rule('cx-only-way-it-ends', 'suicide', 'crisis', `only way (?:\\w+ ){0,4}(?:ends|stops|will end|will stop|is over|goes away) is (?:if|when|for) (?:i|me) (?:do|go|die|am gone|end it|stop|to die|to go)|(?:pain|this|it|suffering) (?:will )?(?:only )?(?:ends?|stops?) (?:when|if|once) i (?:do|die|am gone|go|stop breathing|end it)(?=$| (?:\\.|!|,))`),
  rule('cx-worth-it-living', 'suicide', 'crisis', `worth it[ .,]{0,4}(?:\\w+ ){0,2}(?:living|being alive|staying alive|being here|going on|life)(?=$| (?:\\.|!|,|\\?|i mean|anymore))`),
  rule('cx-deserve-better', 'suicide', 'weak', `(?:deserves?|deserve) (?:better|someone better|a better \\w+|more) than (?:me|a \\w+ like me|what i can give)`),
  rule('cx-give-up-on-everything', 'suicide', 'weak', `(?<=give up(?: [.,!])? )on (?:everything|life|living|it all)|(?:done|finished) with (?:all of it|it all|everything|all of this)(?=$| (?:\\.|!|,))`),
  rule('cx-end-my-story', 'suicide', 'crisis', `(?:thinking (?:about|of)|want to|going to|ready to|time to|decided to) (?:end|ending|finish|finishing|close|closing) (?:my|the) (?:story|last chapter|chapter|journey)(?=$| (?:\\.|!|,|here|now|for good|tonight))`),
  rule('cx-put-up-with-me', 'suicide', 'crisis', `(?:nobody|no one|they|you|everyone|anyone) (?:will|would)(?: not)? (?:have to|need to) (?:\\w+ ){1,3}me (?:much longer|for much longer|for long|soon|anymore|after (?:tonight|today))`, { negatable: false }),
  rule('cx-will-to-fight', 'suicide', 'crisis', `(?:lost|losing|no|have no|without) (?:the |any |my )?will to (?:fight|keep fighting|try|keep trying|get better|carry on|go on)`),
  rule('cx-enough-to-end', 'suicide', 'crisis', `enough (?:\\w+ )?(?:${DRUG}) to (?:make (?:it|everything|the pain|this) (?:all )?stop|end (?:it|things|everything|my life)|do it|do the job|not wake up|kill me|finish me)`),
  rule('cx-have-enough-drug', 'suicide', 'weak', `(?:have|got|kept|saved|stored) enough (?:\\w+ )?(?:${DRUG})(?! (?:for|to last|until|left for|to get (?:me )?through|till))`),
  rule('cx-not-come-back', 'suicide', 'weak', `(?:and|to) (?:never|not) (?:come|coming) back(?=$| (?:\\.|!|,|ever|again))`),
  rule('cx-drive-off-never-back', 'suicide', 'crisis', `(?:drive|walk|go|wander|swim|disappear) (?:off |out )?(?:somewhere|into the (?:sea|woods|river|water|lake|night)) (?:and )?(?:never|not) (?:come|coming) back`),
  rule('cx-tell-them-sorry', 'suicide', 'crisis', `tell (?:my )?(?:kids|children|family|mom|mum|dad|wife|husband|sister|brother|partner|son|daughter|parents|girls|boys) (?:that )?i (?:am|was) (?:so )?sorry(?=$| (?:\\.|!))`),
  rule('cx-letter-for', 'suicide', 'crisis', `(?:left|leaving|wrote|written|writing) (?:a |my |the )?letters? (?:\\w+ ){0,4}for (?:my|the) (?:wife|husband|kids|children|family|mum|mom|dad|partner|son|daughter|parents)`),
  rule('cx-look-after-better', 'suicide', 'weak', `(?:will|would|can) (?:look after|take care of|love|care for) (?:him|her|them|it) better(?: than (?:i|me))?(?=$| (?:\\.|!|,|than))`),
  rule('cx-ready-to-go', 'suicide', 'weak', `(?<=^|[.!,] |i am )ready to go(?=$| (?:\\.|!|,))`),
  rule('cx-long-ready', 'suicide', 'sign', `been ready for (?:a (?:while|long time)|ages|years|months)`),
  rule('cx-had-it-with-life', 'suicide', 'crisis', `had it with (?:life|living|being alive|existing)`),
  rule('cx-keep-staring-at-means', 'suicide', 'crisis', `(?:keep|kept|been|sit|sat|sitting) (?:\\w+ )?(?:staring|looking|gazing) at (?:\\w+ ){0,3}(?:${DRUG}|bottle of \\w+|rope|noose|knife|knives|gun|razor|blades?|bridge|tracks)`),
  rule('cx-how-long-to-die', 'suicide', 'crisis', `how (?:long|fast|quickly) (?:\\w+ ){0,3}(?:to )?(?:bleed out|die|overdose|suffocate|drown|hang)|bleed(?:ing)? out(?=$| (?:\\.|!|,|tonight|now))`, { topicSensitive: true }),
  rule('cx-one-less', 'suicide', 'weak', `(?:world|everyone|they|my family|the planet|society|the nhs)(?: \\w+)? (?:needs|would be better with|could do with|would not miss) one less`),
  rule('cx-life-i-mean', 'suicide', 'weak', `(?<=^|[.!,?] )(?:life|living|existing|being alive|staying alive) i mean|(?:considering|thinking about|thinking of) (?:just )?not doing (?:any of )?(?:this|it) anymore`),
  rule('cx-sleep-not-wake', 'suicide', 'crisis', `(?:sleep|bed|asleep) and (?:not|never) (?:have to |need to )?wake up`, { negatable: false }),
  rule('cx-not-here-for', 'suicide', 'weak', `(?:will not|am not going to|not going to|do not plan to|not planning to|do not think i will) be (?:here|around|alive) (?:for|at|on) (?:christmas|my birthday|the new year|new year|easter|the wedding|next (?:week|month|year))`, { negatable: false }),
  rule('cx-thanks-for-being', 'suicide', 'sign', `(?:thank you|thanks) (?:all |everyone |so much |guys |for everything )?for (?:being (?:my|a|such) (?:\\w+ )?(?:friends?|family|support)|all (?:you have done|the support|the love)|the memories|putting up with me)`),
  rule('cx-explaining-why', 'suicide', 'weak', `(?:writing|wrote|written|finished writing) (?:\\w+ ){0,6}[ .,]*(?:explaining|to explain|telling (?:them|him|her)) why(?=$| (?:\\.|!|,|i))`),
  rule('cx-place-nearby', 'suicide', 'sign', `(?:a|the) (?:bridge|cliff|railway bridge|train tracks|tracks|overpass|viaduct|multi storey|car park roof|tall building) (?:near|by|next to|close to|behind|outside) (?:my|the|our)`),
  rule('cx-ruminating', 'suicide', 'weak', `(?:think|thinking|thought) about (?:it|doing it|that|jumping|going) (?:constantly|all the time|every day|every night|nonstop|day and night|24 7|more and more)`),
  rule('cx-god-take-me', 'suicide', 'crisis', `(?:god|lord|jesus|universe|whoever is up there)(?: [,.])? (?:please )?(?:just )?take me(?: now| home| already| away)?(?=$| (?:\\.|!|,))`),
  rule('cx-close-to-ending', 'suicide', 'crisis', `(?:close to|near to|on the verge of|this close to|so close to|about to) (?:just )?(?:ending (?:it|things|everything|my life)|killing myself|doing it|giving up for good|taking my (?:own )?life)`),
  rule('cx-not-safe-now', 'suicide', 'crisis', `(?:(?:i am|i feel|feel) (?:not safe|unsafe)|i do not feel safe)(?=$| (?:\\.|!|,|right now|now|tonight|at the moment|anymore))`, { negatable: false }),
  rule('cx-trust-with-means', 'suicide', 'crisis', `(?:do not|cannot|can not|could not) trust myself (?:with|around|near|alone with) (?:my |the |these |those |all )?(?:\\w+ )?(?:${DRUG}|knife|knives|razor|blades?|gun|car|kids|baby|children)`, { negatable: false }),
  rule('cx-put-an-end', 'suicide', 'crisis', `put an end to (?:it|this|it all|everything|my life|my suffering|things|myself)(?=$| (?:\\.|!|,|tonight|now|for good|once and for all))`),
  // Very short messages that are only finality ("done. just done", "no more. i'm out").
  rule('cx-bare-finality', 'suicide', 'weak', `^(?:(?:i am |just |so |totally |completely |honestly )*(?:done|finished|out|over it|over)|no more|cannot anymore|cannot do it|cannot)(?=(?: [.!,]+)*$)`),
  rule('cx-bare-finality-twice', 'suicide', 'crisis', `^(?:(?:i am |just |so |totally |completely |honestly )*(?:done|finished|out|over it|no more|cannot anymore)(?: [.!,]+)* ){1,3}(?:i am |just |so |totally |completely |honestly )*(?:done|finished|out|over it|no more|cannot anymore)(?=(?: [.!,]+)*$)`),
  rule('cx-over-for-me', 'suicide', 'crisis', `^(?:it is|its|it s|everything is|life is|it is all) (?:all |just )?over for me|(?:my )?life is over(?=$| (?:\\.|!|,))`),
  rule('cx-means-and-time', 'suicide', 'crisis', `^(?:the |my |all the |all my )?(?:pills|tablets|rope|noose|gun|knife|blade|razor|bridge|meds|insulin)(?: [.!,]+)? (?:tonight|now|today|right now|soon)(?=(?: [.!,]+)*$)`),
  rule('cx-nice-knowing-you', 'suicide', 'weak', `(?:it was|it has been|been|was) (?:so )?(?:nice|good|great|lovely) knowing (?:you|you all|everyone|y all)(?! [,.]? (?:dairy|gluten|sugar|coffee|caffeine|carbs|alcohol))`),
  rule('cx-and-that-is-ok', 'suicide', 'sign', `(?:and|but) (?:that is|i am) (?:ok|okay|fine|alright|at peace)(?: with (?:it|that))?(?=$| (?:\\.|!|,))|(?:and|but) i do not (?:even )?care(?=$| (?:\\.|!|,))`),
  rule('cx-last-post', 'suicide', 'weak', `(?:this is|this will be|will be) (?:the|my) (?:last|final) (?:time i (?:will|am going to) (?:post|write|talk|message)|post|message)(?: (?:here|to you|in this group))?(?=$| (?:\\.|!|,|ever))`),
  rule('cx-means-ready', 'suicide', 'crisis', `(?:ropes?|nooses?|guns?|the belt|ligature) (?:is |are |s )?(?:ready|set up|tied|loaded|prepared|up)(?=$| (?:\\.|!|,|now|tonight))`),
  rule('cx-means-ready-weak', 'suicide', 'weak', `(?:pills|tablets|blade|razor|knife|insulin) (?:is |are |s )?(?:ready|set out|prepared|counted)(?=$| (?:\\.|!|,|now|tonight))`),
  rule('cx-clock-out-for-good', 'suicide', 'crisis', `(?:clock|check|log|tap|bow|sign|opt|cash) (?:out|off) (?:for good|permanently|forever|of life|of this life|of existence)`),
  rule('cx-so-am-i', 'suicide', 'crisis', `giving up (?:[\\w,]+ ){0,4}(?:so am i|me too|i am too|and so have i)`),
  rule('cx-disease-wins', 'suicide', 'crisis', `so (?:that )?(?:the|my|this) (?:disease|illness|cancer|body|lupus|kidney failure|it) (?:wins|takes me|kills me|finishes me|will take me|can take me)(?: faster| sooner| quicker)?`),
  rule('cx-not-see-another', 'suicide', 'crisis', `(?:not sure|do not know if|do not think|doubt|not convinced) i (?:want|will|would like|am going) to (?:see|make it to|live to see|be here for|be around for) (?:another|next|my next|one more) (?:birthday|christmas|year|summer|winter|spring|week|new year)`, { negatable: false }),
  rule('cx-idea-of-not-existing', 'suicide', 'crisis', `(?:idea|thought|thinking) of (?:not existing|dying|death|being dead|not being here|not being alive|not waking up|ending it) (?:is |are )?(?:the only thing|what|all that|calms|comforts|soothes|helps|keeps me)`),
  rule('cx-barely-notice', 'suicide', 'crisis', `(?:barely|hardly|not even|would not|would never|will not|will never) (?:notice|miss|feel) (?:the gap|my absence|i was gone|i am gone|me gone|me missing|i had gone)`, { negatable: false }),
  rule('cx-close-my-eyes', 'suicide', 'crisis', `close my eyes and (?:not|never) (?:open them|wake up|open again)`, { negatable: false }),
  rule('cx-point-of-carrying-on', 'suicide', 'crisis', `point (?:of|in) (?:carrying on|going on|living|continuing|staying alive|being here|keeping going|trying anymore|being alive|existing)(?! with| in this job)`),
  rule('cx-ready-to-let-go', 'suicide', 'weak', `ready to let go(?=$| (?:\\.|!|,|now))`),
  rule('cx-by-a-thread', 'suicide', 'sign', `(?:hanging|holding) on by a thread`),
  rule('cx-saved-drug', 'suicide', 'weak', `(?:saved|saving|stockpiled|stashed|hoarded|kept back|put aside|set aside) (?:up )?(?:\\w+ ){0,5}(?:${DRUG})`),
  rule('cx-note-for', 'suicide', 'weak', `(?:left|leaving|wrote|written|writing) (?:a |my |the )?notes? (?:\\w+ ){0,4}for (?:my|the) (?:wife|husband|kids|children|family|mum|mom|dad|partner|son|daughter|parents)`),
  rule('cx-bare-day', 'suicide', 'sign', `(?<=^|[.!,] )(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|this weekend|tomorrow night)(?=(?: [.!,?]+)*$)`),
  rule('cx-disease-hurry', 'suicide', 'crisis', `(?:wish|hope|want|praying) (?:the |my |this )?(?:cancer|disease|illness|tumou?r|heart|kidneys?|liver|lungs|body|lupus|it) (?:would|will|to|could) (?:just )?(?:hurry up|get it over with|finish (?:me|the job)|take me|win)(?=$| (?:\\.|!|,|already|and))`),
  rule('cx-said-what-i-needed', 'suicide', 'weak', `said (?:everything|all) (?:i|that i) (?:needed|wanted) to say|said what i (?:needed|wanted|had) to say`),
  rule('cx-weight-on', 'suicide', 'weak', `(?:such a |a |the )?(?:dead )?weight (?:on|for|to) (?:my|everyone|everybody|them|him|her)`),
  rule('cx-finally-free', 'suicide', 'weak', `(?:she|he|they|everyone|my \\w+) (?:would|will|could|d) (?:finally )?be free(?=$| (?:\\.|!|,|of me|at last))`),
  rule('cx-car-exhaust', 'suicide', 'crisis', `(?:car|engine) (?:\\w+ ){0,4}(?:running|on) (?:\\w+ ){0,3}(?:in|inside) (?:the|a|my) garage|(?:in|inside) (?:the|a|my) garage (?:\\w+ ){0,3}(?:with )?the engine (?:running|on)|hose(?:pipe)? (?:from|to|into|on) the exhaust`),
  rule('cx-not-coming-home', 'suicide', 'weak', `(?:not|never) coming (?:home|back)(?=$| (?:\\.|!|,|tonight|again|ever))`),
  rule('cx-going-to-place', 'suicide', 'weak', `(?:going|heading|driving|walking|off) (?:up )?to (?:the|that) (?:bridge|cliff|cliffs|tracks|railway|viaduct|multi storey|roof|quarry)`),
  rule('cx-it-is-enough', 'suicide', 'sign', `(?:it is|that is|that should be|should be|will be) enough(?=$| (?:\\.|!|,|now|this time))`),
  rule('cx-other-wants-to-die', 'suicide', 'weak', `(?:he|she|they|my \\w+) (?:said|says|told|keeps saying|texted|messaged|admitted)(?: to)?(?: me| us)?(?: that)? (?:he|she|they) (?:wants?|wanted|is going|are going|was going) to (?:die|end it|end (?:his|her|their) life|kill (?:himself|herself|themselves))`),
  rule('cx-why-should-i', 'suicide', 'crisis', `(?:do not|cannot|can not|no longer|fail to) (?:see|understand|know) why i (?:should|would|need to|have to|even) (?:keep going|go on|carry on|stay|keep living|be here|stay alive|bother)`, { negatable: false }),
  rule('cx-rather-not-be-around', 'suicide', 'crisis', `rather not (?:be )?(?:around|here|alive) (?:for (?:what comes next|the end|the worst|whatever comes|what is coming|any of (?:it|this)|much longer)|anymore|at all)|(?:would|i would) rather (?:just )?(?:go|be gone|go now|let it take me|slip away)(?=$| (?:\\.|!|,))`, { negatable: false }),
  rule('cx-easy-to-swerve', 'suicide', 'crisis', `(?:easy|tempting|simple) (?:it )?(?:would be |it would be |to )?(?:to )?(?:just )?(?:swerve|crash|drive (?:off|into)|step (?:out|off|in front)|jump|take (?:them|it) all|end it)`),
  rule('cx-wish-accident', 'suicide', 'crisis', `(?:wish|wishing|hope|hoping|pray|praying) (?:\\w+ ){0,3}(?:get|got|be|was|were) (?:into|in) (?:an? )?(?:\\w+ )?(?:accident|crash)|(?:wish|wishing|hope|hoping) (?:\\w+ ){0,3}(?:get|got) hit by`),
  rule('cx-goodbye-in-head', 'suicide', 'crisis', `(?:already )?said (?:my )?goodbyes? (?:in my head|to everyone|to everything|to my (?:kids|family|children|husband|wife|partner))(?=$| (?:\\.|!|,|already))`),
  rule('cx-world-will-not-miss', 'suicide', 'crisis', `(?:world|everyone|nobody|they|people|my family) (?:will not|would not|is not going to|does not) (?:even )?miss (?:me|one (?:more|less) (?:\\w+ )?(?:person|mouth|patient)|another (?:\\w+ )?person)`, { negatable: false }),
  rule('cx-do-not-care-about-me', 'suicide', 'crisis', `(?:do not|no longer|stopped|could not) car(?:e|ing) (?:what happens to me|whether i live|if i live|if i die|about living|if i wake up|whether i wake up)`, { negatable: false }),
  rule('cx-cannot-imagine-here', 'suicide', 'crisis', `(?:cannot|can not|do not|could not) (?:see|imagine|picture) (?:myself )?(?:still )?(?:being )?(?:here|around|alive) (?:in|by|next|at|for) (?:a|one|two|five|\\d+|next|the|christmas|my)`, { negatable: false }),
  rule('cx-hope-it-gets-me', 'suicide', 'crisis', `(?:hope|hoping|wish|pray|praying) (?:that )?(?:\\w+ ){0,5}(?:gets|get) me(?=$| (?:\\.|!|,|this time|already|soon|for good|in the end))`),
  rule('cx-guts-to-end', 'suicide', 'crisis', `(?:guts|courage|nerve|balls|bottle) to (?:end it|do it|go through with it|kill myself|end my life|jump|end things)`),
  rule('cx-all-i-think-about', 'suicide', 'crisis', `(?:all i (?:can )?think about is|i can only think about|i only think about|cannot stop thinking about|keep thinking about|obsessed with) (?:dying|death|being dead|ending it|killing myself|not being here|not existing|my funeral)`),
  rule('cx-convince-to-stay', 'suicide', 'crisis', `(?:convince|convincing|persuade|persuading|talk|talking) myself (?:to|into|out of) (?:stay|staying|keep going|keep living|live|living|not doing it|stay alive|hold on|doing it|ending it)`),
  rule('cx-researching-ways-out', 'suicide', 'crisis', `(?:researching|looking up|googling|reading about|looking into|searching) (?:\\w+ ){0,3}(?:ways? out|exits?|ways to go|how to go|peaceful ways|painless ways|final exit)`),
  rule('cx-one-way-trip', 'suicide', 'crisis', `one way (?:trip|ticket|drive|walk|journey) (?:off|to|over|into) (?:the |a )?(?:cliffs?|bridge|edge|tracks|sea|river|roof)`),
  rule('cx-no-fight-left', 'suicide', 'crisis', `no (?:fight|strength|will|energy) left(?: in me)?(?=$| (?:\\.|!|,|at all|anymore))`),
  rule('cx-surviving-sick-of-it', 'suicide', 'crisis', `(?:just |only )?(?:surviving|existing) (?:\\w+ ){0,3}(?:and|but) (?:i am )?(?:sick|tired|done) (?:of|with) it|(?:not|no longer) (?:really )?living(?: ,)? (?:i am )?(?:just |only )?(?:surviving|existing)(?=$| (?:\\.|!|,|and))`),
  rule('cx-bequest', 'suicide', 'weak', `(?:sorted|sorting|decided|deciding|worked out|figured out|arranged|arranging|planned|written down|wrote down) (?:out )?who (?:gets|will get|takes|will take|looks after|will look after|will have|inherits|gets to keep)`),
  rule('cx-illness-take-me', 'suicide', 'crisis', `(?:hope|hoping|wish|wishing|pray|praying|would not mind if) (?:that )?${gap(5)}(?:takes|take|kills|kill|finishes|finish) me(?: off| out)?(?=$| (?:\\.|!|,|already|soon|for good|this time|in my sleep))`, { negatable: false }),
];

/** English constructs for self-harm. */
const SELF_HARM: readonly CrisisRule[] = [
  rule('cx-harm-urge-now', 'self-harm', 'crisis', `(?:about to|going to|want to|need to|urge to|urges to|tempted to|trying not to|itching to|close to) (?:\\w+ )?(?:cut|burn myself|scratch myself|hurt myself|harm myself|self harm|bleed)(?! (?:back|down|out|up|off|my hair|the|it|him|her|them|some|corners|carbs))`, { accidentSensitive: true }),
  rule('cx-harm-until', 'self-harm', 'crisis', `(?:scratched|scratching|scratch|picked|picking|hit|hitting|cut|cutting|burned|burning|bit|biting|punched|punching|pulled|pulling) (?:at )?(?:my|myself) (?:\\w+ )?(?:until|till|til) (?:it|they|i) (?:bled|bleed|bleeds|was bleeding|were bleeding|bruised|blistered|broke|went numb|could not feel|felt something)`, { accidentSensitive: true, historySensitive: true }),
  rule('cx-feel-something', 'self-harm', 'weak', `(?:needed|need|just wanted|wanted|want) to feel (?:something|anything) (?:else|other than|real|instead|but this)`),
  rule('cx-deliberate-omission', 'self-harm', 'crisis', `(?:on purpose|deliberately|purposely|intentionally) (?:\\w+ ){0,3}(?:did not take|not take|skipped|skip|stopped|missed|withheld|withhold|held back) (?:\\w+ ){0,2}(?:${DRUG}|injections?|shots?)|(?:did not take|not taking|skipped|stopped|missed|withheld) (?:\\w+ ){0,2}(?:${DRUG}|injections?) (?:\\w+ ){0,2}(?:on purpose|deliberately|purposely|intentionally|so (?:that )?i (?:would|could|will|might) (?:end up|get|go|be) (?:in )?(?:hospital|sick|ill|dka|worse))`),
  rule('cx-fist-into-wall', 'self-harm', 'weak', `(?:slam|slamming|slammed|punch|punching|punched|hit|hitting|smash|smashing|smashed|bang|banging|banged) my (?:fist|fists|hand|hands|arm|arms|knuckles|leg|legs|wrist|wrists) (?:into|against|on) (?:the |a )?(?:wall|door|floor|desk|table|mirror)`),
  rule('cx-pain-on-purpose', 'self-harm', 'sign', `so (?:that )?(?:it|i) (?:hurts?|bleeds?|feel (?:it|something|pain)|can feel)|hurts? more than (?:my|the)|because i deserve(?: it)?|to punish myself`),
  rule('cx-until-it-bled', 'self-harm', 'crisis', `(?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|face|scalp|hands?|myself) (?:\\w+ ){0,5}(?:until|till|til) (?:it|they|i) (?:bled|bleed|bleeds|was bleeding|were bleeding|started bleeding|bruised|blistered)`, { accidentSensitive: true, historySensitive: true }),
  rule('cx-relapsed-cut', 'self-harm', 'crisis', `(?:relapsed|slipped|slipped up|messed up|broke my streak)(?: ,)? (?:and )?(?:i )?(?:cut|burned|burnt|hurt myself|self harmed|scratched)|\\bcut (?:for the first time in|again after|after (?:\\w+ ){0,3}clean)`),
  rule('cx-self-harmed', 'self-harm', 'crisis', `self harmed(?=$| (?:\\.|!|,|again|tonight|today|last night|this week))|relapsed (?:on|with|into) self harm`),
];

/** English constructs for overdose, emergencies and stopping treatment. */
const MEDICAL: readonly CrisisRule[] = [
  rule('cx-overdid-drug', 'overdose', 'crisis', `(?:overdid|overdone|overdoing|over did) (?:it )?(?:with |on )?(?:the |my )?(?:\\w+ )?(?:${DRUG})|(?:took|taken|had|used|injected) (?:way )?too much (?:of )?(?:the |my )?(?:\\w+ )?(?:${DRUG})`, { historySensitive: true }),
  rule('cx-overdosed-start', 'overdose', 'crisis', `^(?:just |i )?overdosed(?=$| (?:\\.|!|,|on|again|tonight))`),
  rule('cx-allergic-now', 'medical-emergency', 'crisis', `(?:having|have|in|going into|is having|am having) (?:an? )?(?:really |very |severe |serious |bad |massive |huge |awful |scary )*(?:allergic reaction|anaphyla\\w*)`, { presentOnly: true }),
  rule('cx-injected-all', 'overdose', 'crisis', `(?:injected|injecting|shot|pumped|bolused|dosed) (?:myself with )?(?:all|the whole|an entire|a whole|way too much|too much|double|triple|\\d{2,} units)(?: of)? (?:the |my )?(?:\\w+ )?(?:insulin|pen|cartridge|vial|syringe|units|reservoir)`, { historySensitive: true }),
  rule('cx-swallowed-the-lot', 'overdose', 'crisis', `(?:swallowed|downed|necked|ate) (?:the lot|the whole lot|everything|all of it|all of them|the rest of (?:them|it|my \\w+))(?=$| (?:\\.|!|,|of|in))|(?:took|taken) (?:the lot|the whole lot)(?=$| (?:\\.|!|,|of))`, { historySensitive: true }),
  rule('cx-clutching-chest', 'medical-emergency', 'weak', `(?:clutching|clutched|grabbing|grabbed|holding|gripping|clasping) (?:at )?(?:his|her|my|their) (?:chest|left arm|heart|throat)`, { presentOnly: true }),
  rule('cx-meter-lo', 'medical-emergency', 'crisis', `(?:meter|sugar|sugars|bg|glucose|reading|cgm|libre|dexcom|monitor)\\w* (?:\\w+ )?(?:says|reads|reading|showing|shows|is|at) lo\\b`, { presentOnly: true }),
  rule('cx-colour-change', 'medical-emergency', 'sign', `(?<!hair )(?<!beard )(?:went|gone|turned|going|turning|is|looks|looking) (?:\\w+ )?(?:grey|gray|ashen|white as a sheet|deathly pale|blue)(?! (?:hair|haired|streak))`, { presentOnly: true }),
  rule('cx-heart-rate', 'medical-emergency', 'weak', `(?:heart|pulse|heart rate|hr|bpm) (?:is |rate is |has been )?(?:doing|at|is|of|over|hitting|racing at|going|reading) (?:over |about |like )?(?:1[6-9]\\d|2\\d\\d)\\b`, { presentOnly: true }),
  rule('cx-about-to-faint', 'medical-emergency', 'sign', `(?:going to|about to|might|feel like i (?:will|am going to)) (?:pass out|faint|black out|collapse)`, { presentOnly: true }),
  rule('cx-head-injury-later', 'medical-emergency', 'crisis', `(?:hit|banged|bumped|smacked) (?:my|his|her|their) head [\\w, ]{0,60}(?:blood thinners?|warfarin|eliquis|xarelto|apixaban|rivaroxaban|anticoagulants?|vomit\\w*|throwing up|confused|drowsy|sleepy|unconscious|passed out|seizure|will not wake|not making sense)`, { presentOnly: true }),
  rule('cx-not-waking-properly', 'medical-emergency', 'crisis', `(?:not|will not|cannot|can not|barely) (?:waking|wake|rousing|responding|staying awake)(?: up)? (?:properly|fully|at all|right)`, { presentOnly: true, also: 'overdose' }),
  rule('cx-alcohol-and-pills', 'overdose', 'weak', `(?:vodka|wine|whisky|whiskey|booze|alcohol|drunk|bottle of (?:vodka|wine|gin|whisky|rum))(?: [\\w,]+){0,8} (?:${DRUG})|(?:${DRUG})(?: [\\w,]+){0,8} (?:vodka|wine|whisky|whiskey|booze|alcohol|gin|rum)`),
  rule('cx-blood-after', 'medical-emergency', 'crisis', `(?:vomit|vomiting|throwing up|puking|being sick)\\w*(?: [\\w,]+){0,6} (?:blood|bloody|coffee grounds)`, { presentOnly: true }),
  rule('cx-burst', 'medical-emergency', 'crisis', `(?:appendix|bowel|spleen|aneurysm|ectopic|cyst|ulcer) (?:has |just |might have |may have )?(?:burst|ruptured|exploded|perforated)`, { presentOnly: true }),
  rule('cx-burning-up', 'medical-emergency', 'sign', `burning up|(?:high|raging) (?:fever|temperature)|(?:pain|it) is (?:unreal|insane|unbearable)`, { presentOnly: true }),
  rule('cx-gasping', 'medical-emergency', 'weak', `(?:is |am |keeps |started |he is |she is )gasping(?! for (?:a (?:drink|coffee|cigarette)))|(?:cannot|can not|could not) (?:speak|talk)(?=$| (?:\\.|!|,|at all|anymore|properly))|(?:weird|strange|rattling|gurgling) (?:noise|sound|breathing)`, { presentOnly: true }),
  rule('cx-sugar-will-not-rise', 'medical-emergency', 'crisis', `(?:cannot|can not|could not|will not) (?:get|bring) (?:my |her |his |their |it |the )?(?:sugar|sugars|bg|levels?|blood sugar|glucose|it) (?:up|above|over|higher)`, { presentOnly: true }),
  rule('cx-blue-mouth', 'medical-emergency', 'crisis', `blue (?:around|round) (?:the|his|her|my|their) (?:mouth|lips)|(?:lips|mouth|face|skin) (?:is |are |has gone |have gone |went |look |looks |turning )?(?:blue|purple)(?! (?:lipstick|paint|dye|from the (?:cold|ice)))`, { presentOnly: true }),
  rule('cx-bleeding-from-ear', 'medical-emergency', 'crisis', `bleeding from (?:his|her|my|the|their) (?:ear|ears|eye|eyes)|(?:clear fluid|blood) (?:coming )?(?:out of|from) (?:his|her|my|their) (?:ear|nose and ear)`, { presentOnly: true }),
  rule('cx-chest-duration', 'medical-emergency', 'crisis', `chest (?:\\w+ ){0,3}(?:crushing|squeezing|heavy|pressure|tight|hurting|pain)(?: \\w+){0,3} (?:for|over) (?:\\d+|twenty|thirty|ten|fifteen|half an|an) (?:min|mins|minutes|hours?)|chest (?:\\w+ ){0,3}(?:crushing|squeezing|heavy|pressure|tight|pain)(?: [\\w,]+){0,6} (?:sweating|sweaty|clammy|left arm|jaw|nauseous|being sick)`, { presentOnly: true }),
  rule('cx-seizure-cluster', 'medical-emergency', 'crisis', `(?:\\d+|two|three|four|five|several|multiple) (?:seizures|fits|convulsions) (?:in a row|back to back|in an hour|in (?:\\d+|ten|twenty|thirty) minutes|since (?:this morning|lunch|an hour ago))`, { presentOnly: true }),
  rule('cx-fever-risk', 'medical-emergency', 'sign', `shivering|rigou?rs|uncontrollable shaking|(?:on|taking|having|started) (?:chemo|methotrexate|biologics?|immunosuppressants?|steroids|prednisone|humira|a biologic)|fever|temperature`, { presentOnly: true }),
  rule('cx-meningism', 'medical-emergency', 'weak', `stiff neck|neck (?:is |feels )?(?:so |really |very )?stiff`, { presentOnly: true }),
  rule('cx-photophobia', 'medical-emergency', 'sign', `(?:light|brightness|the lights?) (?:hurts|is hurting|hurt) (?:my|his|her) eyes|cannot (?:stand|bear|look at) (?:the )?light`, { presentOnly: true }),
  rule('cx-floppy', 'medical-emergency', 'crisis', `(?:is|seems|gone|went|looks|really|very|so) (?:really |very |so |all )?(?:floppy|limp)(?! (?:hair|ears|lettuce|biscuits?))`, { presentOnly: true }),
  rule('cx-pump-off', 'medical-emergency', 'weak', `(?:pump|cannula|pod|site) (?:\\w+ ){0,2}(?:fell off|came off|came out|fell out|disconnected|failed|stopped working|not working|blocked|occluded)`, { presentOnly: true }),
  rule('cx-times-my-dose', 'overdose', 'crisis', `(?:took|taken|had|injected|swallowed|gave (?:him|her|them|myself)) (?:\\w+ ){0,2}(?:\\d+|two|three|four|five|six|ten) times (?:my|the|the normal|my normal|my usual|his|her|their) (?:\\w+ )?(?:dose|amount|prescription)`, { historySensitive: true }),
  rule('cx-more-than-should', 'overdose', 'crisis', `(?:way |much |a lot |far )?more (?:of )?(?:my |the )?(?:\\w+ )?(?:${DRUG}) than (?:i |he |she |they )?(?:should|was meant to|am meant to|is safe|prescribed)`, { historySensitive: true }),
  rule('cx-nodding-off', 'overdose', 'sign', `nodding off|cannot stay awake|pinpoint pupils|lips (?:are )?going blue`),
  rule('cx-cleaning-stuff', 'overdose', 'crisis', `(?:drank|drink|drinking|swallowed|ate|took|had) (?:some |a bit |a lot |a cup |a glass )?(?:of )?(?:the )?(?:cleaning (?:stuff|products?|liquid|fluid|spray)|stuff under the sink|chemicals|dishwasher stuff|washing up liquid|mouthwash bottle|weedkiller|bug spray)`, { historySensitive: true }),
  rule('cx-purple-rash', 'medical-emergency', 'crisis', `purple (?:rash|spots|blotches|dots)|purpura|petechia\\w*`, { presentOnly: true }),
  rule('cx-sedated', 'overdose', 'sign', `(?:can barely|cannot|can not|struggling to|hard to) (?:keep|stay) (?:my eyes open|awake)|(?:breathing|breath) (?:is )?(?:really |so |very )?(?:slow|shallow)|(?:so |really |very )?(?:drowsy|sleepy|out of it)`),
  rule('cx-non-blanching', 'medical-emergency', 'crisis', `rash (?:that |which )?(?:does not|do not|will not|did not|is not|not) (?:fade|go away|blanch)|non blanching|rash (?:\\w+ ){0,3}under (?:a|the) glass`, { presentOnly: true }),
  rule('cx-blood-in', 'medical-emergency', 'weak', `(?:blood|bleeding) (?:in|from) (?:my |his |her |the )?(?:poo|poop|stool|stools|vomit|sick|pee|urine|wee|bum|rectum)|(?:black|tarry) (?:poo|poop|stool|stools)|(?:loads|lots|a lot|tons) of (?:it|blood)`, { presentOnly: true }),
  rule('cx-acute-abdomen', 'medical-emergency', 'weak', `(?:stomach|belly|abdomen|tummy) (?:is |feels |has gone |went )?(?:rigid|hard as a (?:board|rock)|board like|distended and)|(?:fever|temp\\w*) (?:of |is |at |of over |over )?(?:39\\.[5-9]|4[0-2](?:\\.\\d)?|10[3-9])`, { presentOnly: true }),
  rule('cx-sudden-neuro', 'medical-emergency', 'weak', `(?:suddenly |sudden )?(?:cannot|can not|could not) (?:feel|move) (?:my |his |her |both )?(?:legs|feet|arms|hands)|(?:cannot|can not|could not) (?:pee|wee|urinate|pass urine)|(?:lost|losing) control of (?:my |his |her )?(?:bladder|bowels)`, { presentOnly: true }),
  rule('cx-sudden', 'medical-emergency', 'sign', `suddenly|out of nowhere|all of a sudden|came on (?:fast|quickly|in seconds)|(?:pain|it) is (?:unbearable|excruciating|the worst (?:ever|i have had))`, { presentOnly: true }),
  rule('cx-head-injury-anticoag', 'medical-emergency', 'crisis', `(?:blood thinners?|warfarin|eliquis|xarelto|apixaban|rivaroxaban|anticoagulants?|clopidogrel|plavix) ${gap(6)}(?:hit|banged|bumped|smacked|fell on) (?:my|his|her|their) head|(?:hit|banged|bumped|smacked) (?:my|his|her|their) head ${gap(7)}(?:vomit\\w*|throwing up|confused|drowsy|sleepy|unconscious|passed out|seizure|will not wake)`, { presentOnly: true }),
  rule('cx-pull-out-line', 'stopping-treatment', 'crisis', `(?:pull|pulling|pulled|rip|ripping|ripped|take|taking|took) (?:out )?(?:my |the )?(?:feeding tube|peg|picc line|picc|iv|iv line|drip|central line|dialysis line|dialysis catheter|trach|tracheostomy|catheter|fistula needles?|lvad|oxygen|ventilator)(?: out)?(?! (?:to (?:clean|change|flush)|for (?:cleaning|a (?:shower|bath))))`, { clinicianSensitive: true }),
  rule('cx-until-organ-fails', 'stopping-treatment', 'crisis', `until (?:the |my |this )?(?:kidney|kidneys|heart|liver|lungs?|transplant|graft|body|new kidney|new liver) (?:fails|gives out|gives up|stops|rejects|packs in|dies|quits)`, { negatable: false }),
];

/** Harm to others and abuse. */
const OTHERS: readonly CrisisRule[] = [
  rule('cx-thought-of-harming', 'harm-to-others', 'crisis', `(?:thought|have thought|been thinking|keep thinking|considered|considering|fantasi[sz]ed|fantasi[sz]e|imagined|picture|pictured|planned|planning) (?:about |of )?${HARM_ING} ${OTHER}`),
  rule('cx-poison-food', 'harm-to-others', 'crisis', `(?:put|putting|slip|slipping|add|adding|mix|mixing|crush|crushing) (?:something|poison|rat poison|antifreeze|bleach|pills|\\w+ pills|his pills|her pills|my pills|enough \\w+) (?:in|into) (?:his|her|their|my \\w+ ?s?) (?:food|drink|coffee|tea|dinner|meal|water|soup|juice)`),
  rule('cx-so-they-never-wake', 'harm-to-others', 'crisis', `so (?:he|she|they|it) (?:never|does not|will not|would not|do not|cannot) (?:wakes?|waking) up`, { negatable: false }),
  rule('cx-know-where-lives', 'harm-to-others', 'weak', `i know where (?:he|she|they) (?:lives?|works?|sleeps?|parks)`),
  rule('cx-make-pay', 'harm-to-others', 'weak', `(?:make|making) ${OTHER} (?:all )?(?:pay|suffer|bleed|regret)`),
  rule('cx-abuse-ongoing', 'abuse', 'crisis', `(?:he|she|they|my (?:\\w+ )?(?:husband|hubby|wife|partner|boyfriend|bf|girlfriend|gf|ex|dad|father|stepdad|mom|mum|mother|stepmom|carer|caregiver|brother|sister|son|daughter|uncle|roommate|flatmate|landlord)) (?:\\w+ ){0,2}(?:keeps |kept |has been |have been |is |are |was |started |starts |always |still )(?:hitting|beating|punching|slapping|kicking|choking|strangling|shoving|pushing|raping|attacking|threatening|hurting|burning|biting) me(?! (?:feelings|in (?:cards|games|chess)))`, { historySensitive: true }),
  rule('cx-violence-to-family', 'abuse', 'crisis', `(?:he|she|they|my (?:\\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father|stepdad|step dad|mom|mum|mother|stepmom|brother|sister|son|uncle)) (?:\\w+ )?(?:hits|beats|punches|chokes|attacks|hurts|strangles|kicks|is hitting|is beating|is hurting) (?:my (?:mum|mom|mother|sister|brother|kids|children|son|daughter|baby|dad|nan|grandma)|the (?:kids|baby)|us)`, { historySensitive: true }),
  rule('cx-coming-for-me', 'abuse', 'weak', `(?:he|she|they|my \\w+) (?:is|are) (?:coming|going to come) (?:for|after) (?:me|us)`),
  rule('cx-armed-nearby', 'abuse', 'crisis', `(?:he|she|they|someone|somebody|my \\w+) (?:is|are) (?:outside|here|at the door|in the house|downstairs|upstairs|coming|in the hall|in the kitchen) (?:\\w+ ){0,3}with (?:a|the|his|her|their) (?:knife|gun|bat|hammer|axe|weapon|machete)`),
  rule('cx-kill-relative', 'harm-to-others', 'crisis', `(?:going to|want to|will|gonna|plan to|about to|i am going to|i could) (?:kill|stab|shoot|murder|strangle|poison|smother) (?:my )?(?:step ?father|step ?mother|step ?dad|step ?mum|step ?mom|father in law|mother in law|sister in law|brother in law|neighbou?rs?|cousin|uncle|aunt|boss|co ?worker|colleague|carer|ex|landlord|housemate|grandad|grandpa|grandma|nan)(?=$| (?:\\.|!|,|he|she|they|tonight|when|for|because|i))`),
  rule('cx-use-weapon-on', 'harm-to-others', 'crisis', `(?:knife|gun|bat|hammer|axe|weapon|blade|machete)(?: [\\w,]+){0,8} use (?:it|them) on (?:him|her|them|my \\w+|someone|somebody|people|everyone)`),
  rule('cx-threat-finish-me', 'abuse', 'crisis', `(?:he|she|they|my \\w+) (?:said|says|swore|threatened|told me|keeps saying)(?: that)? (?:he|she|they) (?:would|will|is going to|are going to) (?:finish|end|kill|do|off|bury) me(?: off| in)?(?=$| (?:\\.|!|,|this time|next time|if|when|tonight))`),
  rule('cx-rampage', 'abuse', 'weak', `(?:he|she|they|my \\w+) (?:is|are|was|keeps|started) (?:smashing|breaking|throwing|kicking|punching) (?:things|stuff|plates|everything|the (?:door|walls?|furniture|tv))`),
];

/** Spanish constructs. */
const SPANISH: readonly CrisisRule[] = [
  rule('cx-es-sin-sentido', 'suicide', 'crisis', 'no (?:le )?(?:veo|encuentro|tiene|tengo) (?:ningun )?sentido (?:a |en )?(?:nada|mi vida|la vida|vivir|seguir|esto|existir)|nada tiene sentido(?: ya)?(?=$| (?:\\.|!|,))'),
  rule('cx-es-dormir-no-despertar', 'suicide', 'crisis', 'dormir(?:me)? y no (?:volver a )?despertar(?:me)?|dormirme para siempre'),
  rule('cx-es-mejor-si-no', 'suicide', 'crisis', 'mejor (?:si|cuando|sin que) (?:yo )?(?:ya )?(?:no estuviera|no existiera|me muriera|desapareciera|no estoy|no este|no exista)', { negatable: false }),
  rule('cx-es-tomo-todas', 'suicide', 'crisis', `(?:me )?(?:tomo|trago|voy a tomar|voy a tragar|tomare|me voy a tomar|me las tomo) (?:todas|todos|el frasco|la caja|un monton|todo el frasco)`, { also: 'overdose' }),
  rule('cx-es-cortes', 'self-harm', 'crisis', 'me (?:hice|hago|he hecho|estoy haciendo|volvi a hacer) (?:\\w+ )?(?:cortes|heridas|quemaduras|dano)', { accidentSensitive: true, historySensitive: true }),
  rule('cx-es-garganta', 'medical-emergency', 'crisis', 'se me (?:hincho|esta hinchando|hinchan?|cerro|esta cerrando) (?:la |el |los )?(?:garganta|lengua|cara|labios)|no puedo tragar', { presentOnly: true }),
  rule('cx-es-para-que-sigo', 'suicide', 'crisis', 'para que (?:sigo|seguir|estoy|vivo|existo|sigo aqui)(?: viv[ao]| aqui| en este mundo| existiendo)?(?=$| (?:\\.|!|\\?|,))'),
  rule('cx-es-mejor-sin', 'suicide', 'crisis', '(?:estarian|estaria|vivirian|serian|seria|estan|estarán) mejor sin (?:mi|una \\w+ (?:enferma|enfermo|como yo)|un \\w+ (?:enfermo|como yo)|alguien como yo)', { negatable: false }),
  rule('cx-es-irme-para-siempre', 'suicide', 'crisis', '(?:me quiero|me voy a|quisiera|quiero) ir(?:me)? (?:lejos )?para siempre'),
  rule('cx-es-tirarme-del', 'suicide', 'crisis', '(?:tirarme|aventarme|lanzarme|me voy a tirar|me tiro) (?:del|de la|desde el|desde la|por la|por el|al) (?:puente|edificio|balcon|ventana|azotea|tren|vias|techo|metro|rio)'),
  rule('cx-es-sin-salida', 'suicide', 'crisis', 'no (?:le )?(?:veo|encuentro|hay|tengo) (?:ninguna )?salida(?! (?:al|del|de la|para el))', { negatable: false }),
  rule('cx-es-no-voy-a-estar', 'suicide', 'crisis', '(?:manana|pronto|el lunes|esta noche|la semana que viene|para navidad) (?:ya )?no (?:voy a estar|estare)(?=$| (?:\\.|!|,|aqui|mas|con ustedes))', { negatable: false }),
  rule('cx-es-todo-listo', 'suicide', 'weak', '(?:ya )?(?:prepare|tengo|deje|organice) todo(?: listo| preparado| arreglado| organizado)?(?=$| (?:\\.|!|,))'),
  rule('cx-es-adios-todos', 'suicide', 'weak', 'adios a todos(?! (?:,|\\.)? ?(?:hasta|me voy a (?:dormir|la cama|descansar)|buenas noches|nos vemos|que descansen|a dormir))'),
  rule('cx-es-gracias-por-todo', 'suicide', 'sign', 'gracias por todo(?=$| (?:\\.|!|,|lo que))'),
  rule('cx-es-descansar-siempre', 'suicide', 'crisis', '(?:descansar|dormir|irme|desaparecer|estar en paz) para siempre'),
  rule('cx-es-no-luchar', 'suicide', 'weak', '(?:ya )?no quiero (?:luchar|seguir luchando|pelear)(?! con)'),
  rule('cx-es-sin-mi', 'suicide', 'crisis', 'sin mi (?:\\w+ )?(?:estarian|estaria|vivirian|serian|seria|estarán) (?:mas )?(?:tranquil\\w*|mejor|bien|felices|en paz)', { negatable: false }),
  rule('cx-es-para-cuando', 'suicide', 'weak', 'para cuando (?:ya )?no (?:aguante|pueda mas|pueda seguir|soporte)'),
  rule('cx-es-harta-de-vida', 'suicide', 'crisis', '(?:cansad[ao]|hart[ao]|agotad[ao]|fastidiad[ao]) de (?:esta|mi|la) vida|quiero que (?:todo )?(?:se )?(?:termine|acabe)(?=$| (?:\\.|!|,|ya|todo|de una vez))'),
  rule('cx-es-dejar-de-molestar', 'suicide', 'crisis', '(?:mejor )?me voy (?:y|para) dej(?:o|ar) de (?:molestar|ser una carga|estorbar|sufrir)|dejar de (?:ser una carga|estorbar) (?:para siempre|a todos)', { negatable: false }),
  rule('cx-es-alivio', 'suicide', 'crisis', '(?:seria|es|sera) (?:un )?(?:alivio|mejor|mas facil|un descanso) (?:no despertar|morir(?:me)?|no estar|desaparecer|no existir|irme)', { negatable: false }),
  rule('cx-es-me-da-igual', 'suicide', 'crisis', 'me da (?:igual|lo mismo) (?:si )?(?:me muero|vivir o morir|morir(?:me)?|si vivo o (?:si )?muero|despertar o no|no despertar)'),
  rule('cx-es-no-volver', 'suicide', 'crisis', '(?:desaparecer|irme|perderme) y no volver(?: nunca| jamas| mas)?'),
  rule('cx-es-cartas', 'suicide', 'crisis', '(?:escribi|escribiendo|deje|he escrito|ya tengo) (?:las |unas |mis )?(?:cartas?|notas?|mensajes?) (?:de despedida|para (?:mis|mi|todos|ustedes|cada))'),
  rule('cx-es-todas-guardadas', 'suicide', 'crisis', '(?:guarde|guardo|guardando|junte|junto|juntando|escondi|ahorre|acumule|acumulando) (?:todas|todos|muchas|muchos) (?:las |los |mis )?(?:pastillas|pildoras|medicinas|medicamentos|tabletas|insulina)'),
  rule('cx-es-quiero-aventar', 'suicide', 'crisis', '(?:me quiero|me voy a|quiero) (?:tirar|aventar|lanzar)(?:me)? (?:del|de la|desde el|desde la|por la|por el|al|de un|de una) (?:puente|edificio|balcon|ventana|azotea|tren|vias|techo|metro|rio|piso)'),
  rule('cx-es-stop-transplant', 'stopping-treatment', 'crisis', '(?:dejar de tomar|deje de tomar|dejo de tomar|voy a dejar|no voy a tomar|ya no tomo|dejare) (?:los |las |mis )?(?:inmunosupresores|antirechazo|medicamentos del trasplante|pastillas del corazon|anticonvulsivos|antirretrovirales)', { clinicianSensitive: true }),
  rule('cx-es-nadie-notaria', 'suicide', 'crisis', 'nadie (?:notaria|se daria cuenta|lo notaria|me echaria en falta)(?: si (?:desaparezco|me muero|me voy|no estoy|desapareciera|muriera))?', { negatable: false }),
  rule('cx-es-me-rindo', 'suicide', 'weak', 'me rindo(?=$| (?:\\.|!|,|ya|de todo|con todo|con la vida))', { negatable: false }),
  rule('cx-es-no-puedo-mas', 'suicide', 'weak', '(?:no puedo mas)(?=$| (?:\\.|!|,|ya|de todo|con todo|con la vida))', { negatable: false }),
  rule('cx-es-lo-hago', 'suicide', 'weak', '(?:esta noche|hoy|manana|ya|pronto|este fin de semana) (?:si )?lo (?:hago|hare|voy a hacer)|lo (?:hago|hare|voy a hacer) (?:esta noche|hoy|manana|ya|pronto|este fin)'),
  rule('cx-es-despedida', 'suicide', 'crisis', '(?:esta es|este es|aqui va|les dejo|les escribo|les mando) mi (?:despedida|ultimo mensaje|adios|ultima carta)|(?:mi|una) (?:despedida|ultima carta)(?=$| (?:\\.|!|,|para))', { negatable: false }),
  rule('cx-es-carga', 'suicide', 'weak', '(?:soy|me siento|me he vuelto|me converti en) (?:solo |una |un )?(?:\\w+ )?(?:carga|estorbo|molestia)'),
  rule('cx-es-carga-todos', 'suicide', 'crisis', '(?:soy|me siento|me he vuelto) (?:solo |una |un )?(?:gran )?(?:carga|estorbo|peso|molestia) (?:para|a) (?:todos|todo el mundo|mi familia|mis hijos|ellos)'),
  rule('cx-es-no-despertar', 'suicide', 'crisis', '(?:quiero|quisiera|ojala|espero|deseo) (?:ya )?no (?:despertar|despertarme|amanecer|existir|estar aqui)', { negatable: false }),
  rule('cx-es-ya-no-estar', 'suicide', 'crisis', '(?:cuando|si) (?:ya )?no (?:este|estuviera|exista|existiera)(?=$| (?:\\.|!|,|nadie|todos|mi|mis|se|van|ya))', { negatable: false }),
];

/** Every construct rule, in the order reasons are reported. */
export const CONSTRUCT_RULES: readonly CrisisRule[] = [...SUICIDE, ...SELF_HARM, ...MEDICAL, ...OTHERS, ...SPANISH];
