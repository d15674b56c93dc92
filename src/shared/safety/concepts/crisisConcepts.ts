// The concepts a user message is read as, before any model sees it: what a sentence is about
// (death, living, a means, the body in danger, a treatment refused…) rather than which phrase it
// used. Each entry is a word or a short word sequence of normalised text (normalize.ts: lowercase,
// no accents, contractions spelled out); a trailing * matches any ending ("suicid*", "cort*").
// A single word also matches by its lemma ("dying" → "die"). English and Spanish side by side.
// Medicines and red-flag body words also come from the generated vocabularies (vocab/).
import { MEDICINE_TERMS } from '../vocab/medicines';
import { RED_FLAG_TERMS } from '../vocab/redFlags';

/** Concepts of the crisis reading. */
export const CRISIS_CONCEPTS = [
  'death', 'live', 'not-exist', 'kill', 'suicide', 'finality', 'means', 'quantity', 'ingest', 'medicine', 'now', 'plan', 'future', 'time-point',
  'wish', 'want', 'ready', 'illness', 'illness-wins', 'refuse-treatment', 'treatment', 'burden', 'farewell', 'bequest', 'hopeless',
  'tired', 'endure', 'self-harm', 'injury', 'red-flag', 'severity', 'blood', 'breath', 'conscious', 'heart', 'glucose', 'fever',
  'harm-other', 'weapon', 'abuse', 'fear', 'other-person', 'joke', 'topic', 'help', 'safe', 'past-time', 'accident', 'everyday',
  'figure', 'symptom', 'alone', 'worthless', 'escape', 'sleep', 'pain', 'distress', 'relief', 'better-off', 'nobody', 'miss', 'care-team',
] as const;
export type CrisisConcept = (typeof CRISIS_CONCEPTS)[number];

