// What helped a peer, written to follow "what helped:". Like the challenge bank, entries are the
// peer's own experience ("pacing my week"), never instructions to anyone else. Entries that name an
// organisation or a treatment are grounded in the pack and carry its citation keys.
import type { Role } from '@shared/domain';
import type { SupportOffer } from '@shared/knowledge/packSchema';
import type { Bilingual } from './text';
import type { z } from 'zod';

/** What an entry draws on. */
export type HelpNeed =
  | { readonly kind: 'none' }
  | { readonly kind: 'organisation'; readonly offer: z.infer<typeof SupportOffer> }
  | { readonly kind: 'tip' }
  | { readonly kind: 'life'; readonly topic: 'work' | 'school' | 'rights' | 'carers' };

/** One "what helped" line. */
export interface HelpEntry extends Bilingual {
  readonly id: string;
  readonly needs: HelpNeed;
  /** Roles this suits best (three times as likely for them). */
  readonly suits?: readonly Role[];
}

const NONE: HelpNeed = { kind: 'none' };
const h = (id: string, needs: HelpNeed, en: string, es: string, suits?: readonly Role[]): HelpEntry => ({ id, needs, en, es, ...(suits ? { suits } : {}) });

/** Everyday things that helped, for anyone living with a condition. */
export const GENERAL_HELP: readonly HelpEntry[] = [
  h('pacing', NONE, "pacing my week so one busy day doesn't wipe out the next", 'dosificar la semana para que un día ajetreado no me arruine el siguiente', ['veteran', 'specialist']),
  h('diary', NONE, 'a symptom diary, so appointments start from facts, not memory', 'un diario de síntomas, para llegar a las citas con datos y no de memoria', ['navigator', 'mirror']),
  h('questions', NONE, 'writing my questions down before appointments', 'apuntar mis preguntas antes de las citas', ['navigator', 'mirror']),
  h('one-person', NONE, "telling one trusted person everything, so I'm not carrying it alone", 'contárselo todo a una persona de confianza para no cargar con ello a solas', ['ally', 'mirror']),
  h('company', NONE, 'taking someone with me to the big appointments', 'ir con alguien a las citas importantes', ['mirror']),
  h('walks', NONE, 'short walks on the better days', 'paseos cortos en los días buenos'),
  h('rest', NONE, 'resting without apologising for it', 'descansar sin pedir perdón por ello', ['veteran', 'ally']),
  h('folder', NONE, 'one folder with every result and letter in it', 'una carpeta con todos los resultados e informes', ['navigator']),
  h('counselling', NONE, 'talking to a counsellor about the emotional side', 'hablar con una psicóloga sobre la parte emocional', ['ally']),
  h('humour', NONE, 'laughing about it with friends who get it', 'reírme de ello con amistades que lo entienden'),
  h('batch-cooking', NONE, 'batch-cooking on good days so bad days still have a proper meal', 'cocinar de más los días buenos para tener comida decente los malos', ['veteran']),
  h('reminders', NONE, 'phone reminders for everything', 'alarmas en el móvil para todo', ['specialist']),
  h('saying-no', NONE, 'learning to say no without a long explanation', 'aprender a decir que no sin dar explicaciones', ['veteran', 'ally']),
  h('hobby', NONE, 'keeping one hobby that has nothing to do with being ill', 'mantener una afición que no tenga nada que ver con la enfermedad', ['ally']),
  h('warning-signs', NONE, 'knowing my own early warning signs and trusting them', 'conocer mis propias señales de alarma y fiarme de ellas', ['veteran']),
  h('accepting', NONE, 'accepting the bad days instead of fighting them', 'aceptar los días malos en vez de pelearme con ellos', ['veteran']),
  h('one-calendar', NONE, 'one calendar for every appointment, shared with my family', 'un solo calendario para todas las citas, compartido con mi familia', ['navigator']),
  h('letters', NONE, 'asking for copies of clinic letters so every specialist sees the same picture', 'pedir copia de los informes para que cada especialista vea lo mismo', ['navigator']),
];

