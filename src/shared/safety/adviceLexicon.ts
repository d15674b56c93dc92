// Word lists for the advice guard, as regex sources over normalized text (normalize.ts):
// medicines, changes to them, doses, conditions, test results, care, remedies and the cues that
// disguise advice. English and Spanish (accent-free).

/** Medicines and treatments, by generic word, common name, brand and drug-name ending. */
export const MED = [
  'meds?', 'medications?', 'generic', 'antivirals?', 'antifungals?', 'antihistamines?', 'creams?', 'ointments?', 'eye drops', '(?:extended|slow|modified|immediate) release(?: version| one| tablets?)?', 'formulation', 'biosimilar', 'basal(?: rate)?', 'bolus', 'carb ratio', 'correction (?:dose|factor)', 'medicines?', 'medicine', 'pills?', 'tablets?', 'capsules?', 'doses?', 'dosage', 'insulin',
  'steroids?', 'biologics?', 'antibiotics?', 'antidepressants?', 'anti inflammatories', 'nsaids?', 'inhalers?',
  'injections?', 'shots?', 'infusions?', 'vaccines?', 'vaccinations?', 'jabs?', 'prescriptions?', 'dialysis', 'chemo',
  'blood thinners?', 'painkillers?', 'pain meds', 'sleeping pills', 'birth control', 'the pill', 'ppis?', 'statins?',
  'beta blockers?', 'immunosuppressants?', 'opioids?', 'benzos?', 'supplements?', 'vitamins?', 'vitamin [a-z]\\d?',
  'methotrexate', 'metformin', 'prednisone', 'prednisolone', 'hydroxychloroquine', 'plaquenil', 'mesalamine',
  'humira', 'ozempic', 'wegovy', 'mounjaro', 'lantus', 'levemir', 'novorapid', 'humalog', 'tylenol', 'advil',
  'ibuprofen', 'ibuprofenos?', 'paracetamol', 'paracetamoles', 'acetaminophen', 'aspirin', 'naproxen', 'colchicine', 'allopurinol', 'warfarin',
  'eliquis', 'xarelto', 'lasix', 'furosemide', 'levothyroxine', 'thyroxine', 'synthroid', 'lisinopril', 'gabapentin',
  'lyrica', 'pregabalin', 'sertraline', 'zoloft', 'prozac', 'fluoxetine', 'lithium', 'oxycodone', 'tramadol',
  'codeine', 'xanax', 'azathioprine', 'imuran', 'sulfasalazine', 'budesonide', 'entyvio', 'stelara', 'remicade',
  'infliximab', 'berberine', 'turmeric', 'iron', 'b12', 'truvada', 'biktarvy', 'prep', 'arvs?', 'antiretrovirals?',
  'mycophenolate', 'cellcept', 'tacrolimus', 'enbrel', 'cimzia', 'simponi', 'actemra', 'orencia', 'rinvoq', 'xeljanz',
  'otezla', 'dupixent', 'benlysta', 'saphnelo', 'trulicity', 'jardiance', 'farxiga', 'januvia', 'victoza', 'tresiba',
  'toujeo', 'basaglar', 'fiasp', 'apidra', 'keppra', 'lamictal', 'depakote', 'tegretol', 'dilantin', 'vimpat', 'topamax',
  'descovy', 'genvoya', 'triumeq', 'dovato', 'prograf', 'myfortic', 'creon', 'pentasa', 'asacol', 'lialda', 'xifaxan',
  'linzess', 'plaquenil', 'rescue inhaler', 'preventer', 'nebuli[sz]er', 'epipen', 'glucagon', 'cpap', 'bipap', 'oxygen', 'cgm', 'pump', 'albuterol', 'salbutamol', 'ventolin',
  "st johns wort", 'metoprolol', 'amlodipine', 'atorvastatin', 'omeprazole', 'lansoprazole', 'humira shot',
  '\\w+(?:mab|nib|pril|sartan|olol|statin|prazole|mycin|cillin|floxacin|gliptin|gliflozin|zepam|zolam|triptan|olone|dipine|oxetine|glutide|tirzepatide|afil)',
  '(?:liquid|chewable|dissolvable|generic|brand|injectable|slow release|dispersible) (?:version|form|one|tablets?)', 'mtx', 'pred', 'hcq', 'patch(?:es)?', 'ssris?', 'snris?', 'maois?', 'tricyclics?', 'anticonvulsants?', 'antipsychotics?', 'mood stabili[sz]ers?', 'stimulants?', 'hrt', 'hormones?', 'magnesium', 'melatonin', 'ivermectin', 'antiemetics?', 'anti nausea \\w+', 'nausea (?:pills?|meds)', 'thyroid (?:meds|medication|pills)', 'sleeping tablets', 'laxatives?', 'diuretics?', 'water pills?',
  'medicamentos?', 'medicinas?', 'pastillas?', 'pildoras?', 'dosis', 'insulina', 'metformina', 'prednisona',
  'esteroides', 'corticoides', 'tratamiento', 'inyecciones?', 'antibioticos?', 'ibuprofeno', 'metotrexato',
].join('|');

