// The facilitator's scripted words: instant, safe and the same with or without a model. Used to open
// a session, hold the space on a medical question or hostility, correct misinformation with the
// pack's own words and source, remind everyone that members are AI-generated, and close.
import type { Language, SessionTopic } from '../domain';
import type { FlatFact } from '../knowledge/flattenPack';

type Variants = readonly string[];
const pick = (variants: Variants, seed: number): string => variants[Math.abs(Math.trunc(seed)) % variants.length]!;
const fill = (text: string, values: Readonly<Record<string, string>>): string => text.replace(/\{(\w+)\}/g, (_m, k: string) => values[k] ?? '');

const OPEN: Readonly<Record<Language, Variants>> = {
  en: [
    "Hi, and welcome. I'm {name} — I live with {own} myself, and I'll be looking after this space. Everyone here, me included, is AI-generated, and we share experience, not medical advice. How are you doing today, honestly?",
    "Welcome in. I'm {name}; I've lived with {own} for a while, and I'm here to keep this group kind and safe. Quick reminder: we're all AI-generated, and we share what life is like, not medical advice. What's on your mind today?",
    "Hello, I'm really glad you're here. I'm {name}, and I live with {own} too. We're AI-generated peers, so think of us as people to think out loud with — your care team is for medical decisions. How has your week been?",
  ],
  es: [
    'Hola, bienvenida o bienvenido. Soy {name}; yo también vivo con {own} y voy a cuidar este espacio. Todas las personas aquí, {includingMe}, estamos generadas por IA, y compartimos experiencias, no consejos médicos. ¿Cómo estás hoy, de verdad?',
    'Qué bueno que estés aquí. Soy {name} y llevo un tiempo viviendo con {own}. Un recordatorio rápido: somos compañeros generados por IA y compartimos cómo es el día a día, no consejos médicos. ¿Qué tienes en mente hoy?',
  ],
};

/** A one-to-one chat: the facilitator says who the chat is with and stays in the background. */
const OPEN_ONE_TO_ONE: Readonly<Record<Language, Variants>> = {
  en: [
    "Hi, I'm {name}. This is a one-to-one chat between you and {buddy}. I'll stay in the background to keep it safe and only step in if you need me. {buddy} and I are AI-generated, and we share experience, not medical advice.",
    "Hello, I'm {name}. It's just you and {buddy} here; I'll keep an eye on things from the background. A quick reminder: {buddy} and I are AI-generated, and we share what life is like, not medical advice.",
  ],
  es: [
    'Hola, soy {name}. Esta es una conversación uno a uno entre tú y {buddy}. Yo me quedo en segundo plano para cuidar este espacio y solo intervengo si me necesitas. {buddy} y yo somos personajes generados por IA y compartimos experiencias, no consejos médicos.',
    'Hola, soy {name}. Aquí están solo tú y {buddy}; yo acompaño desde un segundo plano. Un recordatorio rápido: {buddy} y yo somos personajes generados por IA y compartimos cómo es el día a día, no consejos médicos.',
  ],
};

const TOPIC_OPEN: Readonly<Record<Language, string>> = {
  en: ' Today we said we would talk about {topic}, but anything you bring is welcome.',
  es: ' Hoy queríamos hablar de {topic}, pero lo que traigas es bienvenido.',
};

const TOPIC_WORDS: Readonly<Record<Language, Readonly<Record<SessionTopic, string>>>> = {
  en: {
    open: 'anything', 'medical-disclosure': 'telling people about your condition', unpredictability: 'coping with unpredictable days',
    stigma: 'stigma', 'treatment-burnout': 'treatment burnout', relationships: 'friendships and relationships',
    'self-advocacy': 'speaking up for yourself', work: 'work', school: 'school and study', 'new-medication': 'starting a new medication',
  },
  es: {
    open: 'cualquier cosa', 'medical-disclosure': 'contar a otras personas tu diagnóstico', unpredictability: 'los días impredecibles',
    stigma: 'el estigma', 'treatment-burnout': 'el cansancio del tratamiento', relationships: 'amistades y relaciones',
    'self-advocacy': 'defender lo que necesitas', work: 'el trabajo', school: 'los estudios', 'new-medication': 'empezar una medicación nueva',
  },
};

