// The facilitator's direct question when risk is uncertain, in scripted words (never the model's),
// and how the person's answer is read. Asking plainly about suicide does not put the idea in
// anyone's head; it tells them someone noticed (see ASKING.md beside this file for the reasoning
// and sources). The words name the thing asked about, stay warm and short, keep help in view, and
// say that the others are waiting, so the person does not feel watched by an audience.
import type { AskAbout } from './gateResponse';
import type { ScriptLanguage } from './crisisScript';

const ASK: Readonly<Record<ScriptLanguage, Readonly<Record<AskAbout, string>>>> = {
  en: {
    'self-harm':
      "Thank you for telling us. I'd like to ask you something directly, because you matter to us: are you having thoughts of ending your life, or of hurting yourself? You can answer however you like, and it's okay to say yes. Everyone here will wait, and Get help now is there any time.",
    overdose:
      "I want to check something straight away, because it matters: have you taken more of a medicine than you were prescribed, or more than is safe? It's okay to say yes; no one here will judge you. Everyone here will wait, and Get help now is there if you need it.",
    emergency:
      "What you describe worries me, so I'll ask you straight out: is this happening right now? If it is, please call your emergency number now; it's under Get help now. Everyone here will wait for your answer.",
    abuse:
      "Thank you for telling us. I'd like to ask you something directly, because your safety matters: is someone hurting you, threatening you, or making you afraid? It's okay to say yes; no one here will judge you. Everyone here will wait, and Get help now is there any time.",
    'harm-to-others':
      "Thank you for being honest with us. I'd like to ask you something directly, because it matters: are you having thoughts of hurting someone? It's okay to say yes; saying it is a first step to keeping everyone safe. Everyone here will wait, and Get help now is there any time.",
  },
  es: {
    'self-harm':
      'Gracias por contárnoslo. Quiero preguntarte algo directamente, porque nos importas: ¿estás pensando en quitarte la vida o en hacerte daño? Puedes responder como quieras, y está bien decir que sí. Aquí todos esperarán, y «Pedir ayuda ahora» está ahí siempre.',
    overdose:
      'Quiero comprobar algo enseguida, porque es importante: ¿has tomado más de un medicamento de lo que te recetaron, o más de lo que es seguro? Está bien decir que sí; aquí nadie te va a juzgar. Aquí todos esperarán, y «Pedir ayuda ahora» está ahí si lo necesitas.',
    emergency:
      'Lo que cuentas me preocupa, así que te lo pregunto directamente: ¿está pasando ahora mismo? Si es así, llama ya a tu número de emergencias; lo tienes en «Pedir ayuda ahora». Aquí todos esperarán tu respuesta.',
    abuse:
      'Gracias por contárnoslo. Quiero preguntarte algo directamente, porque tu seguridad importa: ¿alguien te está haciendo daño, te amenaza o te da miedo? Está bien decir que sí; aquí nadie te va a juzgar. Aquí todos esperarán, y «Pedir ayuda ahora» está ahí siempre.',
    'harm-to-others':
      'Gracias por tu sinceridad. Quiero preguntarte algo directamente, porque es importante: ¿estás pensando en hacerle daño a alguien? Está bien decir que sí; decirlo es un primer paso para que todos estén a salvo. Aquí todos esperarán, y «Pedir ayuda ahora» está ahí siempre.',
  },
};

/** Asked once more when an answer was neither yes nor no: shorter, with the ways to answer. */
const ASK_AGAIN: Readonly<Record<ScriptLanguage, Readonly<Record<AskAbout, string>>>> = {
  en: {
    'self-harm': "I want to be sure I understand, so I'll ask simply: are you thinking about ending your life or hurting yourself? Yes, no, or \"I'd rather not say\" are all fine answers.",
    overdose: "I want to be sure I understand: have you taken more than you were prescribed, or more than is safe? Yes, no, or \"I'd rather not say\" are all fine answers.",
    emergency: "I want to be sure I understand: is this happening right now? Yes, no, or \"I'd rather not say\" are all fine answers.",
    abuse: "I want to be sure I understand: is someone hurting you, threatening you, or making you afraid? Yes, no, or \"I'd rather not say\" are all fine answers.",
    'harm-to-others': "I want to be sure I understand: are you having thoughts of hurting someone? Yes, no, or \"I'd rather not say\" are all fine answers.",
  },
  es: {
    'self-harm': 'Quiero asegurarme de entenderte, así que te lo pregunto de forma sencilla: ¿estás pensando en quitarte la vida o en hacerte daño? Sí, no o «Prefiero no decirlo» son respuestas válidas.',
    overdose: 'Quiero asegurarme de entenderte: ¿has tomado más de lo que te recetaron, o más de lo que es seguro? Sí, no o «Prefiero no decirlo» son respuestas válidas.',
    emergency: 'Quiero asegurarme de entenderte: ¿está pasando ahora mismo? Sí, no o «Prefiero no decirlo» son respuestas válidas.',
    abuse: 'Quiero asegurarme de entenderte: ¿alguien te está haciendo daño, te amenaza o te da miedo? Sí, no o «Prefiero no decirlo» son respuestas válidas.',
    'harm-to-others': 'Quiero asegurarme de entenderte: ¿estás pensando en hacerle daño a alguien? Sí, no o «Prefiero no decirlo» son respuestas válidas.',
  },
};

