// The first session opens on people, not an empty room: after the facilitator's welcome, one or two
// peers say a short hello, one after another, the way people arrive. The hellos are scripted, not
// model-written, so they come at once, also while the model is still downloading, and they say
// nothing about health, treatments or the peer's own story: a greeting claims no fact.
import type { Language, Role } from '../domain';
import { Rng } from './cohort/random';

type Variants = readonly string[];

const GROUP: Readonly<Record<Language, Variants>> = {
  en: [
    "Hi, I'm {name}. Really glad you're here.",
    "Hey, {name} here. Good to meet you, go at your own pace.",
    "Hello, I'm {name}. It's good to have you with us.",
    "Hi there, {name} here. Share as much or as little as you like.",
    "Hi, I'm {name}. I'm glad you found your way here.",
    "Hello from {name}. However today has been, you're welcome as you are.",
    "Hey, I'm {name}. Nice to meet you.",
    "Hi, {name} here. Come in, make yourself comfortable.",
  ],
  es: [
    'Hola, soy {name}. Me alegra mucho que estés aquí.',
    'Hola, aquí {name}. Qué gusto conocerte; ve a tu ritmo.',
    'Hola, soy {name}. Qué bueno tenerte con nosotros.',
    'Hola, aquí {name}. Comparte tanto o tan poco como quieras.',
    'Hola, soy {name}. Me da gusto que hayas encontrado este espacio.',
    'Un saludo de {name}. Como haya sido tu día, aquí tienes un lugar.',
    'Hola, soy {name}. Mucho gusto.',
    'Hola, aquí {name}. Pasa, aquí estás en confianza.',
  ],
};

const ONE_TO_ONE: Readonly<Record<Language, Variants>> = {
  en: [
    "Hi, I'm {name}. I'm glad we get to talk one to one. We can go at whatever pace suits you.",
    "Hey, {name} here. Glad we get to talk, just you and me. What would you like to start with?",
    "Hello, I'm {name}. Nice to meet you properly. I'm listening whenever you're ready.",
  ],
  es: [
    'Hola, soy {name}. Aquí estamos solo tú y yo, así que vamos a tu ritmo.',
    'Hola, aquí {name}. Qué bueno que podamos hablar, solo tú y yo. ¿Por dónde te gustaría empezar?',
    'Hola, soy {name}. Aquí no hay público, solo nosotros dos. Te escucho cuando quieras.',
  ],
};

/** Every hello Hearth can say, and the one-to-one ones (for tests that hold each one to the reply guard's rules). */
export const ALL_HELLOS: Readonly<Record<Language, Variants>> = {
  en: [...GROUP.en, ...ONE_TO_ONE.en],
  es: [...GROUP.es, ...ONE_TO_ONE.es],
};
export const ONE_TO_ONE_HELLOS = ONE_TO_ONE;

/** Who comes in first: the roles that lead with warmth. */
const WARM_FIRST: readonly Role[] = ['mirror', 'ally'];

/** A peer who may say hello. */
export interface HelloCandidate {
  readonly id: string;
  readonly role: Role;
  /** The name the peer goes by ("Rosa M."): the hello uses the first name. */
  readonly name: string;
}

/** One scripted hello: who says it and what. */
export interface Hello {
  readonly memberId: string;
  readonly text: string;
}

/**
 * The hellos for a group's first session, in the order they arrive: one or two peers in a group (a
 * warm role first), the buddy alone in a one-to-one chat. The same seed gives the same hellos; two
 * peers never say the same words.
 */
export function firstHellos(peers: readonly HelloCandidate[], language: Language, seed: number, oneToOne: boolean): Hello[] {
  const rng = Rng.for(seed, 'hellos');
  const say = (peer: HelloCandidate, text: string): Hello => ({ memberId: peer.id, text: text.replace('{name}', peer.name.split(' ')[0] ?? peer.name) });
  if (oneToOne) {
    const buddy = peers[0];
    return buddy ? [say(buddy, rng.pick(ONE_TO_ONE[language]))] : [];
  }
  if (peers.length === 0) return [];
  const warm = peers.filter((p) => WARM_FIRST.includes(p.role));
  const first = rng.pick(warm.length > 0 ? warm : peers);
  const rest = peers.filter((p) => p.id !== first.id);
  const arriving = rest.length > 0 && rng.chance(0.6) ? [first, rng.pick(rest)] : [first];
  const lines = rng.shuffle(GROUP[language]);
  return arriving.map((peer, i) => say(peer, lines[i % lines.length]!));
}