const MEDICAL: Readonly<Record<Language, Variants>> = {
  en: [
    "That's such an important question, and it's one for your doctor, nurse or pharmacist — they know your whole picture, and changes to medicines should go through them. It might help to write it down for your next appointment, or call your pharmacist today. Others can share how they handled talking to their team.",
    "I'm really glad you asked it out loud. Decisions about medicines and doses belong with your care team, so please check with your doctor or pharmacist before changing anything. What we can do here is share how it felt for us.",
  ],
  es: [
    'Es una pregunta muy importante, y es para tu médico, enfermera o farmacéutico: conocen todo tu caso, y cualquier cambio en la medicación debe pasar por ellos. Puede ayudar apuntarla para tu próxima cita o llamar hoy a tu farmacia. Los demás pueden contar cómo lo hablaron con su equipo.',
    'Me alegra que lo hayas preguntado. Las decisiones sobre medicinas y dosis son para tu equipo médico, así que consulta con tu médico o farmacéutico antes de cambiar nada. Aquí podemos compartir cómo lo vivimos.',
  ],
};

/** In a one-to-one chat there are no "others" to share: the buddy can. */
const MEDICAL_ONE_TO_ONE: Readonly<Record<Language, Variants>> = {
  en: ["That's an important question, and it's one for your doctor, nurse or pharmacist: changes to medicines should go through them. It might help to write it down for your next appointment. {buddy} can share how it went for them, talking to their own team."],
  es: ['Es una pregunta importante, y es para tu médico, enfermera o farmacéutico: cualquier cambio en la medicación debe pasar por ellos. Puede ayudar anotarla para tu próxima cita. {buddy} puede contarte cómo lo habló con su propio equipo.'],
};

const CONFLICT: Readonly<Record<Language, Variants>> = {
  en: [
    "It sounds like things are really hard right now, and it's okay to be angry — this space can hold that. We're AI-generated peers and we won't always get it right. Would it help to tell us what's going on, or would you rather take a breather?",
  ],
  es: [
    'Parece que ahora mismo todo está siendo muy difícil, y está bien sentir rabia: este espacio puede con eso. Somos compañeros generados por IA y no siempre acertamos. ¿Quieres contarnos qué está pasando, o prefieres tomarte un respiro?',
  ],
};

const CORRECTION: Readonly<Record<Language, string>> = {
  en: "I want to gently add something, because a lot of us have heard that too. Here's what {publisher} says: {fact} [1]",
  es: 'Quiero añadir algo con cariño, porque muchos lo hemos oído también. Esto es lo que dice {publisher}: {fact} [1]',
};

const REMINDER: Readonly<Record<Language, string>> = {
  en: 'A quick reminder from Hearth: everyone in this group is AI-generated. They share experience, not medical advice — your care team is there for decisions about your health.',
  es: 'Un recordatorio de Hearth: todas las personas de este grupo están generadas por IA. Comparten experiencias, no consejos médicos; tu equipo médico está para las decisiones sobre tu salud.',
};

const CLOSE_FALLBACK: Readonly<Record<Language, string>> = {
  en: "Thank you for being here today and for sharing what you did — it takes courage. Before we finish: what's one small step you'd like to take before next time? It can be tiny.",
  es: 'Gracias por estar aquí hoy y por lo que has compartido: hace falta valor. Antes de terminar, ¿qué pequeño paso te gustaría dar antes de la próxima vez? Puede ser algo muy pequeño.',
};

/** In a one-to-one chat the reminder names the two of them, not a group. */
const REMINDER_ONE_TO_ONE: Readonly<Record<Language, string>> = {
  en: 'A quick reminder from Hearth: {buddy} and the facilitator are AI-generated. They share experience, not medical advice — your care team is there for decisions about your health.',
  es: 'Un recordatorio de Hearth: {buddy} y la persona facilitadora están generados por IA. Comparten experiencias, no consejos médicos; tu equipo médico está para las decisiones sobre tu salud.',
};

