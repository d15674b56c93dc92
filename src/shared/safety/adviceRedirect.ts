// The facilitator's words that replace a peer reply the advice guard flagged twice. They keep the
// group's rule (experience, not instructions), send the medical question to the care team, and
// hand the conversation back to the user. A few variants so a long session does not repeat itself.
import type { ScriptLanguage } from './crisisScript';

const REDIRECTS: Readonly<Record<ScriptLanguage, readonly string[]>> = {
  en: [
    "Let me step in here. Here we share what we've lived through, not what anyone should do with their own treatment. That question is a good one for your care team or a pharmacist. Would it help to jot it down for your next appointment?",
    "I'm going to pause us for a moment. None of us can say what's right for your medicines or your body; your doctor or pharmacist can, and it's worth asking them soon. What we can do is share how it went for us, if that would help.",
    "Quick reminder from me: we swap experiences here, not medical instructions. Changes to medicines or doses are for you and your care team to decide together. What part of this has been weighing on you most?",
    "Let's keep this one for your care team. They know your history and can answer it properly. In the meantime, how are you feeling about it all?",
  ],
  es: [
    'Quiero intervenir aquí. Aquí compartimos lo que hemos vivido, no lo que cada quien debe hacer con su tratamiento. Esa pregunta es buena para tu equipo médico o tu farmacéutico. ¿Te ayudaría anotarla para tu próxima cita?',
    'Voy a hacer una pausa un momento. Ninguno de nosotros puede decir qué es lo correcto para tus medicinas o tu cuerpo; tu médico o tu farmacéutico sí, y vale la pena preguntarles pronto. Lo que sí podemos hacer es contar cómo nos fue, si te sirve.',
    'Un recordatorio rápido: aquí intercambiamos experiencias, no instrucciones médicas. Los cambios de medicinas o de dosis los decides con tu equipo médico. ¿Qué parte de todo esto te pesa más?',
    'Guardemos esta para tu equipo médico: conocen tu historia y pueden responderla bien. Mientras tanto, ¿cómo te sientes con todo esto?',
  ],
};

/** How many redirect variants each language has. */
export const ADVICE_REDIRECT_VARIANTS = REDIRECTS.en.length;

/** The facilitator's redirect; `turn` (any integer, e.g. the turn number) picks the variant, so it does not repeat back to back. */
export function adviceRedirect(language: ScriptLanguage = 'en', turn = 0): string {
  const variants = REDIRECTS[language];
  const index = ((Math.trunc(turn) % variants.length) + variants.length) % variants.length;
  return variants[index] ?? variants[0] ?? '';
}
