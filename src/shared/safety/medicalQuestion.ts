// Whether a person's message asks something only their care team can answer safely (changing a
// medicine or dose, what results mean, a diagnosis). The turn planner sends such a question to the
// care team; the crisis reading leaves a plain treatment question to the rules (crisisReading.ts).
import { DOSE, MED } from './adviceLexicon';

/** Lower case, accents removed: the patterns below are written folded. */
export const fold = (text: string): string => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

const MED_OR_DOSE = new RegExp(`\\b(?:${MED})\\b|\\b${DOSE}`);

// Questions about changing a treatment: the verb alone ("should I take a nap?") is not enough, a
// medicine or dose must be named in the same question.
const CHANGE_QUESTION = [
  /\b(should|can|could|do|must) i (stop|start|skip|quit|double|halve|increase|decrease|lower|raise|change|switch|come off|cut down|take|mix|combine|drink)\b/,
  /\bis it (safe|ok|okay|dangerous|bad) to (take|stop|skip|drink|mix|combine|double|come off)\b/,
  /\b(debo|puedo|deberia) (dejar|empezar|tomar|saltar|duplicar|subir|bajar|cambiar|mezclar|beber)\b/,
  /\bes (seguro|peligroso|malo) (tomar|dejar|mezclar|beber)\b/,
];

// Questions that are medical whatever words follow.
const MEDICAL_QUESTION = [
  /\bhow (much|many|often) (\w+ )?(should|do|can) i (take|use|inject)\b/,
  /\bwhat (dose|dosage)\b/,
  /\b(do i|does this mean i) (have|need) (to see|a doctor|surgery|a biopsy)\b/,
  /\bwhat do (my|these) (results|numbers|labs|levels) mean\b/,
  /\bque dosis\b/,
  /\bcuant[oa]s? (debo|tengo que) tomar\b/,
];

/** A question only the care team can answer safely (changing medicine, doses, results, diagnosis). */
export const isMedicalQuestion = (message: string): boolean => {
  const text = fold(message);
  if (MEDICAL_QUESTION.some((re) => re.test(text))) return true;
  return CHANGE_QUESTION.some((re) => re.test(text)) && MED_OR_DOSE.test(text);
};