/** Verbs that change a treatment, in the base form an instruction uses. */
export const CHANGE_VERB = [
  'stop', 'quit', 'skip', 'ditch', 'drop', 'cut', 'halve', 'double', 'triple', 'up', 'increase', 'raise', 'lower',
  'stick to', 'stick with', 'stay on', 'keep to', 'limit yourself to', 'reduce', 'decrease', 'throw', 'throw out', 'bin', 'toss', 'chuck', 'dump', 'taper', 'wean', 'come off', 'get off', 'go off', 'get on', 'go on', 'swap', 'switch',
  'replace', 'substitute', 'start', 'take', 'use', 'give', 'inject', 'add', 'avoid', 'hold', 'pause', 'split',
  'crush', 'chew', 'be on', 'try', 'drink', 'mix', 'flush', 'forget', 'ignore', 'change', 'put', 'lay off', 'leave off',
  'hold off on', 'go up', 'go down', 'come down', 'move up', 'borrow', 'share', 'go without', 'go back to', 'go back on', 'switch back to', 'bump', 'tweak', 'do without', 'back off', 'ease off', 'go easy on', 'knock off', 'cut out', 'come down on', 'wean off', 'cut back',
].join('|');

/** The -ing forms, for "try doubling", "have you thought about stopping". */
export const CHANGE_VERB_ING = [
  'stopping', 'quitting', 'skipping', 'ditching', 'dropping', 'cutting', 'halving', 'doubling', 'upping', 'increasing',
  'raising', 'lowering', 'reducing', 'decreasing', 'tapering', 'weaning', 'coming off', 'getting off', 'going off',
  'swapping', 'switching', 'replacing', 'substituting', 'starting', 'taking', 'using', 'injecting', 'adding',
  'avoiding', 'holding', 'pausing', 'splitting', 'not taking', 'mixing',
].join('|');

/** Spanish imperatives and infinitives that change a treatment. */
export const CHANGE_VERB_ES = [
  'deja', 'dejala', 'dejalo', 'dejar', 'deja de tomar', 'dejar de tomar', 'toma', 'tomate', 'tomar', 'saltate', 'salta',
  'saltarte', 'sube', 'subir', 'baja', 'bajar', 'aumenta', 'aumentar', 'duplica', 'duplicar', 'dobla', 'cambia',
  'cambiar', 'suspende', 'suspender', 'quita', 'quitar', 'reduce', 'reducir', 'no tomes', 'olvidate de', 'prueba',
  'sigue', 'sigue tomando', 'sigue con', 'segui tomando', 'continua', 'continua tomando', 'continua con', 'ponte', 'inyectate', 'pasate a', 'cambiate a', 'deja de',
  'dejaria', 'tomaria', 'no tomaria', 'subiria', 'bajaria', 'cambiaria', 'suspenderia', 'quitaria',
].join('|');

/** A dose: a number with a unit, or counted pills. */
export const DOSE = '\\d+(?:\\.\\d+)? ?(?:mg|mcg|ug|g|grams?|units?|iu|ml|puffs?|tablets?|pills?|capsules?|drops|sprays|unidades|gotas)\\b';

/** Conditions a peer might tell the user they have. */
export const CONDITION = [
  'lupus', 'lupus nephritis', 'nephritis', 'gastroparesis', 'anxiety', 'uti', 'infection', 'a flare', 'flare', 'crohns',
  'colitis', 'ibs', 'fibromyalgia', 'fibro', 'diabetes', 'diabetic', 'prediabetic', 'depressed', 'depression',
  'a cold', 'cold', 'flu', 'a virus', 'virus', 'drug reaction', 'allergy', 'allergic', 'ms', 'pots', 'hypothyroid',
  'hyperthyroid', 'arthritis', 'gout', 'migraine', 'an ulcer', 'ulcer', 'gallstones', 'appendicitis', 'pneumonia',
  'covid', 'sepsis', 'kidney stones?', 'celiac', 'coeliac', 'endometriosis', 'pcos', 'anemia', 'anemic', 'long covid',
  'adhd', 'bipolar', 'ptsd', 'eczema', 'psoriasis', 'shingles', 'a hernia', 'cancer', 'neuropathy', 'a stomach bug',
  'stomach bug', 'food poisoning', 'dehydrated', 'burnout', 'stress', 'menopause', 'perimenopause',
  'insulin resistan\\w+', 'sleep apnea', 'a side effect', '(?:an? )?(?:thyroid|hormone|hormonal|gut|liver|kidney|heart|nerve|adrenal|autoimmune|blood sugar|iron|b12|vitamin \\w+|immune|gallbladder|sugar) (?:thing|issue|problem|imbalance|deficiency)', '(?:an? )?(?:\\w+ )?(?:attack|syndrome|disorder|deficiency|infection|reaction|stones?|flare up|flare)', 'nothing serious', 'nothing', 'a pulled muscle', 'reflux', 'gerd',
  'sibo', 'h pylori', 'kidney disease', 'liver disease', 'heart disease', 'heart failure', 'kidney failure', 'ckd',
  '(?:early|mild|severe|chronic|stage \\d) (?:kidney|liver|heart|lung) (?:disease|failure|damage)', 'nerve damage', 'kidney damage', 'liver damage', 'vertigo', 'sciatica', '(?:an? )?\\w+(?:itis|osis|emia|aemia|pathy|algia)',
].join('|');