/** Words and sequences per concept. */
export const CRISIS_LEXICON: Readonly<Record<CrisisConcept, readonly string[]>> = {
  death: [
    'die', 'dying', 'died', 'dead', 'death', 'deaths', 'deceased', 'funeral', 'grave', 'coffin', 'casket', 'buried', 'bury', 'cemetery', 'rip', 'afterlife', 'heaven', 'perish',
    'pass away', 'six feet under', 'the end', 'final rest', 'eternal sleep', 'rest forever', 'at peace', 'lights out', 'check out', 'clock out', 'cease',
    'morir*', 'morimos', 'moria', 'moribund*', 'muert*', 'muero', 'fallec*', 'entierro', 'funeral', 'tumba', 'cementerio', 'descansar para siempre', 'dejar de existir', 'cielo',
    'morir', 'morirme', 'morirse', 'muriera', 'muera', 'muriendo', 'muerta', 'muerto', 'velorio', 'ataud', 'descansar en paz', 'irme al cielo', 'reunirme con',
  ],
  live: [
    'live', 'living', 'alive', 'life', 'lives', 'exist', 'existing', 'existence', 'be here', 'be around', 'stay', 'survive', 'wake up', 'keep going', 'go on', 'carry on', 'continue', 'breathing',
    'another day', 'another year', 'another birthday', 'tomorrow', 'future', 'next year', 'see it through', 'hold on', 'stick around', 'get through',
    'vivir', 'vida', 'viva', 'vivo', 'existir', 'seguir', 'despertar', 'aguantar', 'estar aqui', 'otro dia', 'futuro', 'manana',
    'viviendo', 'seguir viviendo', 'seguir aqui', 'despertarme', 'amanecer', 'otro ano', 'otra semana', 'cumpleanos', 'estar viva', 'estar vivo', 'levantarme',
  ],
  'not-exist': [
    'not be here', 'not here anymore', 'not be around', 'not wake up', 'never wake up', 'not exist', 'stop existing', 'not existing', 'disappear', 'vanish', 'fade away',
    'gone', 'no longer here', 'not around', 'not be alive', 'be gone', 'not come back', 'not coming back', 'not coming home', 'sleep forever', 'never come back', 'cease to exist',
    'wiped out', 'erase myself', 'no more me', 'without me', 'not to be', 'no mum', 'no dad', 'no mom',
    'desaparecer', 'no despertar', 'no existir', 'no estar', 'ya no estar', 'sin mi', 'no volver', 'borrarme', 'irme para siempre', 'dormir para siempre',
    'no amanecer', 'no despertarme', 'no estar aqui', 'ya no estar aqui', 'desaparecer para siempre', 'no existir mas', 'dejar de estar', 'no verme mas', 'ya no me vean',
    'no estuviera', 'ya no estuviera', 'no estuviese', 'was not here', 'were not here', 'was not around', 'were not around',
  ],
  kill: [
    'kill', 'killing', 'killed', 'end it', 'end it all', 'end my life', 'end things', 'take my life', 'take my own life', 'off myself', 'do myself in', 'unalive', 'finish it', 'finish myself',
    'end this', 'end everything', 'be done with it', 'go through with it', 'do it', 'done with it all', 'hang', 'hanging', 'jump', 'jumping', 'drown', 'shoot', 'overdose', 'od',
    'matar*', 'quitarme la vida', 'acabar con todo', 'acabar con mi vida', 'terminar con todo', 'colgarme', 'tirarme', 'aventarme', 'lanzarme', 'hacerlo',
    'matarme', 'me mato', 'quitarme la vida', 'acabar con esto', 'terminar con esto', 'ponerle fin', 'hacerlo de una vez', 'tirarme del', 'aventarme del', 'ahorcarme', 'cortarme las venas', 'envenenarme',
  ],
  suicide: ['suicide', 'suicidal', 'suicid*', 'self delete', 'sewer slide', 'kms', 'ctb', 'unalive', 'suicidio', 'suicida', 'suicidarme'],
  finality: [
    'forever', 'for good', 'anymore', 'any longer', 'no more', 'never again', 'my last', 'last day', 'last goodbye', 'last words', 'last chance', 'final', 'finally', 'one way', 'one-way', 'permanent', 'permanently', 'over', 'done', 'enough',
    'for ever', 'once and for all', 'the last time', 'last time', 'no way back', 'point of no return', 'all over', 'it is over', 'its over', 'that is it', 'this is it', 'the end',
    'para siempre', 'nunca mas', 'ya no', 'ultima', 'ultimo', 'final', 'se acabo', 'ya basta', 'definitivamente', 'de una vez',
  ],
  means: [
    'pills', 'pill', 'tablets', 'bottle', 'stash', 'stockpile', 'rope', 'noose', 'belt', 'cord', 'gun', 'guns', 'firearm', 'pistol', 'rifle', 'bullet', 'knife', 'knives', 'razor', 'blade', 'blades',
    'bridge', 'train', 'tracks', 'cliff', 'roof', 'rooftop', 'ledge', 'balcony', 'building', 'highway', 'traffic', 'car', 'garage', 'engine running', 'exhaust', 'fumes', 'charcoal', 'gas', 'bleach',
    'antifreeze', 'poison', 'rat poison', 'plastic bag', 'bathtub', 'river', 'sea', 'lake', 'water', 'drawer', 'cabinet', 'needle', 'syringe', 'pen', 'insulin pen', 'lethal', 'fatal', 'dose',
    'pastillas', 'pastilla', 'cuerda', 'soga', 'pistola', 'arma', 'cuchillo', 'navaja', 'cuchilla', 'puente', 'tren', 'vias', 'azotea', 'techo', 'veneno', 'frasco', 'balcon', 'edificio', 'rio',
    'soga', 'cuerda', 'cinturon', 'pastillero', 'blister', 'jeringa', 'aguja', 'vias del tren', 'autopista', 'carretera', 'gas', 'carbon', 'cloro', 'lejia', 'raticida', 'ventana', 'piso',
  ],
  quantity: [
    'all', 'whole', 'entire', 'every', 'full', 'lot', 'lots', 'bunch', 'handful', 'box', 'boxes', 'pack', 'packs', 'packet', 'strip', 'strips', 'month', 'months', 'weeks', 'supply',
    'saved', 'saving', 'hoard', 'hoarded', 'collected', 'stockpiled', 'extra', 'double', 'triple', 'many', 'too many', 'too much', 'more than', 'bottle of', 'load', 'the rest', 'everything i had', 'the lot',
    'todas', 'todos', 'toda', 'todo', 'entera', 'entero', 'caja', 'cajas', 'frasco', 'muchas', 'montón', 'monton', 'guardado', 'guardadas', 'juntado', 'demasiadas',
    'todo el frasco', 'toda la caja', 'todas las pastillas', 'un puñado', 'un punado', 'varias cajas', 'meses de', 'de sobra', 'bastantes', 'suficientes', 'juntando', 'ahorrando',
  ],
  ingest: [
    'take', 'took', 'taken', 'taking', 'swallow', 'swallowed', 'ate', 'eaten', 'drank', 'drink', 'down', 'downed', 'inject', 'injected', 'shot up', 'popped', 'overdid', 'overdosed', 'chugged', 'necked',
    'tome', 'tomé', 'me tome', 'trague', 'me trague', 'me inyecte', 'inyecte', 'me bebi', 'bebi', 'tomarme', 'tragarme',
    'me tome', 'me las tome', 'me trague', 'me bebi', 'me inyecte', 'me puse', 'ingeri', 'tomarme todas', 'me meti',
  ],
  medicine: [...MEDICINE_TERMS],
  now: [
    'now', 'right now', 'tonight', 'today', 'at the moment', 'currently', 'this morning', 'this evening', 'this afternoon', 'just now', 'as we speak', 'as i type', 'already', 'minutes ago', 'an hour ago',
    'hours ago', 'still', 'keeps', 'keep', 'getting worse', 'happening', 'is happening', 'ahora', 'ahorita', 'esta noche', 'hoy', 'ya', 'en este momento', 'hace rato', 'hace una hora',
  ],
  plan: [
    'plan', 'planned', 'planning', 'decided', 'decision', 'made up my mind', 'mind is made up', 'about to', 'figured out', 'worked out', 'know how', 'know when',
    'picked', 'chosen', 'date', 'set a date', 'researched', 'research', 'looked up', 'googled', 'how many', 'how much would', 'enough to', 'practice', 'rehearsed', 'prepared', 'preparing', 'arranged',
    'plan', 'planeado', 'decidido', 'decidi', 'ya se como', 'busque', 'cuantas',
    'tengo un plan', 'ya lo planee', 'ya decidi', 'ya lo tengo decidido', 'ya se cuando', 'ya se donde', 'ya tengo todo', 'lo tengo pensado', 'el viernes', 'esta semana',
  ],
  // The plain future ("I will see you tomorrow", "voy a"): intent for the model to weigh, not a plan, and no risk on its own.
  future: ['will', 'going to', 'gonna', 'voy a', 'pienso', 'vamos a'],
  'time-point': ['tonight', 'tomorrow', 'friday', 'saturday', 'sunday', 'monday', 'weekend', 'this week', 'after', 'before', 'soon', 'when', 'midnight', 'morning', 'birthday', 'esta noche', 'manana', 'pronto', 'viernes', 'fin de semana'],
  wish: [
    'wish', 'hope', 'hoping', 'pray', 'praying', 'rather', 'would rather', 'wouldnt mind', 'would not mind', 'would be nice', 'would be easier', 'would be better', 'dream', 'long for', 'want', 'wanna',
    'if only', 'would love', 'cant wait', 'welcome', 'easier', 'relief', 'ojala', 'quisiera', 'desearia', 'deseo', 'quiero', 'seria mejor', 'seria un alivio', 'me gustaria',
    'ojala', 'quisiera', 'me gustaria', 'seria mas facil', 'seria mejor', 'pido a dios', 'le pido a dios', 'rezo', 'deseo',
  ],
  want: ['want', 'wanted', 'wanting', 'need', 'needs', 'urge', 'urges', 'craving', 'tempted', 'thinking about', 'thoughts of', 'think about', 'considering', 'quiero', 'queria', 'ganas', 'pensando en', 'tentada', 'tentado'],
  ready: ['ready', 'prepared', 'set', 'sorted', 'in place', 'lined up', 'laid out', 'counted', 'listo', 'lista', 'preparado', 'preparada'],
  illness: [
    'flare', 'infection', 'disease', 'illness', 'sickness', 'cancer', 'tumor', 'tumour', 'condition', 'body', 'kidneys', 'kidney', 'lungs', 'heart', 'liver', 'transplant', 'virus', 'hiv', 'lupus', 'crohns',
    'diabetes', 'ms', 'copd', 'sepsis', 'brote', 'infeccion', 'enfermedad', 'cuerpo', 'rinones', 'pulmones', 'trasplante', 'cancer', 'virus',
  ],
  'illness-wins': [
    'win', 'wins', 'winning', 'take me', 'takes me', 'get me', 'gets me', 'finish me', 'finishes me', 'claim me', 'have me', 'beat me', 'do its thing', 'run its course', 'take its course', 'let it',
    'let the', 'let nature', 'give in', 'stop fighting', 'lose the fight', 'fight is over', 'no fight left', 'let go', 'hurry up', 'speed it up', 'win this', 'take over',
    'gane', 'que me lleve', 'me lleve', 'dejar que', 'dejarla', 'dejarlo', 'rendirme', 'me rindo', 'dejar de luchar',
    'que gane', 'que se me lleve', 'que me lleve', 'dejar que avance', 'dejar que siga', 'que haga lo suyo', 'que termine conmigo', 'me gane', 'me venza',
  ],
  'refuse-treatment': [
    'stop taking', 'stopped taking', 'stop my', 'stopped my', 'quit my', 'quit taking', 'skip', 'skipping', 'skipped', 'refuse', 'refusing', 'refused', 'cancel', 'cancelled', 'canceled', 'not going to take',
    'not taking', 'not take', 'throw away', 'threw away', 'flush', 'flushed', 'switch off', 'switched off', 'turn off', 'turned off', 'unplug', 'unplugged', 'pull out', 'pulled out', 'take off', 'took off',
    // Not a bare "miss" ("I miss my mum") nor the Spanish "tiré" bare: its folded form "tire" is also the English lemma of "tiring".
    'leave it in the drawer', 'in a drawer', 'in the drawer', 'unused', 'untouched', 'not bother', 'stop going', 'stopped going', 'miss a dose', 'missed a dose', 'missing doses', 'no more', 'give up on', 'gave up on', 'rip out', 'not use',
    'dejar', 'deje', 'dejar de tomar', 'deje de tomar', 'no tomar', 'no voy a tomar', 'suspender', 'cancelar', 'tirar', 'tire las', 'tire la', 'tire los', 'tire el', 'tire mis', 'las tire', 'los tire', 'apagar', 'quitarme', 'no ir', 'no voy a ir', 'rechazar',
    'dejar la dialisis', 'no ir a la dialisis', 'faltar a la dialisis', 'deje la insulina', 'no me pongo la insulina', 'no ponerme la insulina', 'apagar el oxigeno', 'quitarme el oxigeno', 'dejar el tratamiento', 'abandonar el tratamiento', 'no tomar mis pastillas', 'guardar las pastillas', 'en el cajon', 'no voy a ir', 'cancelar las citas',
  ],
  treatment: [
    'dialysis', 'chemo', 'chemotherapy', 'radiation', 'oxygen', 'insulin', 'meds', 'medication', 'medications', 'medicine', 'treatment', 'treatments', 'transplant', 'infusion', 'infusions', 'pump', 'inhaler',
    'antiretrovirals', 'arvs', 'immunosuppressants', 'anti rejection', 'appointments', 'appointment', 'feeding tube', 'ventilator', 'cpap', 'tube', 'line', 'picc', 'catheter', 'drain', 'port',
    'dialisis', 'quimio', 'oxigeno', 'insulina', 'tratamiento', 'medicamentos', 'medicinas', 'pastillas', 'inmunosupresores', 'citas', 'bomba',
  ],
  burden: [
    'burden', 'burdens', 'weight on', 'dead weight', 'drain on', 'draining', 'nuisance', 'in the way', 'problem for', 'cost', 'costs', 'bills', 'expense', 'expensive', 'money', 'ruin', 'ruining', 'trouble',
    'holding them back', 'hold everyone back', 'pain in the', 'useless', 'waste of space', 'waste of', 'carga', 'estorbo', 'molestia', 'molestar', 'gastos', 'cuentas', 'peso',
    'una carga', 'un estorbo', 'una molestia', 'les cuesto', 'gasto', 'cuesto mucho', 'arruinarles', 'les arruino', 'sin mi estarian', 'estarian mejor',
  ],
  farewell: [
    'goodbye', 'bye', 'farewell', 'goodnight forever', 'last message', 'last post', 'final message', 'note', 'letter', 'letters', 'sorry for everything', 'thank you for everything', 'thanks for everything',
    'remember me', 'forgive me', 'love you all', 'take care of', 'look after', 'nice knowing', 'see you on the other side', 'this is goodbye', 'signing off', 'it was nice', 'good night everyone',
    'adios', 'despedirme', 'despedida', 'carta', 'cartas', 'gracias por todo', 'perdonenme', 'perdon por todo', 'cuiden a', 'cuida a', 'los quiero',
    'me despido', 'me despedi', 'despedirme de', 'ultima vez', 'ultimo mensaje', 'los voy a extranar', 'cuidense', 'cuiden a mis', 'perdonen', 'perdon por todo', 'les deje una carta', 'deje cartas',
  ],
  // Not a bare "will" (every "I will…" read as a bequest, a risk-bearing concept).
  bequest: ['give away', 'gave away', 'giving away', 'my will', 'a will', 'the will', 'passwords', 'insurance', 'policy', 'pets', 'my cat', 'my dog', 'my kids', 'belongings', 'affairs in order', 'sorted my', 'testamento', 'regalar', 'regale', 'mis cosas', 'seguro de vida'],
  hopeless: [
    'no point', 'pointless', 'hopeless', 'no hope', 'no way out', 'trapped', 'no future', 'nothing left', 'nothing to live for', 'no reason', 'no reasons', 'why bother', 'what is the point', 'whats the point',
    'give up', 'giving up', 'gave up', 'cannot do this', 'cannot go on', 'cannot keep', 'cannot take', 'cannot anymore', 'cannot cope',
    // "cannot" is also read as two words; only the hopeless phrases count, never a bare "can not" ("I can and cannot eat").
    'can not do this', 'can not go on', 'can not keep', 'can not take', 'can not anymore', 'can not cope', 'never get better', 'will not get better', 'no light',
    'worse every day', 'nothing will change', 'no way', 'lost cause', 'doomed', 'empty', 'numb', 'meaningless',
    'no tiene sentido', 'sin sentido', 'sin esperanza', 'no puedo mas', 'no vale la pena', 'para que', 'nada que', 'no hay salida', 'rendirme', 'no aguanto', 'ya no puedo',
    'no aguanto mas', 'ya no aguanto', 'no puedo seguir', 'para que seguir', 'no tiene caso', 'no hay esperanza', 'nada va a cambiar', 'nunca voy a mejorar', 'estoy harta de vivir', 'estoy harto de vivir', 'cansada de vivir', 'cansado de vivir', 'me rendi',
  ],
  tired: ['tired', 'exhausted', 'sick of', 'fed up', 'worn out', 'done with', 'so done', 'had enough', 'cannot be bothered', 'over it', 'drained', 'cansada', 'cansado', 'harta', 'harto', 'agotada', 'agotado'],
  endure: ['keep fighting', 'keep going', 'carry on', 'go on', 'hold on', 'push through', 'cope', 'coping', 'manage', 'survive', 'surviving', 'fight', 'fighting', 'battle', 'aguantar', 'luchar', 'seguir adelante'],
  'self-harm': [
    'cut', 'cutting', 'cuts', 'burn', 'burning', 'burned', 'burnt', 'scratch', 'scratching', 'hurt myself', 'hurting myself', 'harm myself', 'self harm', 'self harming', 'hit myself', 'punch', 'bang my head',
    'carve', 'carving', 'bleed', 'bleeding', 'bruise', 'bruises', 'pick', 'picking', 'relapse', 'relapsed', 'clean', 'days clean', 'scars', 'scar', 'wounds', 'stitches',
    'cortarme', 'me corte', 'me corto', 'cortes', 'quemarme', 'me queme', 'hacerme dano', 'lastimarme', 'me lastimo', 'golpearme', 'cicatrices', 'heridas',
    'cortarme', 'me corto', 'me corte', 'me volvi a cortar', 'quemarme', 'me quemo', 'me queme', 'golpearme', 'me golpeo', 'rasgunarme', 'arañarme', 'aranarme', 'morderme', 'me muerdo', 'pellizcarme', 'hacerme dano', 'me hago dano', 'lastimarme', 'navaja', 'cuchilla', 'cicatriz',
  ],
  injury: ['wound', 'wounds', 'deep', 'gash', 'stitches', 'will not stop bleeding', 'keeps bleeding', 'fell', 'fall', 'hit my head', 'crash', 'broke', 'broken', 'herida', 'profunda', 'golpe', 'me cai'],
  // Emergency phrases the generated vocabulary lacks (Spanish, and signs said in everyday words).
  'red-flag': [
    ...RED_FLAG_TERMS,
    'vomitando sangre', 'vomite sangre', 'tosiendo sangre', 'escupiendo sangre', 'heces negras', 'popo negra', 'sangre en la orina', 'hemorragia', 'no para de sangrar', 'charco de sangre',
    'no puedo respirar', 'me falta el aire', 'me ahogo', 'falta de aire', 'labios azules', 'labios morados', 'se me cierra la garganta', 'garganta cerrada', 'silbido',
    'se desmayo', 'me desmaye', 'desmayada', 'desmayado', 'no despierta', 'no responde', 'convulsionando', 'esta convulsionando', 'ataque', 'confusion', 'desorientada', 'desorientado', 'perdio el conocimiento',
    'dolor de pecho', 'dolor en el pecho', 'opresion', 'presion en el pecho', 'brazo izquierdo', 'palpitaciones', 'infarto', 'corazon acelerado',
    'azucar alta', 'azucar baja', 'glucosa alta', 'glucosa baja', 'cetonas altas', 'aliento a fruta', 'hipoglucemia', 'hiperglucemia', 'el glucometro dice',
    'fiebre alta', 'temperatura alta', 'tiritando', 'con quimio', 'en quimio', 'defensas bajas',
    'coughing up blood', 'coughing blood', 'vomiting blood', 'throwing up blood', 'blood in my', 'black poop', 'black stools', 'bleeding a lot', 'will not stop bleeding', 'soaked through', 'soaking', 'pool of blood',
    'cannot breathe', 'cannot catch my breath', 'struggling to breathe', 'throat closing', 'throat is closing', 'tongue swelling', 'lips are blue', 'turning blue', 'inhaler not working',
    'will not wake up', 'not waking up', 'cannot wake him', 'cannot wake her', 'not responding', 'having a seizure', 'blacked out', 'keeps passing out', 'slumped', 'floppy', 'out of it',
    'crushing', 'chest is tight', 'tight chest', 'elephant on my chest', 'down my arm', 'pain in my arm', 'racing heart', 'heart attack',
    'meter says hi', 'reads hi', 'says hi', 'ketones are', 'fruity breath', 'sugar is', 'bg is', 'blood sugar is', 'will not come up', 'will not come down',
    'on chemo', 'neutropenic', 'immunosuppressed', 'immunocompromised', 'low white count', '103', '104', 'shaking chills',
  ],
  severity: [
    'severe', 'worst', 'unbearable', 'crushing', 'sudden', 'suddenly', 'very', 'really bad', 'so bad', 'extreme', 'a lot of', 'lots of', 'so much', 'heavy', 'massive', 'huge', 'spreading', 'will not stop',
    'would not stop', 'keeps', 'cannot stop', 'getting worse', 'worse', 'intense', 'pouring', 'gushing', 'passing out', 'fuerte', 'mucha', 'mucho', 'peor', 'no para', 'de repente',
  ],
  blood: ['blood', 'bloody', 'bleeding', 'bled', 'red', 'bright red', 'clots', 'black stool', 'tarry', 'coffee grounds', 'sangre', 'sangrando', 'sangrado', 'coagulos'],
  breath: ['breathe', 'breathing', 'breath', 'breathless', 'gasping', 'choking', 'suffocating', 'wheezing', 'air', 'lips', 'blue', 'respirar', 'aire', 'ahogo', 'ahogando', 'labios', 'morados'],
  conscious: ['unconscious', 'passed out', 'pass out', 'fainted', 'faint', 'collapsed', 'unresponsive', 'will not wake', 'cannot wake', 'confused', 'confusion', 'drowsy', 'sleepy', 'seizure', 'seizures', 'fitting', 'desmay*', 'convulsion*', 'inconsciente', 'confundida', 'confundido'],
  heart: ['chest', 'heart', 'racing', 'pounding', 'palpitations', 'pressure', 'tight', 'tightness', 'left arm', 'jaw', 'pecho', 'corazon', 'presion', 'brazo'],
  glucose: ['sugar', 'sugars', 'glucose', 'bg', 'meter', 'reading', 'ketones', 'ketone', 'hypo', 'hyper', 'dka', 'hi', 'lo', 'fruity', 'azucar', 'glucosa', 'cetonas', 'glucometro'],
  fever: ['fever', 'temperature', 'temp', 'chills', 'shivering', 'rigors', 'hot', 'burning up', 'fiebre', 'temperatura', 'escalofrios'],
  'harm-other': [
    'kill him', 'kill her', 'kill them', 'hurt him', 'hurt her', 'hurt them', 'hurt someone', 'hurt somebody', 'stab', 'strangle', 'smother', 'shoot him', 'shoot her', 'make them pay', 'get back at', 'revenge',
    'snap', 'lose it', 'put something in', 'poison him', 'poison her', 'harm the baby', 'hurt the baby', 'hurt my', 'matarlo', 'matarla', 'lastimarlo', 'lastimarla', 'hacerle dano', 'vengarme',
    'lo voy a matar', 'la voy a matar', 'los voy a matar', 'le voy a hacer dano', 'hacerle algo', 'vengarme de', 'envenenarlo', 'envenenarla', 'ahogar al', 'lastimar al bebe', 'hacerle dano al bebe',

  ],
  weapon: ['gun', 'knife', 'bat', 'hammer', 'weapon', 'axe', 'pistola', 'cuchillo', 'arma'],
  abuse: [
    'hits me', 'hit me', 'hitting me', 'beats me', 'beat me', 'slapped me', 'punched me', 'pushed me', 'choked me', 'strangled me', 'kicked me', 'hurts me', 'hurt me', 'threatens', 'threatened', 'controls',
    'controlling', 'locked me', 'locks me', 'will not let me', 'takes my money', 'took my phone', 'forced me', 'forces me', 'touches me', 'touched me', 'raped', 'abuse', 'abused', 'abusive', 'scared of him',
    'afraid of him', 'afraid of her', 'scared to go home', 'not safe at home', 'me pega', 'me golpea', 'me amenaza', 'me encierra', 'me obliga', 'me controla', 'me toca', 'abuso', 'maltrato', 'miedo de el',
    'me pega', 'me golpea', 'me empuja', 'me grita', 'me insulta', 'me amenaza', 'me encierra', 'me quita el dinero', 'me quita el telefono', 'no me deja salir', 'no me deja ver', 'me obliga', 'me forza', 'me toca', 'me violo', 'tengo miedo de volver', 'no estoy segura en casa', 'no estoy seguro en casa',
  ],
  fear: ['scared', 'afraid', 'terrified', 'frightened', 'panic', 'unsafe', 'not safe', 'danger', 'dangerous', 'miedo', 'asustada', 'asustado', 'peligro'],
  'other-person': ['he', 'she', 'him', 'her', 'husband', 'wife', 'partner', 'boyfriend', 'girlfriend', 'ex', 'dad', 'mum', 'mom', 'stepdad', 'stepmom', 'brother', 'son', 'carer', 'caregiver', 'el', 'ella', 'esposo', 'pareja', 'novio', 'padrastro'],
  joke: [
    'lol', 'haha', 'lmao', 'jk', 'joking', 'kidding', 'literally dying', 'dying to', 'dead tired', 'killing it', 'killed it', 'to die for', 'olympic', 'gold medal', 'meme', 'funny', 'hilarious',
    'xd', 'jaja', 'broma', 'bromeando', 'es broma',
  ],
  topic: [
    'article', 'news', 'documentary', 'show', 'series', 'episode', 'movie', 'film', 'book', 'novel', 'character', 'podcast', 'song', 'lyrics', 'study', 'research', 'statistics', 'class', 'course', 'lecture',
    'essay', 'paper', 'homework', 'awareness', 'prevention', 'training', 'how do you know if', 'signs of', 'what are the signs', 'in case', 'is it true', 'asking for', 'someone who', 'people who',
    'documental', 'noticia', 'articulo', 'libro', 'pelicula', 'serie', 'clase', 'curso', 'personaje', 'estudio',
  ],
  help: [
    'help', 'helpline', 'hotline', '988', '911', '999', '112', 'ambulance', 'er', 'a and e', 'hospital', 'emergency', 'crisis line', 'therapist', 'counsellor', 'counselor', 'psychiatrist', 'call', 'called',
    'ayuda', 'ambulancia', 'urgencias', 'hospital', 'emergencia', 'terapeuta', 'psicologo', 'llamar', 'llame',
  ],
  safe: [
    'i am safe', 'i am ok', 'i am okay', 'i am fine', 'not going to', 'would never', 'will not', 'never would', 'i promise', 'feeling better', 'better now', 'doing better', 'safe now', 'got help', 'getting help',
    'estoy bien', 'estoy a salvo', 'nunca lo haria', 'no lo voy a hacer', 'mejor ahora',
  ],
  'past-time': ['ago', 'used to', 'back then', 'years', 'last year', 'when i was', 'in the past', 'once', 'recovered', 'survived', 'clean for', 'anos', 'hace', 'antes', 'cuando era'],
  accident: ['accident', 'accidentally', 'by mistake', 'chopping', 'cooking', 'oven', 'kitchen', 'shaving', 'tripped', 'slipped', 'paper cut', 'onions', 'gardening', 'sin querer', 'por accidente', 'cocinando'],
  everyday: [
    'work', 'job', 'boss', 'meeting', 'traffic', 'weather', 'coffee', 'lunch', 'dinner', 'movie', 'game', 'team', 'school', 'homework', 'exam', 'shopping', 'phone', 'wifi', 'laptop', 'netflix', 'gym',
    'trabajo', 'jefe', 'cafe', 'comida', 'escuela', 'examen', 'partido',
  ],
  figure: ['killing me', 'kill me', 'killed me', 'kills me', 'dying of', 'dead on my feet', 'could die', 'murder', 'drop dead', 'to death', 'die of embarrassment', 'me muero de', 'me mata', 'me va a matar'],
  symptom: [
    'vomit*', 'throwing up', 'throw up', 'puking', 'being sick', 'nausea', 'dizzy', 'dizziness', 'numb', 'numbness', 'tingling', 'weak', 'weakness', 'cannot move', 'cannot feel', 'swelling', 'swollen',
    'rash', 'spots', 'headache', 'stiff neck', 'slurred', 'slurring', 'drooping', 'droop', 'blurry', 'double vision', 'vision', 'shaking', 'shaky', 'sweating', 'sweaty', 'clammy', 'pale', 'cold',
    'legs', 'arm', 'face', 'tongue', 'throat', 'stomach', 'belly', 'abdomen', 'urine', 'pee', 'poop', 'stool',
    'vomit*', 'nauseas', 'mareo', 'mareada', 'mareado', 'entumecid*', 'hormigueo', 'debil', 'debilidad', 'hinchad*', 'sarpullido', 'dolor de cabeza', 'cuello rigido', 'temblando', 'sudando', 'piernas', 'cara',
    'no puedo mover', 'no siento', 'cara caida', 'boca chueca', 'hablo raro', 'habla arrastrada', 'vision borrosa', 'veo doble', 'cuello rigido', 'rigidez', 'manchas', 'moretones',
    'face drooping', 'one side', 'cannot lift my arm', 'words coming out wrong', 'cannot speak', 'worst headache', 'thunderclap', 'cannot feel my legs', 'below the waist', 'cannot pee', 'lost control', 'saddle',
  ],
  alone: ['alone', 'lonely', 'nobody', 'no one', 'isolated', 'by myself', 'on my own', 'sola', 'solo', 'nadie'],
  worthless: ['worthless', 'useless', 'failure', 'pathetic', 'hate myself', 'disgusting', 'waste', 'deserve', 'no good', 'inutil', 'fracaso', 'me odio', 'no valgo'],
  escape: ['escape', 'way out', 'out', 'exit', 'leave', 'leaving', 'run away', 'get away', 'away', 'salida', 'escapar', 'irme', 'huir'],
  sleep: ['sleep', 'asleep', 'rest', 'lie down', 'close my eyes', 'dormir', 'descansar', 'cerrar los ojos'],
  pain: ['pain', 'hurts', 'hurting', 'agony', 'suffering', 'suffer', 'ache', 'aching', 'dolor', 'duele', 'sufrir', 'sufriendo'],
  distress: [
    'depressed', 'depression', 'anxious', 'anxiety', 'sad', 'crying', 'cry', 'overwhelmed', 'struggling', 'hard', 'awful', 'terrible', 'miserable', 'broken', 'lost', 'dark', 'low', 'down',
    'triste', 'llorando', 'deprimida', 'deprimido', 'ansiedad', 'mal', 'fatal',
  ],
  relief: ['relief', 'peace', 'peaceful', 'rest', 'quiet', 'free', 'freedom', 'finally', 'release', 'alivio', 'paz', 'libre', 'descanso'],
  'better-off': ['better off', 'better without', 'easier without', 'happier without', 'would not miss', 'will not miss', 'would not notice', 'will not notice', 'not even notice', 'mejor sin', 'estarian mejor', 'no me extranarian'],
  nobody: ['nobody', 'no one', 'anybody', 'anyone', 'everyone', 'everybody', 'people', 'family', 'kids', 'nadie', 'todos', 'familia', 'hijos'],
  miss: ['miss', 'notice', 'care', 'matter', 'extranar', 'notar', 'importar'],
  'care-team': ['doctor', 'doc', 'gp', 'nurse', 'consultant', 'specialist', 'team', 'rheumatologist', 'oncologist', 'nephrologist', 'neurologist', 'endo', 'cardiologist', 'medico', 'doctora', 'enfermera', 'especialista'],
};
