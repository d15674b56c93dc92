// How a peer copes and how they talk. The prompt reads these as "copes by: …" and "talks: …", so
// coping styles are written to follow "copes by" and voices are short notes, not sentences.
// Each role leans towards some voices (the Ally asks questions back, the Navigator is organised),
// but every voice can appear anywhere so groups do not all sound alike.
import type { Role } from '@shared/domain';
import type { Bilingual } from './text';

/** A bank entry with an id (for story keys and tests) and the roles it suits best. */
export interface Trait extends Bilingual {
  readonly id: string;
  readonly suits?: readonly Role[];
}

const t = (id: string, en: string, es: string, suits?: readonly Role[]): Trait => ({ id, en, es, ...(suits ? { suits } : {}) });

/** Coping styles, written to follow "copes by:". */
export const COPING_STYLES: readonly Trait[] = [
  t('plans', 'making a plan, then a backup plan', 'haciendo un plan, y luego un plan B', ['navigator', 'specialist']),
  t('humour', 'finding the funny side, even on bad days', 'buscándole el lado gracioso, incluso en los días malos'),
  t('one-day', 'taking it one day at a time', 'yendo día a día', ['veteran', 'ally']),
  t('reads-then-rests', 'reading everything, then stepping away from it for a while', 'leyéndolo todo y luego desconectando un tiempo', ['navigator']),
  t('keeps-busy', 'keeping busy; slowing down is the hard part', 'manteniéndose ocupad{o|a|e}; frenar es lo que más le cuesta'),
  t('talks-it-out', 'talking things through with one close friend', 'hablándolo con una amistad de confianza', ['ally']),
  t('quiet', 'going quiet first and talking once the thoughts have settled', 'callándose primero y hablando cuando ya lo tiene ordenado'),
  t('writes', 'writing things down: symptoms, questions, small wins', 'apuntándolo todo: síntomas, preguntas, pequeñas victorias', ['specialist', 'mirror']),
  t('routine', 'sticking to routines that make the bad days smaller', 'con rutinas que hacen más pequeños los días malos', ['veteran', 'specialist']),
  t('creative', 'making things: drawing, knitting, fixing old bikes', 'haciendo cosas con las manos: dibujar, tejer, arreglar bicis viejas'),
  t('moving', 'moving when able, even if it is only a short walk', 'moviéndose cuando puede, aunque sea un paseo corto'),
  t('acceptance', 'accepting the condition after years of fighting it', 'aceptando la enfermedad después de años peleándose con ella', ['veteran']),
  t('advocacy', 'speaking up for their own care, and for other people', 'alzando la voz, por sí mism{o|a|e} y por los demás', ['veteran', 'navigator']),
  t('honest-anger', 'letting the anger out honestly, then getting on with things', 'soltando el enfado con sinceridad y luego siguiendo adelante'),
  t('faith', 'prayer and a faith community', 'la oración y su comunidad de fe'),
  t('nature', 'time outside: the garden, the park, the sea', 'pasando tiempo fuera: el huerto, el parque, el mar'),
  t('music', 'music, loud, and sometimes singing along badly', 'con música a todo volumen, y a veces cantando mal', ['ally']),
  t('pacing', 'pacing: spending energy like a budget', 'dosificando la energía como si fuera un presupuesto', ['veteran', 'specialist']),
  t('helping', 'helping others, which makes it feel useful', 'ayudando a otras personas, que le da sentido', ['ally', 'veteran']),
];

/** Ways of talking: short notes for the prompt's "talks:" line. */
export const VOICES: readonly Trait[] = [
  t('dry', 'dry humour, short sentences', 'humor seco, frases cortas', ['veteran']),
  t('lists', 'talks in lists, practical', 'habla con listas, práctic{o|a|e}', ['navigator', 'specialist']),
  t('gentle-asks', 'gentle, asks questions back', 'amable, devuelve preguntas', ['ally']),
  t('warm-stories', 'warm and chatty, tells small stories', 'cálid{o|a|e} y {hablador|habladora|habladore}, cuenta pequeñas historias', ['ally', 'mirror']),
  t('plain', 'plain-spoken, no jargon', 'habla claro, sin tecnicismos', ['veteran', 'mirror']),
  t('thoughtful', 'thoughtful, careful with words', 'reflexiv{o|a|e}, cuida las palabras'),
  t('upbeat-honest', 'upbeat but honest about bad days', 'optimista, pero sincer{o|a|e} con los días malos', ['mirror']),
  t('blunt-kind', 'blunt but kind', 'direct{o|a|e} pero amable', ['veteran']),
  t('self-deprecating', 'self-deprecating humour', 'se ríe de sí mism{o|a|e}'),
  t('calm', 'calm and steady', 'tranquil{o|a|e} y constante', ['veteran', 'facilitator']),
  t('curious', 'curious, lots of questions', 'curios{o|a|e}, pregunta mucho', ['mirror', 'ally']),
  t('precise', 'precise, likes getting details right', 'precis{o|a|e}, le gusta acertar con los detalles', ['navigator', 'specialist']),
  t('encouraging', 'softly spoken, encouraging', 'voz suave, anima a los demás', ['ally']),
  t('lively', 'lively, quick to laugh', 'animad{o|a|e}, se ríe enseguida', ['mirror']),
  t('reflective', 'reflective, links things to the bigger picture', 'reflexiv{o|a|e}, lo conecta todo con el panorama general', ['veteran']),
];

/** The facilitator's voice: always a calm holder of the space, with a little personality. */
export const FACILITATOR_VOICES: readonly Trait[] = [
  t('fac-calm', 'calm, clear, sums up and invites others in', 'tranquil{o|a|e}, clar{o|a|e}, resume e invita a participar'),
  t('fac-warm', 'warm and unhurried, names feelings, makes room for quiet members', 'cálid{o|a|e} y sin prisas, pone nombre a las emociones y da espacio a quien habla menos'),
  t('fac-grounded', 'grounded, a little humour, keeps the group on track', 'con los pies en la tierra, algo de humor, mantiene al grupo centrado'),
];

/** The facilitator's way of coping: their training shows. */
export const FACILITATOR_COPING: readonly Trait[] = [
  t('fac-boundaries', 'keeping clear boundaries and a good support network of their own', 'con límites claros y su propia red de apoyo'),
  t('fac-supervision', 'regular supervision and time off after heavy sessions', 'con supervisión regular y descanso después de las sesiones duras'),
  t('fac-practice', 'the same pacing and planning they share with the group', 'con la misma dosificación y planificación que comparte con el grupo'),
];

/** Picks weight: entries that suit the role are three times as likely. */
export function traitWeight(trait: Trait, role: Role): number {
  return trait.suits?.includes(role) ? 3 : 1;
}