/** After a quiet spell in a one-to-one chat: an invitation to tell the buddy, not "us". */
const SILENCE_ONE_TO_ONE: Readonly<Record<Language, Variants>> = {
  en: ["No rush at all — sometimes it takes a minute. If it helps, you could tell {buddy} one thing that's been on your mind this week."],
  es: ['Sin prisa: a veces cuesta empezar. Si te ayuda, cuéntale a {buddy} una cosa que te haya rondado la cabeza esta semana.'],
};

const SILENCE: Readonly<Record<Language, Variants>> = {
  en: ["No rush at all — sometimes it takes a minute. If it helps, you could tell us one thing that's been on your mind this week."],
  es: ['Sin prisa: a veces cuesta empezar. Si te ayuda, cuéntanos una cosa que te haya rondado la cabeza esta semana.'],
};

export interface OpeningInput {
  readonly language: Language;
  readonly facilitatorName: string;
  /** For Spanish agreement ("yo incluida" / "yo incluido"). */
  readonly facilitatorGender?: 'woman' | 'man' | 'nonbinary';
  /** The facilitator's own condition, lower-case as said in a sentence. */
  readonly facilitatorCondition: string;
  readonly topic: SessionTopic;
  readonly seed: number;
  /** In a one-to-one buddy chat: the buddy's name. The opening then speaks of the two of them, not a group. */
  readonly buddyName?: string;
}

const firstName = (name: string): string => name.split(' ')[0] ?? name;

/** The facilitator's scripted welcome that opens a group's first session (or a buddy chat). */
export function openingWords(input: OpeningInput): string {
  if (input.buddyName !== undefined) {
    return fill(pick(OPEN_ONE_TO_ONE[input.language], input.seed), { name: firstName(input.facilitatorName), buddy: firstName(input.buddyName) });
  }
  const includingMe = input.facilitatorGender === 'man' ? 'yo incluido' : input.facilitatorGender === 'woman' ? 'yo incluida' : 'incluyéndome';
  const base = fill(pick(OPEN[input.language], input.seed), { name: firstName(input.facilitatorName), own: input.facilitatorCondition, includingMe });
  return input.topic === 'open' ? base : base + fill(TOPIC_OPEN[input.language], { topic: TOPIC_WORDS[input.language][input.topic] });
}

/** The facilitator's redirect of a medical question; in a one-to-one chat it names the buddy instead of "others". */
export const medicalRedirectWords = (language: Language, seed: number, buddyName?: string): string =>
  buddyName !== undefined ? fill(pick(MEDICAL_ONE_TO_ONE[language], seed), { buddy: firstName(buddyName) }) : pick(MEDICAL[language], seed);
export const conflictWords = (language: Language, seed: number): string => pick(CONFLICT[language], seed);
/** The invitation after a long quiet; in a one-to-one chat it points to the buddy. */
export const silenceWords = (language: Language, seed: number, buddyName?: string): string =>
  buddyName !== undefined ? fill(pick(SILENCE_ONE_TO_ONE[language], seed), { buddy: firstName(buddyName) }) : pick(SILENCE[language], seed);
/** Hearth's periodic reminder that the members are AI-generated; in a one-to-one chat it names the buddy. */
export const aiReminderWords = (language: Language, buddyName?: string): string =>
  buddyName !== undefined ? fill(REMINDER_ONE_TO_ONE[language], { buddy: firstName(buddyName) }) : REMINDER[language];
export const closeFallbackWords = (language: Language): string => CLOSE_FALLBACK[language];

/** A kind correction quoting the pack's own fact; its marker [1] cites that fact. */
export function correctionWords(language: Language, fact: FlatFact): string {
  const publisher = fact.sources[0]?.publisher ?? fact.packName;
  return fill(CORRECTION[language], { publisher, fact: fact.text.replace(/\s*\.?$/, '.') });
}

/** How often the AI reminder recurs in a long session (messages between reminders). */
export const AI_REMINDER_EVERY = 30;