/** Spanish names of conditions, for "eso es una infección". */
export const CONDITION_ES =
  'una infeccion|infeccion|diabetes|ansiedad|depresion|gripe|un resfriado|resfriado|artritis|lupus|una alergia|alergia|un brote|migrana|una ulcera|celiaquia|colitis|crohn|un virus';

/** Test results and measurements. */
export const RESULT = [
  'a1c', 'hba1c', 'creatinine', 'egfr', 'gfr', 'tsh', 't4', 'inr', 'crp', 'esr', 'potassium', 'sodium', 'ketones?',
  'blood pressure', 'bp', 'cholesterol', 'ldl', 'hdl', 'triglycerides', 'glucose', 'blood sugar', 'sugars?', 'bg',
  'wbc', 'white count', 'hemoglobin', 'haemoglobin', 'liver (?:numbers|enzymes|tests)', 'alt', 'ast', 'ferritin',
  'vitamin d level', 'platelets', 'ana', 'viral load', 'cd4', 'calprotectin', 'results?', 'levels?', 'labs?',
  'bloodwork', 'blood work', 'numbers', 'readings?',
].join('|');

/** Care the user might be talked out of. */
export const CARE =
  '(?:a |the |your |that |this |another |any )?(?:\\w+ology (?:follow up|appointment|clinic|review|check)|\\w+ologists?|doctors?|gp|specialists?|er|emergency room|a and e|a e|urgent care|casualty|emergency|hospital|appointments?|colonoscopy|mammogram|tests?|scans?|mri|x ray|ultrasound|biopsy|screening|therapist|therapy|checkup|check up|follow up|referral|blood tests?|bloodwork|blood work|labs|care team|team|nurse|pharmacist|endo|rheumatologist|neurologist|cardiologist|dialysis|medico|doctor|hospital|urgencias|especialista)';

/** Remedies that come with cure claims. */
export const REMEDY =
  'honey|manuka|ginger|lemon|baking soda|oregano|bone broth|kombucha|elderberry|zinc|echinacea|vinegar|turmeric|oils?|tea|teas|silver|juice|juices|cleanses?|diet|fasting|homeopath\\w*|herbs?|herbal|supplements?|berberine|cinnamon|garlic|salt lamps?|crystals?|bleach|detox|cannabis|cbd|keto|carnivore|vegan|alkaline|apple cider|colloidal|essential|vinagre|te|jugo|dieta|ayuno|hierbas?';

/** Cues that disguise an instruction as something else. */
export const DISGUISE = [
  'if i were you', 'if it were me', 'in your (?:shoes|position|place|situation|spot)', 'what i would do',
  'hypothetical\\w*', 'not (?:medical|a doctor|giving) advice', 'not medical advice', 'i am not a doctor',
  'between (?:us|you and me)', 'just saying', 'most people in your (?:spot|position|situation|shoes) would',
  'if someone (?:wanted|wants|was|were) to', 'lets say someone', 'off the record', 'do not tell your doctor',
  'your doctor does not (?:need|have) to know', 'trust me', 'si yo fuera tu', 'en tu lugar', 'hipoteticamente',
  'no es consejo medico', 'no soy medic[oa]', 'entre nosotros',
].join('|');

/** Pointing the user to their own care team: the point of a referral, never advice. */
export const REFERRAL =
  '(?:ask|asking|talk to|talking to|check with|call|calling|speak to|speak with|tell|question for|worth asking|raise it with|bring it up with|habla con|pregunta(?:le)? a|consulta con) (?:\\w+ ){0,2}(?:doctor|gp|pharmacist|care team|team|nurse|prescriber|endo|rheumatologist|nephrologist|specialist|consultant|medico|doctora?|farmaceutic[oa])';

/** The user's or the peer's own clinician acting or speaking: a report, not an instruction. */
export const OWN_CLINICIAN =
  '(?:my|our|his|her) (?:doctor|gp|endo|rheumatologist|nephrologist|neurologist|nurse|specialist|consultant|care team|team|pharmacist|gi|cardiologist|hospital|medico|medica|doctora?|reumatologa?|nefrologa?) (?:\\w+ ){0,2}(?:told|said|says|had|lowered|raised|switched|added|took|decided|prescribed|showed|doubled|adjusted|caught|gave|thinks|confirmed|me (?:bajo|subio|quito|cambio|dijo))';
