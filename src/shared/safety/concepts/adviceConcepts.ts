// The concepts a peer sentence is read as for the advice guard: recommending (whatever the verb),
// reassuring about a risk, interpreting results, diagnosing, putting off care, changing a treatment,
// against the peer's own lived experience, their own clinician's decisions and pointing to the care
// team. Entries are words or word sequences of normalised text; a trailing * matches any ending.
// Medicines, lab tests and conditions also come from the generated vocabularies (vocab/).
import { CONDITION_TERMS } from '../vocab/conditions';
import { LAB_TEST_TERMS } from '../vocab/labTests';
import { MEDICINE_TERMS } from '../vocab/medicines';

/** Concepts of the advice reading. */
export const ADVICE_CONCEPTS = [
  'recommend', 'modal', 'imperative-verb', 'benefit', 'must', 'reassure', 'harmless', 'skip', 'change', 'start', 'stop', 'more-less', 'dose', 'medicine',
  'supplement', 'lab', 'number', 'result-word', 'means', 'diagnose', 'condition', 'sounds-like', 'certainty', 'delay', 'care', 'urgent-care', 'discourage',
  'you', 'self', 'lived', 'own-clinician', 'referral', 'question', 'empathy', 'cure', 'product', 'hedge', 'time', 'symptom',
] as const;
export type AdviceConcept = (typeof ADVICE_CONCEPTS)[number];

