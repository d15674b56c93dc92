// The facilitator's scripted words when a message is routed, shown without any model call.
// Written to safe-messaging guidance: short, warm and plain; no detail about means or methods;
// suicide spoken of as preventable and help as real; never "committed"; the lines are on screen
// now; the group is there to come back to. One script per category and one for distress.
import { z } from 'zod';
import type { CrisisAssessment, CrisisCategory } from './crisisTypes';

/** The languages the scripts are written in. */
export const ScriptLanguage = z.enum(['en', 'es']);
export type ScriptLanguage = z.infer<typeof ScriptLanguage>;

/** When several categories apply, the one whose first step is most urgent speaks. */
export const SCRIPT_PRIORITY: readonly CrisisCategory[] = [
  'medical-emergency',
  'overdose',
  'suicide',
  'self-harm',
  'harm-to-others',
  'abuse',
  'stopping-treatment',
];

const CRISIS_SCRIPTS: Readonly<Record<ScriptLanguage, Readonly<Record<CrisisCategory, string>>>> = {
  en: {
    'medical-emergency':
      "What you're describing could be a medical emergency. Please call your emergency number now, or ask someone near you to call. The number is on your screen. If you can, unlock your door and stay where someone can reach you. We'll be right here when you're safe.",
    overdose:
      "Thank you for telling us. Please call your emergency number or poison help now, even if you feel all right at the moment. The numbers are on your screen. If someone is with you, tell them what was taken. Getting help quickly makes a real difference. We'll be here when you come back.",
    suicide:
      "I'm really glad you told us. You don't have to carry this alone, and feelings this heavy can ease with support. People at a crisis line are ready to listen right now, any time of day; their numbers are on your screen. If you might act on these thoughts soon, please call your emergency number. Whenever you're ready, we'll be here.",
    'self-harm':
      "Thank you for trusting us with this. You deserve care, not more pain. Someone at a crisis line can talk with you right now; the numbers are on your screen. If you're hurt and need medical help, please call your emergency number. We'll be here when you want to come back.",
    'harm-to-others':
      "Thank you for saying this out loud; that takes courage. Please put some distance between you and anyone who could get hurt, and call a crisis line now. The numbers are on your screen. If someone is in danger right now, call your emergency number. We'll be here afterwards.",
    abuse:
      "I'm so sorry this is happening. It isn't your fault, and you deserve to be safe. The support lines on your screen can help you think through what to do, in confidence. If you're in danger right now, call your emergency number. If someone might see this screen, the quick-exit key hides the app. We'll be here when you're ready.",
    'stopping-treatment':
      "It sounds like treatment has worn you down, and that is a heavy place to be. Before you stop, please talk with someone today: a crisis line is on your screen now, and your care team can look at other options with you. If you feel unwell, call your emergency number. We're here when you want to talk more.",
  },
  es: {
    'medical-emergency':
      'Lo que describes podría ser una emergencia médica. Por favor, llama ahora a tu número de emergencias o pide a alguien cercano que llame. El número está en tu pantalla. Si puedes, abre la puerta y quédate donde puedan encontrarte. Aquí estaremos cuando estés a salvo.',
    overdose:
      'Gracias por contárnoslo. Por favor, llama ahora a emergencias o al centro de toxicología, aunque ahora te sientas bien. Los números están en tu pantalla. Si alguien está contigo, dile qué se tomó. Pedir ayuda rápido marca una diferencia real. Seguiremos aquí cuando vuelvas.',
    suicide:
      'Me alegra mucho que nos lo hayas dicho. No tienes que cargar con esto a solas, y sentimientos tan pesados pueden aliviarse con apoyo. En una línea de crisis hay personas listas para escucharte ahora mismo, a cualquier hora; sus números están en tu pantalla. Si crees que podrías actuar pronto, llama a tu número de emergencias. Cuando quieras, aquí estaremos.',
    'self-harm':
      'Gracias por confiarnos esto. Mereces cuidado, no más dolor. Alguien en una línea de crisis puede hablar contigo ahora; los números están en tu pantalla. Si te has herido y necesitas atención médica, llama a tu número de emergencias. Aquí estaremos cuando quieras volver.',
    'harm-to-others':
      'Gracias por decirlo en voz alta; eso requiere valor. Por favor, aléjate de quien pueda salir herido y llama ahora a una línea de crisis. Los números están en tu pantalla. Si alguien está en peligro ahora mismo, llama a emergencias. Seguiremos aquí después.',
    abuse:
      'Siento mucho que esto te esté pasando. No es tu culpa y mereces estar a salvo. Las líneas de apoyo de tu pantalla pueden ayudarte a pensar qué hacer, de forma confidencial. Si estás en peligro ahora mismo, llama a emergencias. Si alguien puede ver esta pantalla, la tecla de salida rápida oculta la aplicación. Aquí estaremos cuando quieras.',
    'stopping-treatment':
      'Parece que has llegado al límite con el tratamiento, y es un lugar muy pesado. Antes de dejarlo, por favor habla hoy con alguien: tienes una línea de crisis en pantalla y tu equipo médico puede buscar otras opciones contigo. Si te sientes mal, llama a emergencias. Aquí estamos cuando quieras hablar.',
  },
};

const DISTRESS_SCRIPTS: Readonly<Record<ScriptLanguage, string>> = {
  en: "That sounds really hard, and I'm glad you said it here. You don't have to hold it alone. If it ever feels like too much, the support lines are just a tap away on your screen, any time. Would you like to tell us a bit more about what today has been like?",
  es: 'Eso suena muy difícil, y me alegra que lo hayas dicho aquí. No tienes que cargarlo a solas. Si en algún momento es demasiado, las líneas de apoyo están a un toque en tu pantalla, a cualquier hora. ¿Quieres contarnos un poco más de cómo ha sido hoy?',
};

/** The category whose script speaks for an assessment, or null when none applies. */
export function leadCategory(categories: readonly CrisisCategory[]): CrisisCategory | null {
  return SCRIPT_PRIORITY.find((c) => categories.includes(c)) ?? null;
}

/** The facilitator's words for a crisis in one category. */
export function crisisScript(category: CrisisCategory, language: ScriptLanguage = 'en'): string {
  return CRISIS_SCRIPTS[language][category];
}

/** The facilitator's words for distress: care, resources in view, the group carries on. */
export function distressScript(language: ScriptLanguage = 'en'): string {
  return DISTRESS_SCRIPTS[language];
}

/** The scripted reply for an assessment, or null for "none" (the group answers as usual). */
export function facilitatorScriptFor(assessment: CrisisAssessment, language: ScriptLanguage = 'en'): string | null {
  if (assessment.level === 'none') return null;
  if (assessment.level === 'distress') return distressScript(language);
  return crisisScript(leadCategory(assessment.categories) ?? 'suicide', language);
}
