// Context cues that change what a matched rule means: negation ("I'd never hurt myself"), talk
// about the topic rather than the self (news, classes, a hotline question), the past ("used to",
// "turned out to be nothing"), accidents ("chopping onions") and the care team's decisions.
// All patterns run on normalized text (see normalize.ts).

/** One word-bounded regex from a list of alternatives. */
function wordAlternation(alternatives: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`);
}

/** A negator close before a match cancels it: "i would never", "i am not", "no thoughts of", "nunca". */
export const NEGATION = /\b(?:not|never|no|nor|without|nunca|jamas|tampoco|ni)\b/;

/** Phrases that contain a negator but do not negate what follows ("cannot stop thinking about"). */
export const NOT_A_NEGATION =
  /\b(?:cannot|could not|can not|do not|does not|not|no) (?:stop|help|even|just|sure|know|care)\b|\bnot (?:have|need) to\b|\bnot only\b|\bwhether or not\b|\bno matter\b|\bno longer\b|\bno more\b/g;

/** How many words before a match a negator may sit and still govern it. */
export const NEGATION_WINDOW_WORDS = 6;

/** Words after a negated match that undo the negation ("i am not going to kill myself yet"). */
export const NEGATION_UNDONE = /^(?:\S+ ){0,3}?(?:yet|today|tonight|but)\b/;

/** Talk about the topic, not the self: media, study, work, statistics, questions about others. */
export const TOPIC_CUES = wordAlternation([
  'if someone', 'someone (?:tells|says|said|told)', 'what (?:should|do) i do if', 'how (?:do|would) i know if', 'want to be prepared', 'just in case',
  'i read (?:that|about|somewhere)', 'people on', 'is that true', 'can cause', 'can give you',
  'news', 'article', 'documentary', 'book', 'novel', 'character', '(?:tv|the|a|that) show', 'series', 'episode', 'movie', 'film',
  'podcast', 'lyrics', 'song', 'poem', 'essay', 'paper', 'research\\w*', 'study', 'studies', 'statistics', 'stats',
  'suicide rates?', 'rates of', 'class', 'course', 'lecture', 'training', 'trained', 'exam', 'homework', 'assignment', 'hamlet', 'scene',
  'story', 'prevention', 'awareness', 'volunteer\\w*', 'hotline', 'helpline', 'how do i help', 'how can i help',
  'how to help', 'how do you know if', 'warning signs', 'signs of', 'is it true', 'what are the', 'asking for a',
  'first aid', 'i am a (?:nurse|doctor|paramedic|medic|counsel?lor|therapist)', 'patients?', 'er last night',
  'true crime', 'murder mystery', 'youtube', 'tiktok', 'reddit', 'in the paper', 'my friends?', 'a friend',
  'friend who', 'someone who', 'people who', 'a (?:man|woman|teen|girl|boy|guy) who', 'teenagers?',
  '(?:died|dies|death) by suicide', '(?:killed|took) (?:himself|herself|themselves|his own life|her own life|their own life)',
  'side effects?', 'leaflet', 'label', 'package insert', 'patient information', 'does anyone', 'anyone else', 'has anyone', 'is it normal', 'is it common', 'what do you do when',
  'documental', 'noticias?', 'articulo', 'libro', 'pelicula', 'serie', 'clase', 'curso', 'investigacion',
  'estadisticas', 'ensayo', 'cancion', 'personaje', 'capacitacion',
]);

/** A question about what to do should it happen: acute-event rules do not hold without urgency or a symptom now. */
export const HYPOTHETICAL_CUES = /\b(?:how (?:do|would|can) (?:i|you) (?:know|tell|spot) (?:if|when)|what (?:are|is) the (?:signs|symptoms)|signs of|in case|just in case|want to be prepared|to be prepared|what (?:should|do) i do if|what if)\b/;

/** Someone else's words reported ("if someone tells me they want to die"): not the user saying it. */
export const REPORTED_SPEECH = /\b(?:tells|told|says|said|texted|messaged|admitted|confided)(?: to)? (?:me |us |you )?(?:that )?(?:they|he|she|someone|somebody|my \w+)(?: \w+)? $/;

/** Someone else's question reported ("she asked if I was suicidal") is not the user saying it. */
export const REPORTED_QUESTION = /\b(?:asked|asks|ask|asking) (?:me )?(?:if|whether) (?:\w+ ){0,5}$/;

/** Words that say it is happening now; they outweigh topic cues ("does anyone know, I have chest pain right now"). */
export const URGENCY_CUES = /\b(?:right now|now|currently|at the moment|tonight|this (?:morning|evening|afternoon)|just now|what do i do|what should i do|help me|please help|someone help|ahora|ahorita|que hago|ayuda)\b/;

/** Past or resolved: acute-event rules are cancelled and acts are read as history. */
export const PAST_CUES = wordAlternation([
  '(?:had|have had|got|went into) (?:an? )?(?:\\w+ ){0,2}once', '(?:that|which) is why i am (?:so |always |really )?(?:careful|cautious)',
  'years? ago', 'months ago', 'last (?:year|month|summer|winter|spring|fall|autumn)', 'when i was (?:younger|a kid|a teen|a teenager|little|in|at)',
  'in (?:high school|college|university|uni|my teens|my twenties)', 'used to', 'back then', 'back in', 'in the past',
  'last week', 'it was (?:just )?(?:reflux|indigestion|heartburn|anxiety|a panic attack|muscular|wind|gas|nothing)', 'turned out', 'was nothing', 'were nothing', 'false alarm', '(?:years|months|days) clean', 'ended up in (?:hospital|the er)',
  'last time', 'the time i', 'passed away', 'died of', 'died from', '(?:he|she|they|grandpa|grandma) had (?:a )?(?:heart attack|stroke|seizure)',
  'er said', 'hospital said', 'doctors? said', 'hace (?:anos|meses)', 'el ano pasado', 'cuando era', 'solia', 'resulto ser',
]);

/** Long ago, for acts: "used to", "years ago", "in high school". A recent attempt ("last month") is not history. */
export const LONG_AGO_CUES = wordAlternation([
  'years? ago', 'when i was (?:first )?diagnosed', 'when i first got (?:sick|ill|diagnosed)', 'at the time', 'back when', 'used to (?:think|feel|believe|want|wish)', 'when i was (?:younger|young|a kid|a child|a teen|a teenager|little|in|at)', 'in (?:high school|college|university|uni|my teens|my twenties)',
  'used to', 'back then', 'back in', 'in the past', '(?:years|months) clean', 'hace anos', 'cuando era', 'solia',
]);

/** Habits rather than events ("I get short of breath on stairs"): acute-event rules only. */
export const HABITUAL_CUES =
  /\b(?:sometimes|usually|often|always|whenever|every time|when i think (?:about|of)|cuando (?:subo|camino|hago ejercicio|corro)|a veces|siempre que|when i (?:climb|walk|run|exercise|lie|stand)|on (?:the )?stairs|after (?:walking|exercise|a workout))\b/;

/** With a past cue, recovery words make history a thing of the past, not distress now. */
export const RECOVERY_CUES = /\b(?:(?:do not|no longer|never) (?:feel|think) (?:that way|like that)|(?:really |so )?helped|in a (?:good|better) place|glad i|hoy estoy bien|agradecid[ao]|proud|clean|recovered|recovery|far i have come|better now|doing (?:well|great|better|good)|survived|healed|thankfully|grateful)\b/;

/** Accidents explain an injury: cooking, the oven, the gym, a fall. */
export const ACCIDENT_CUES = /\b(?:accident|accidentally|by mistake|chopping|cooking|kitchen|oven|stove|pan|tray|iron|curling|straightener|shaving|slipped|tripped|fell|gym|lifting|workout|clumsy|paper cut|gardening|onions?|vegetables|bagel|avocado|glass broke|cocinando|cocina|sin querer|accidente|cuchillo|tropece|me cai|afeitando|plancha|horno)\b/;

/** The care team's involvement makes stopping a treatment a plan, not a crisis. */
export const CLINICIAN_CUES = /\b(?:(?:my|the|our|her|his) (?:doctors?|doc|dr|gp|endo|endocrinologist|nephrologist|rheumatologist|rheumy|neurologist|cardiologist|specialist|consultant|team|care team|nurse|pharmacist|oncologist|hepatologist|gastro|gi|prescriber|transplant team|dialysis team)|with (?:my|her|his|their) (?:doctors?|team)|we decided|hospice|palliative|switched (?:me|to)|(?:got|get|getting) (?:a|my) (?:pump|transplant)|taper\w*|mi (?:medico|medica|doctor|doctora|nefrologo|endocrinologo|reumatologo|equipo))\b/;

/**
 * Taking the usual dose, said with the words people use for it: "like I should", "as prescribed",
 * "on time", "my morning meds", "all my meds this morning". Only "all my/the" cancels with these;
 * "too many", "a handful", "the whole bottle" never do.
 */
export const AS_DIRECTED_CUES = wordAlternation([
  'like (?:i|we) (?:should(?! have)|am supposed to|was supposed to|am meant to|was meant to|was told|always do|do every day|normally do|usually do)',
  'as (?:prescribed|directed|instructed|usual|always|normal|i should|i am supposed to|i was told|the doctor said|my doctor said)', 'like always', 'like usual', 'like normal', 'like every (?:day|morning|night)', 'like clockwork',
  'on time', 'on schedule', 'every (?:day|morning|evening|night)', 'each (?:day|morning|night)', '(?:with|at|after|before) (?:breakfast|lunch|dinner|supper)',
  '(?:morning|evening|night|nighttime|bedtime|daily|usual|regular|normal|prescribed) (?:\\w+ )?(?:pills|meds|medications?|medicines?|tablets|capsules|doses?)',
  '(?:pills|meds|medications?|medicines?|tablets|capsules) (?:\\w+ )?this morning',
  'como (?:debo|debia|debe ser|siempre|me (?:dijeron|indicaron|recetaron|mandaron)|me dijo (?:el|la) (?:medic[oa]|doctor[a]?))', 'a su hora', 'a la hora', 'todos los dias', 'cada (?:dia|manana|noche)',
  '(?:pastillas|medicinas|medicamentos|pildoras) (?:\\w+ )?(?:de (?:la manana|la noche|hoy|siempre|cada dia)|de esta manana)', '(?:pastillas|medicinas|medicamentos) (?:\\w+ )?esta manana',
]);

/** The one quantity as-directed wording can explain: "all my/the …" (never "too many", "a handful", "the whole bottle"). */
export const ALL_OF_MINE = /\b(?:all (?:of )?(?:my|the)|todas (?:mis|las)|todos (?:mis|los))\b/;
export const NOT_USUAL_AMOUNT = /\b(?:too|way|handful|bottle|box|pack|packet|strip|whole|entire|double|twice|triple|extra|load|loads|ton|tons|bunch|frasco|bote|caja|demasiad[ao]s|monton|blister|entera|entero)\b/;