/** Grounded in the pack's organisations (their name fills {org}). */
export const ORGANISATION_HELP: readonly HelpEntry[] = [
  h('org-helpline', { kind: 'organisation', offer: 'helpline' }, 'calling the {org} helpline on a hard evening', 'llamar a la línea de ayuda de {org} una tarde difícil', ['ally', 'mirror']),
  h('org-online', { kind: 'organisation', offer: 'online' }, 'an online group run by {org}', 'un grupo en línea de {org}'),
  h('org-information', { kind: 'organisation', offer: 'information' }, "reading {org}'s guides once I was ready to", 'leer las guías de {org} cuando me sentí con fuerzas', ['navigator', 'mirror']),
  h('org-in-person', { kind: 'organisation', offer: 'in-person' }, 'a local {org} meeting, once I worked up the nerve', 'una reunión local de {org}, cuando me atreví', ['veteran']),
  h('org-carers', { kind: 'organisation', offer: 'carers' }, "{org}'s support for families", 'el apoyo de {org} a las familias'),
];

/** Grounded in the self-management points of a treatment the persona lived with ({treatment}). */
export const TIP_HELP: readonly HelpEntry[] = [
  h('tip-pharmacist', { kind: 'tip' }, 'going through the practical side of {treatment} with my pharmacist', 'repasar la parte práctica de mi tratamiento con mi farmacéutica', ['specialist']),
  h('tip-leaflet', { kind: 'tip' }, 'reading the {treatment} leaflet properly and noting how I felt each week', 'leer bien el prospecto y apuntar cómo me sentía cada semana', ['specialist', 'mirror']),
  h('tip-routine', { kind: 'tip' }, 'building {treatment} into a routine I no longer have to think about', 'meter el tratamiento en una rutina en la que ya no tengo que pensar', ['specialist', 'veteran']),
];

/** Grounded in a life topic of the pack. */
export const LIFE_HELP: readonly HelpEntry[] = [
  h('work-changes', { kind: 'life', topic: 'work' }, 'asking for small changes at work, like a later start on bad mornings', 'pedir pequeños cambios en el trabajo, como entrar más tarde las mañanas malas'),
  h('rights-reading', { kind: 'life', topic: 'rights' }, 'finding out what I am entitled to ask for', 'informarme de lo que tengo derecho a pedir', ['navigator']),
];

/** Study help for higher-education groups. */
export const STUDY_HELP: readonly HelpEntry[] = [
  h('st-disability-office', { kind: 'life', topic: 'school' }, 'the disability service at university, once I finally went', 'el servicio de atención a la discapacidad de la universidad, cuando por fin fui'),
  h('st-recordings', NONE, 'recorded lectures on the bad days', 'las clases grabadas en los días malos'),
  h('st-buddy', NONE, 'a study buddy who shares notes without making it a big deal', 'un compañero de estudio que me pasa apuntes sin darle importancia'),
  h('st-planner', NONE, 'planning deadlines backwards from the week I expect to be worst', 'planificar las entregas hacia atrás desde la semana que espero peor'),
  h('st-one-lecturer', NONE, 'telling one lecturer I trust, who became my go-between', 'contárselo a un profesor de confianza, que hizo de enlace'),
];

/** Carers' help. */
export const CARER_HELP: readonly HelpEntry[] = [
  h('ca-sharing', NONE, "sharing the load with family, even when I'd rather do it all myself", 'repartir la carga con la familia, aunque preferiría hacerlo todo yo'),
  h('ca-group', NONE, "a carers' group where I don't have to explain anything", 'un grupo de cuidadores donde no tengo que explicar nada'),
  h('ca-night-off', NONE, 'a night off once a month, arranged well ahead', 'una noche libre al mes, organizada con tiempo'),
  h('ca-notebook', NONE, 'a shared notebook so whoever is on duty knows what happened', 'una libreta compartida para que quien esté de turno sepa qué ha pasado'),
  h('ca-own-gp', NONE, 'booking my own check-ups for once', 'pedir mis propias revisiones, por una vez'),
  h('ca-rights', { kind: 'life', topic: 'carers' }, 'finding out what support carers can get', 'informarme de qué apoyos hay para quien cuida'),
];

/** The facilitator's own footing. */
export const FACILITATOR_HELP: readonly HelpEntry[] = [
  h('fa-training', NONE, 'peer-support training, and a supervisor to talk to after heavy sessions', 'la formación en apoyo entre iguales y una supervisora con quien hablar después de las sesiones duras'),
  h('fa-own-group', NONE, 'the peer group that got me through my own diagnosis', 'el grupo de apoyo que me sostuvo cuando me diagnosticaron'),
  h('fa-pacing', NONE, 'pacing my week around the sessions', 'organizar la semana en torno a las sesiones'),
];