/** Words and sequences per concept. */
export const ADVICE_LEXICON: Readonly<Record<AdviceConcept, readonly string[]>> = {
  recommend: [
    'recommend', 'recommended', 'suggest', 'suggested', 'advise', 'try', 'give it a go', 'give it a try', 'worth', 'worth a try', 'worth trying', 'worth it', 'go for', 'look into', 'check out', 'consider',
    'swear by', 'cannot recommend', 'highly recommend', 'best thing', 'game changer', 'the answer', 'the way to go', 'why not', 'how about', 'what about', 'have you tried', 'did you try', 'you could', 'you might',
    // The speaker's own choice offered as the listener's: "I'd wait", "if I were you", "yo que vos".
    'i would', 'i would not', 'if i were you', 'in your shoes', 'if it were me', 'you would be mad not to', 'best to', 'best not', 'you will want to', 'the thing for', 'the answer', 'the best thing for',
    'yo de ti', 'si fuera tu', 'si yo fuera tu', 'yo que vos', 'en tu lugar', 'si yo fuera vos',
    'te recomiendo', 'recomiendo', 'prueba', 'proba', 'intenta', 'vale la pena', 'deberias probar', 'por que no',
    'te recomendaria', 'te sugiero', 'te aconsejo', 'seria bueno que', 'seria buena idea', 'lo mejor es', 'lo mejor seria', 'te conviene', 'te convendria', 'yo que tu', 'yo en tu lugar', 'deberias probar', 'podrias probar', 'prueba con', 'anímate', 'animate a', 'no dudes en',
  ],
  modal: [
    'should', 'could', 'can', 'need to', 'have to', 'has to', 'must', 'ought to', 'better', 'had better', 'gotta', 'got to', 'might want to', 'will want to', 'would want to', 'want to', 'may want to',
    'deberias', 'debes', 'tienes que', 'hay que', 'podrias', 'puedes', 'necesitas',
    'tendrias que', 'tenes que', 'deberia', 'debes de', 'puedes', 'podes', 'conviene', 'haria falta', 'necesitarias',
  ],
  'imperative-verb': ['take', 'stop', 'skip', 'start', 'double', 'halve', 'drop', 'quit', 'ditch', 'switch', 'swap', 'cut', 'add', 'ask for', 'get', 'go', 'use', 'avoid', 'wait', 'keep', 'hold', 'toma', 'deja', 'empieza', 'sube', 'baja', 'espera', 'usa', 'tomate', 'tomala', 'tomalo', 'dejala', 'dejalo', 'dejalas', 'subele', 'bajale', 'quitate', 'ponte', 'aumenta', 'reduce', 'cambia', 'suspende', 'salta', 'saltate', 'olvidate', 'pidele', 'pide', 'compra', 'anade', 'agrega', 'duplica', 'parte'],
  benefit: [
    'would help', 'will help', 'helps', 'help you', 'works', 'would work', 'will work', 'benefit', 'would benefit', 'do you good', 'do wonders', 'fix', 'fixes', 'sort you out', 'sort it', 'clear it up', 'cure',
    'boost', 'improve', 'make a difference', 'make you feel', 'feel better', 'te ayudaria', 'te ayuda', 'te va a ayudar', 'funciona', 'mejora',
    'te va a ir mejor', 'te sentiras mejor', 'te vas a sentir mejor', 'te quita', 'te cura', 'te sirve', 'sirve', 'te hace bien', 'te caeria bien', 'es lo que necesitas', 'es buenisimo', 'milagroso',
  ],
  must: ['a must', 'must have', 'essential', 'key', 'non negotiable', 'the only way', 'only thing', 'necessary', 'crucial', 'vital', 'imprescindible', 'esencial', 'obligatorio'],
  reassure: [
    'fine', 'okay', 'ok', 'alright', 'safe', 'no big deal', 'nothing to worry', 'not worry', 'do not worry', 'no worries', 'normal', 'nothing serious', 'not serious', 'nothing', 'just', 'only', 'totally fine',
    'perfectly fine', 'honestly fine', 'not a problem', 'no problem', 'will not hurt', 'would not hurt', 'cannot hurt', 'will not matter', 'does not matter', 'no harm', 'not dangerous', 'nothing to it',
    'no pasa nada', 'tranquila', 'tranquilo', 'normal', 'no es nada', 'esta bien', 'no te preocupes', 'seguro',
    'no pasa nada si', 'no hay problema', 'no es grave', 'no es para tanto', 'es normal', 'es totalmente normal', 'nada de que preocuparse', 'puedes saltarte', 'no te va a hacer nada', 'no hace dano', 'no es peligroso', 'tranqui',
  ],
  harmless: ['harmless', 'natural', 'gentle', 'mild', 'low risk', 'no side effects', 'risk free', 'inofensivo', 'natural'],
  skip: ['skip', 'skipping', 'miss', 'missing', 'miss a dose', 'skip a dose', 'leave out', 'go without', 'take a break', 'break from', 'holiday from', 'drug holiday', 'pause', 'saltar', 'saltarte', 'olvidar', 'saltarte', 'saltar una dosis', 'te saltas', 'dejar un dia', 'descansar de', 'un descanso de', 'no tomarla', 'no tomarlo'],
  change: ['switch', 'swap', 'change', 'replace', 'substitute', 'instead of', 'rather than', 'taper', 'wean', 'come off', 'get off', 'go off', 'cambiar', 'cambia', 'reemplazar', 'en vez de', 'en lugar de', 'cambiarte a', 'pasarte a', 'cambiar por', 'en vez de la', 'en lugar de la', 'dejar de a poco', 'ir bajando'],
  start: ['start', 'begin', 'get on', 'go on', 'add', 'ask for', 'get some', 'pick up', 'grab', 'get yourself', 'get some in', 'order some', 'put you on', 'put him on', 'put her on', 'get you on', 'get him on', 'get her on', 'to prescribe', 'pidete', 'pidela', 'pidelo', 'pideselo', 'pidesela', 'empezar', 'empieza', 'comenzar'],
  stop: ['stop', 'quit', 'drop', 'ditch', 'cut out', 'give up', 'bin', 'throw out', 'dejar', 'deja', 'parar', 'suspender', 'dejala', 'dejalo', 'deja de tomar', 'suspendela', 'suspendelo', 'no la tomes', 'no lo tomes', 'no te la pongas', 'no te pongas', 'tirala'],
  'more-less': ['more', 'less', 'extra', 'double', 'half', 'halve', 'increase', 'increased', 'decrease', 'lower', 'raise', 'up', 'bump', 'higher', 'reduce', 'mas', 'menos', 'doble', 'mitad', 'subir', 'bajar', 'subirle', 'subele', 'bajarle', 'bajale', 'aumentar', 'aumenta', 'disminuir', 'reducir', 'el doble', 'la mitad', 'media pastilla', 'una mas', 'otra dosis'],
  dose: ['dose', 'doses', 'dosage', 'mg', 'mcg', 'ml', 'units', 'unit', 'puffs', 'tablet', 'tablets', 'pill', 'pills', 'a day', 'twice', 'daily', 'dosis', 'unidades', 'pastilla', 'pastillas'],
  medicine: [...MEDICINE_TERMS, 'meds', 'medication', 'medications', 'medicine', 'medicines', 'prescription', 'insulin', 'inhaler', 'steroids', 'biologic', 'biologics', 'antibiotics', 'medicamento', 'medicamentos', 'insulina'],
  supplement: ['supplement', 'supplements', 'vitamin', 'vitamins', 'magnesium', 'zinc', 'turmeric', 'curcumin', 'omega', 'fish oil', 'probiotic', 'probiotics', 'herbal', 'herbs', 'cbd', 'collagen', 'ashwagandha', 'melatonin', 'suplemento', 'suplementos', 'vitamina', 'vitaminas', 'magnesio', 'zinc', 'curcuma', 'omega 3', 'probioticos', 'colageno', 'hierbas', 'te de', 'natural', 'homeopatia', 'remedio casero', 'remedios caseros',
    'ginkgo', 'glucosamine', 'milk thistle', 'lions mane', 'st johns wort', 'colloidal silver', 'coq10', 'coenzima', 'ginger', 'jengibre', 'iron tablets', 'hierro', 'smoothie'],
  lab: [
    ...LAB_TEST_TERMS, 'a1c', 'hba1c', 'troponin', 'creatinine', 'egfr', 'gfr', 'cd4', 'viral load', 'tsh', 't4', 'ferritin', 'crp', 'esr', 'inr', 'potassium', 'sodium', 'hemoglobin', 'haemoglobin',
    'platelets', 'white count', 'wbc', 'alt', 'ast', 'bilirubin', 'calprotectin', 'ana', 'cholesterol', 'ldl', 'hdl', 'triglycerides', 'psa', 'b12', 'vitamin d', 'ketones', 'blood work', 'bloodwork',
    'labs', 'results', 'levels', 'level', 'scan', 'mri', 'x ray', 'ecg', 'ekg', 'biopsy', 'test', 'tests', 'analisis', 'resultados', 'niveles',
    'hemoglobina', 'glucosa', 'creatinina', 'plaquetas', 'colesterol', 'trigliceridos', 'tiroides', 'carga viral', 'cd4', 'analitica', 'examenes', 'estudios', 'laboratorio', 'resonancia', 'ecografia', 'radiografia',
  ],
  number: ['high', 'low', 'raised', 'elevated', 'borderline', 'normal range', 'range', 'slightly', 'a bit high', 'a bit low', 'positive', 'negative', 'undetectable', 'detectable', 'alto', 'bajo', 'elevado', 'salio alto', 'salio bajo', 'te salio', 'un poco alto', 'un poco bajo', 'fuera de rango', 'en rango', 'positivo', 'negativo', 'indetectable'],
  'result-word': ['means', 'mean', 'indicates', 'shows', 'tells you', 'is not', 'is just', 'nothing to', 'significa', 'indica', 'normal for', 'is basically', 'quiere decir', 'indican', 'significan', 'estas perfecto', 'estas perfecta', 'ya estas para', 'ya tienes'],
  means: ['means', 'that means', 'which means', 'so you', 'so it is', 'significa', 'o sea'],
  diagnose: ['you have', 'you have got', 'you probably have', 'you definitely have', 'you are having', 'that is', 'it is', 'this is', 'classic', 'textbook', 'typical', 'definitely', 'probably', 'clearly', 'tienes', 'es', 'seguro tienes', 'seguro que tienes', 'claramente tienes', 'eso es', 'eso es un', 'eso es una', 'lo tuyo es', 'tienes pinta de', 'es obvio que', 'se nota que tienes',
    'what you are describing', 'you are describing', 'for sure', 'no doubt about it', 'toda la pinta', 'pinta de', 'fijo', 'suenan a', 'te lo digo yo', 'es por', 'son por', 'es de las'],
  condition: [...CONDITION_TERMS, 'ms', 'ibs', 'lupus', 'crohns', 'colitis', 'diabetes', 'thyroid', 'anxiety', 'depression', 'fibro', 'fibromyalgia', 'arthritis', 'a flare', 'infection', 'uti', 'heart attack', 'stroke', 'reflux', 'migraine', 'long covid', 'pots', 'diabetes', 'ansiedad', 'depresion', 'infeccion'],
  'sounds-like': ['sounds like', 'sounds exactly like', 'looks like', 'seems like', 'sounds to me like', 'it is probably', 'that is probably', 'i bet', 'i bet it is', 'sure it is', 'suena a', 'parece', 'suena a', 'suena como', 'parece un', 'parece una', 'me suena a', 'tiene pinta de', 'parece que tienes', 'es tipico de', 'clasico de'],
  certainty: ['definitely', 'certainly', 'for sure', 'no doubt', '100', 'absolutely', 'obviously', 'clearly', 'trust me', 'honestly', 'seguro', 'seguramente', 'sin duda'],
  delay: [
    'wait', 'wait until', 'wait and see', 'wait it out', 'hold off', 'after the weekend', 'monday', 'tomorrow', 'next week', 'give it', 'give it a few days', 'sleep on it', 'see how', 'ride it out',
    'no rush', 'no need to rush', 'not urgent', 'can wait', 'later', 'espera', 'esperar', 'despues', 'manana', 'la semana que viene', 'no hay prisa',
    'keep an eye on', 'sit tight', 'leave it', 'in the morning', 'first thing', 'couple of hours', 'for a week', 'before bothering', 'till', 'until',
    'hasta el lunes', 'al lunes', 'esperala', 'esperalo', 'esperaria', 'antes de consultar', 'proxima consulta', 'proxima cita', 'semanita', 'a la consulta',
    'espera al lunes', 'espera a manana', 'espera unos dias', 'no vayas todavia', 'no hace falta ir', 'aguanta hasta', 'mejor espera', 'dale unos dias', 'ya se te pasara', 'se te pasa solo',
  ],
  care: ['doctor', 'doc', 'gp', 'nurse', 'specialist', 'consultant', 'pharmacist', 'clinic', 'appointment', 'care team', 'team', 'medico', 'doctora', 'enfermera', 'farmaceutico', 'cita'],
  'urgent-care': ['er', 'a and e', 'emergency', 'hospital', 'ambulance', '911', '999', 'urgent care', 'call', 'urgencias', 'ambulancia', 'emergencias'],
  discourage: ['do not need', 'no need', 'do not bother', 'not worth', 'waste of time', 'pointless', 'overreact', 'overreacting', 'they will just', 'they will not', 'useless', 'skip the', 'no hace falta', 'no vale la pena', 'no necesitas', 'no vayas', 'no le hagas caso', 'no les hagas caso', 'los medicos no saben', 'no sirve de nada ir', 'perder el tiempo', 'no te molestes en', 'para que vas',
    'talk you into', 'save yourself', 'not bother', 'do not bother', 'will only', 'only send you', 'send you home', 'nothing to ring', 'nothing to call', 'would not ring', 'would not call', 'do not call', 'do not ring', 'overcautious', 'overblown', 'overrated',
    'no los molestes', 'no la molestes', 'no lo molestes', 'evita el hospital', 'evita urgencias', 'no es urgente', 'exageran', 'no tiene caso'],
  you: ['you', 'your', 'yourself', 'yours', 'tu', 'tus', 'te', 'usted', 'vos'],
  self: ['i', 'my', 'me', 'mine', 'myself', 'yo', 'mi', 'mis', 'me'],
  lived: [
    'what helped me', 'helped me', 'for me', 'in my experience', 'i found', 'i find', 'i noticed', 'i remember', 'when i', 'i used to', 'i started', 'i stopped', 'i take', 'i took', 'i was', 'my own',
    'worked for me', 'works for me', 'i tried', 'i have been', 'personally', 'a mi me', 'yo tomo', 'yo tome', 'en mi caso', 'me ayudo', 'cuando yo',
    'a mi me', 'a mi me ayudo', 'yo tomo', 'yo tomaba', 'yo deje', 'yo empece', 'en mi experiencia', 'mi medico me', 'mi doctora me', 'me funciono', 'lo que me ayudo', 'cuando me paso',
  ],
  'own-clinician': ['my doctor', 'my gp', 'my rheumatologist', 'my specialist', 'my nurse', 'my team', 'my consultant', 'my endo', 'my neurologist', 'my pharmacist', 'mi medico', 'mi doctora', 'mi doctor', 'mi especialista'],
  referral: [
    'ask your', 'talk to your', 'check with your', 'speak to your', 'call your', 'tell your', 'bring it up', 'mention it', 'your doctor', 'your gp', 'your team', 'your nurse', 'your pharmacist',
    'your specialist', 'get it checked', 'worth asking', 'worth mentioning', 'worth checking', 'pregunta a tu', 'habla con tu', 'consulta con tu', 'tu medico', 'tu doctora',
    'preguntale a tu', 'consultalo con', 'consultale a', 'hablalo con', 'comentalo con', 'dile a tu', 'llama a tu', 'pregunta en la farmacia', 'que te revisen', 'que lo vea tu',
  ],
  question: ['?', 'do you', 'have you', 'are you', 'how are', 'what do', 'would you', 'te has', 'has probado'],
  empathy: ['sorry', 'hard', 'tough', 'hear you', 'with you', 'valid', 'understand', 'hugs', 'sending', 'lo siento', 'te entiendo', 'abrazo', 'animo'],
  cure: ['cure', 'cured', 'cures', 'heal', 'heals', 'healed', 'reverse', 'reversed', 'get rid of', 'gone for good', 'no more', 'cura', 'curar', 'sano'],
  product: ['brand', 'buy', 'order', 'link', 'discount', 'code', 'amazon', 'store', 'shop', 'product', 'marca', 'compra', 'tienda'],
  hedge: ['maybe', 'perhaps', 'might', 'possibly', 'i think', 'i wonder', 'not sure', 'could be', 'quizas', 'tal vez', 'a lo mejor', 'creo que'],
  time: ['tonight', 'today', 'tomorrow', 'weekend', 'monday', 'week', 'days', 'hoy', 'manana', 'semana'],
  symptom: ['fever', 'pain', 'chest', 'blood', 'rash', 'swelling', 'headache', 'dizzy', 'numb', 'breath', 'vomiting', 'fiebre', 'dolor', 'sangre'],
};