const AFTER_NO: Readonly<Record<ScriptLanguage, string>> = {
  en: "Thank you for telling me, I'm glad. I asked because I care how you're doing. We're here with you; carry on whenever you like.",
  es: 'Gracias por decírmelo, me alegro. Te lo pregunté porque me importa cómo estás. Seguimos aquí contigo; continúa cuando quieras.',
};

const AFTER_NO_ANSWER: Readonly<Record<ScriptLanguage, string>> = {
  en: "That's okay, you don't have to say. Get help now stays right here on your screen, any time, day or night. We're still here whenever you want to go on.",
  es: 'Está bien, no tienes que decirlo. «Pedir ayuda ahora» sigue aquí en tu pantalla, a cualquier hora, de día o de noche. Seguimos contigo cuando quieras continuar.',
};

const AFTER_MISREAD: Readonly<Record<ScriptLanguage, string>> = {
  en: "Thank you for putting me right, and sorry for the interruption. I'd rather check and be wrong. We're here; carry on whenever you're ready.",
  es: 'Gracias por aclararlo, y perdona la interrupción. Prefiero preguntar y equivocarme. Aquí estamos; continúa cuando quieras.',
};

/** The facilitator's direct question. */
export const askWords = (about: AskAbout, language: ScriptLanguage): string => ASK[language][about];

/** The question once more, after an answer that was neither yes nor no. */
export const askAgainWords = (about: AskAbout, language: ScriptLanguage): string => ASK_AGAIN[language][about];

/** After a no: thanks, and back to the group. */
export const afterNoWords = (language: ScriptLanguage): string => AFTER_NO[language];

/** After "I'd rather not say" (or no clear answer twice): no pressure, help stays in view. */
export const afterNoAnswerWords = (language: ScriptLanguage): string => AFTER_NO_ANSWER[language];

/** After "That's not what I meant": a short apology, and back to the group. */
export const afterMisreadWords = (language: ScriptLanguage): string => AFTER_MISREAD[language];

/** The quick replies under the question; sending one is the same as typing it. */
export interface AskQuickReplies {
  readonly yes: string;
  readonly no: string;
  readonly decline: string;
}

const QUICK: Readonly<Record<ScriptLanguage, AskQuickReplies>> = {
  en: { yes: 'Yes', no: 'No', decline: "I'd rather not say" },
  es: { yes: 'Sí', no: 'No', decline: 'Prefiero no decirlo' },
};

/** The quick replies' words in a language. */
export const askQuickReplies = (language: ScriptLanguage): AskQuickReplies => QUICK[language];

/** How an answer to the question reads: yes (or a hedge, which counts as yes), no, no answer, or unclear. */
export type AskAnswer = 'yes' | 'no' | 'decline' | 'unclear';

const fold = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

// Declining first: "I don't want to say" starts like a no but is not one.
const DECLINE = /\b(?:i'?d rather not|i would rather not|rather not (?:say|answer|talk)|prefer not to|i'?d prefer not|don'?t (?:want|wanna) to (?:say|answer|talk about it)|not (?:ready|comfortable) to (?:say|answer|talk)|skip|pass|prefiero no|no quiero (?:decir|decirlo|responder|contestar|hablar)|paso)\b/;

// A hedge is a yes for safety: "maybe", "sometimes", "a bit", "kind of", "not sure".
const YES = /^(?:yes|yeah|yea|yep|yup|y|ya|si|sip|i am|i'?m thinking|i have|i did|i do|true|correct|it is|it'?s happening|maybe|sometimes|a (?:bit|little)|kind of|kinda|sort of|sorta|not sure|i don'?t know|idk|i guess|probably|a veces|un poco|tal vez|quizas?|puede ser|creo que si|no se|no estoy segur[oa]|algo)\b/;

const NO = /^(?:no|nope|nah|n|no way|of course not|definitely not|absolutely not|not at all|never|i'?m not|i am not|i haven'?t|i have not|i didn'?t|i did not|it'?s not|it is not|i'?m (?:ok|okay|fine|safe|alright|all right)|i am (?:ok|okay|fine|safe|alright)|para nada|claro que no|nunca|en absoluto|estoy bien|no,? (?:estoy|me encuentro) bien)\b/;

/** A hedge after a no ("no... but sometimes") turns it into a yes. */
const HEDGE_AFTER = /\b(?:but|except|although|though|sometimes|maybe|kind of|sort of|a (?:bit|little)|not sure|pero|aunque|a veces|tal vez|quizas?|un poco)\b/;

/** Unsure answers that begin like a no ("no sé") are hedges, so they count as yes. */
const UNSURE = /^(?:no se|no lo se|no estoy segur[oa]|not sure|i'?m not sure|i don'?t know|idk)\b/;

/** "Not really" and "I don't think so" are soft: asked once more rather than taken as a no. */
const SOFT_NO = /^(?:not really|i don'?t think so|don'?t think so|no creo|realmente no|la verdad es que no)\b/;

/**
 * Reads an answer to the direct question. Only words are read here; the safety gate also runs the
 * crisis assessment on the answer, so a worrying answer opens the panel whatever this says.
 */
export function readAskAnswer(text: string): AskAnswer {
  const t = fold(text).replace(/^[\s"'¿¡.,!]+/, '');
  if (!t) return 'unclear';
  if (DECLINE.test(t)) return 'decline';
  if (SOFT_NO.test(t)) return 'unclear';
  if (UNSURE.test(t)) return 'yes';
  if (NO.test(t)) return HEDGE_AFTER.test(t) ? 'yes' : 'no';
  if (YES.test(t)) return 'yes';
  return 'unclear';
}
