// What a peer is dealing with now. Every entry reads "Headline — first-person detail": the card and the
// one-line summary use the headline; the prompt uses the whole line in the peer's own voice. Entries
// describe the peer's situation, never what anyone else should do. An entry's `needs` says what pack
// material it is grounded in; the builder only uses it when the pack has that material and then
// records the matching citation keys on the persona. Packs name treatments and conditions in English,
// so Spanish entries say "mi tratamiento" and leave the names to the persona's structured fields.
import type { Gender, Situation } from '@shared/domain';
import type { LifeTopicKind } from '@shared/knowledge/packSchema';
import type { Theme } from './packMaterial';
import type { Bilingual } from './text';
import type { z } from 'zod';

/** What an entry draws on: a theme of the pack's experience facts, a life topic, a treatment, or nothing. */
export type Need =
  | { readonly kind: 'none' }
  | { readonly kind: 'theme'; readonly theme: Theme }
  | { readonly kind: 'life'; readonly topic: z.infer<typeof LifeTopicKind> }
  | { readonly kind: 'treatment' }
  | { readonly kind: 'side-effect' }
  | { readonly kind: 'co-occurring' };

/** Who a carer looks after: a child (under 18), a grown-up child, a partner, or a parent. */
export type CaredForKind = 'child' | 'adult-child' | 'partner' | 'parent';

/** One story line. */
export interface StoryEntry extends Bilingual {
  readonly id: string;
  readonly needs: Need;
  /** Only for peers of these genders (e.g. pregnancy). */
  readonly genders?: readonly Gender[];
  /** Only for carers of these people. */
  readonly caredFor?: readonly CaredForKind[];
}

const NONE: Need = { kind: 'none' };
const theme = (t: Theme): Need => ({ kind: 'theme', theme: t });
const life = (topic: z.infer<typeof LifeTopicKind>): Need => ({ kind: 'life', topic });
const e = (id: string, needs: Need, en: string, es: string, extra: Partial<Pick<StoryEntry, 'genders' | 'caredFor'>> = {}): StoryEntry => ({ id, needs, en, es, ...extra });

/** The Mirror's story follows the user's own situation. */
export const SITUATION_STORIES: Readonly<Record<Exclude<Situation, 'carer'>, readonly StoryEntry[]>> = {
  'just-diagnosed': [
    e('jd-taking-in', NONE, "Taking in a new diagnosis — some days I read everything, some days I can't look at it.", 'Asimilar un diagnóstico nuevo — hay días que lo leo todo y días que no puedo ni mirarlo.'),
    e('jd-tests', theme('tests'), "All the new tests and appointments — my calendar filled up overnight and I don't understand half the results yet.", 'Tantas pruebas y citas nuevas — la agenda se me llenó de golpe y aún no entiendo la mitad de los resultados.'),
    e('jd-telling', NONE, "Telling people — so far I've told one friend, and I keep rehearsing how to tell everyone else.", 'Contarlo — de momento solo se lo he dicho a una persona de confianza, y ensayo cómo decírselo a los demás.'),
  ],
  'new-medication': [
    e('nm-starting', { kind: 'treatment' }, "Starting {treatment} — a few weeks in and I'm still learning what's normal for me.", 'Empezar un tratamiento nuevo — llevo pocas semanas y aún estoy aprendiendo qué es normal en mí.'),
    e('nm-side-effects', { kind: 'side-effect' }, "Side effects from {treatment} — I'm keeping notes to take to my next appointment.", 'Efectos secundarios de la medicación nueva — lo voy apuntando todo para la próxima cita.'),
  ],
  'new-technology': [
    e('nt-device', NONE, "Getting used to a new device — it's meant to make life easier, and right now it's one more thing to think about.", 'Acostumbrarme a un aparato nuevo — se supone que me facilita la vida y, de momento, es una cosa más en la que pensar.'),
    e('nt-data', NONE, "Living with all the new data — the app, the alerts, the charts; I'm still working out which ones matter to me.", 'Convivir con tantos datos nuevos — la app, los avisos, las gráficas; aún estoy viendo cuáles me importan.'),
  ],
  'flare-or-complication': [
    e('fc-flare', theme('flares'), "A flare that won't settle — it's been weeks, and I'd forgotten how much it takes over.", 'Un brote que no se calma — llevo semanas así y ya no recordaba cuánto lo invade todo.'),
    e('fc-complication', NONE, 'A new complication — one more specialist, one more thing to understand.', 'Una complicación nueva — un especialista más, una cosa más que entender.'),
  ],
  'life-change': [
    e('lc-pregnancy', life('pregnancy'), 'Thinking about pregnancy — there is a lot to plan with my care team first.', 'Pensar en un embarazo — hay mucho que planificar antes con mi equipo médico.', { genders: ['woman', 'nonbinary'] }),
    e('lc-new-job', life('work'), 'A new job — deciding when to tell them, or whether to tell them at all.', 'Un trabajo nuevo — decidir cuándo contarlo, o si contarlo.'),
    e('lc-university', life('school'), 'Starting university — new city, new routine, and the condition came along too.', 'Empezar la universidad — ciudad nueva, rutina nueva, y la enfermedad se vino conmigo.'),
    e('lc-home', NONE, 'A big change at home — the routines that kept me steady have all moved.', 'Un gran cambio en casa — las rutinas que me sostenían se han movido todas.'),
  ],
  'new-to-area': [
    e('na-start-over', NONE, 'Starting over after a move — new doctors, new pharmacy, nobody who knows my history.', 'Empezar de cero tras una mudanza — médicos nuevos, farmacia nueva, nadie que conozca mi historial.'),
    e('na-alone', NONE, "A new town and no one to talk to — I haven't found anyone nearby who gets it.", 'Un sitio nuevo y nadie con quien hablar — aún no he encontrado a nadie cerca que lo entienda.'),
  ],
  'hard-to-reach-appointments': [
    e('hr-drive', NONE, 'Appointments far away — the nearest specialist is a two-hour drive, and each visit costs me a whole day.', 'Citas lejos — el especialista más cercano está a dos horas en coche y cada visita me cuesta un día entero.'),
    e('hr-time-off', life('work'), 'Getting to appointments at all — time off work, transport, and waiting lists that keep growing.', 'Llegar a las citas — pedir permisos en el trabajo, el transporte y unas listas de espera que no paran de crecer.'),
  ],
  'lost-trust-in-care': [
    e('lt-brushed-off', NONE, 'Not feeling listened to — my last appointment left me feeling brushed off.', 'No sentirme escuchad{o|a|e} — en la última cita sentí que me despacharon rápido.'),
    e('lt-rebuilding', NONE, "Rebuilding trust with doctors — getting a diagnosis took years, and I'm still wary.", 'Recuperar la confianza en los médicos — el diagnóstico tardó años y sigo con recelo.'),
  ],
};

/** Everyday stories grounded in a theme of the pack's experience facts. */
export const THEME_STORIES: readonly StoryEntry[] = [
  e('th-fatigue-invisible', theme('fatigue'), "Tiredness nobody can see — I look fine, and by mid-afternoon I'm running on empty.", 'Un cansancio que nadie ve — parezco estar bien y a media tarde ya no me queda nada.'),
  e('th-fatigue-weekends', theme('fatigue'), 'Energy for the things I love — the week takes it all, and weekends are for recovering.', 'Energía para lo que me gusta — la semana se la lleva toda y los fines de semana son para recuperarme.'),
  e('th-pain', theme('pain'), "Pain on the bad days — it changes my plans more than I'd like to admit.", 'El dolor de los días malos — me cambia los planes más de lo que me gustaría admitir.'),
  e('th-flares', theme('flares'), 'Not knowing how I will feel tomorrow — making plans feels like a gamble.', 'No saber cómo estaré mañana — hacer planes es como apostar.'),
  e('th-sleep', theme('sleep'), 'Broken sleep — I wake most nights and then drag myself through the day.', 'Dormir mal — me despierto casi todas las noches y luego arrastro el día.'),
  e('th-mood', theme('mood'), 'The low moods that come with it — the condition and my head feed each other.', 'Los bajones de ánimo que vienen con ella — la enfermedad y mi cabeza se retroalimentan.'),
  e('th-tests', theme('tests'), 'Waiting for results — the days before a check-up are the worst.', 'Esperar resultados — los días antes de una revisión son los peores.'),
  e('th-food', theme('food'), 'Food and eating out — every meal with friends takes planning.', 'La comida y comer fuera — cada comida con amigos requiere planificación.'),
  e('th-breathing', theme('breathing'), 'Getting out of breath — stairs, cold air, a fast walk: I plan my days around them.', 'Quedarme sin aliento — escaleras, aire frío, caminar deprisa: organizo los días en torno a eso.'),
  e('th-skin', theme('skin'), 'Skin that people can see — I still catch myself hiding it in summer.', 'Una piel que se ve — todavía me pillo escondiéndola en verano.'),
  e('th-fog', theme('fog'), 'Brain fog — losing words mid-sentence at work is the part that scares me.', 'La niebla mental — perder palabras a mitad de frase en el trabajo es lo que más me asusta.'),
  e('th-bowel', theme('bowel'), 'Always knowing where the toilets are — it shapes every trip out.', 'Saber siempre dónde hay un baño — condiciona cada salida.'),
  e('th-seizures', theme('seizures'), "Living around seizures — the not-knowing, and what it's done to my independence.", 'Vivir con las crisis — la incertidumbre y lo que le ha hecho a mi independencia.'),
];

/** Stories grounded in the pack's life topics (work, disclosure, rights…). */
export const LIFE_STORIES: readonly StoryEntry[] = [
  e('lf-work', life('work'), "Work — I haven't told my manager, and the sick days are adding up.", 'El trabajo — no lo he contado en la empresa y las bajas se van sumando.'),
  e('lf-school', life('school'), 'Keeping up with my course — missed classes pile up fast.', 'Seguir el ritmo de los estudios — las clases perdidas se acumulan rápido.'),
  e('lf-disclosure', life('disclosure'), 'Who to tell — every new person is a fresh decision.', 'A quién contárselo — cada persona nueva es una decisión nueva.'),
  e('lf-rights', life('rights'), 'Knowing my rights — I only recently learned what I can ask for.', 'Conocer mis derechos — hace poco que sé lo que puedo pedir.'),
  e('lf-benefits', life('benefits'), "Money and benefits — the forms alone take energy I don't have.", 'El dinero y las ayudas — solo el papeleo me quita una energía que no tengo.'),
  e('lf-relationships', life('relationships'), "Relationships — explaining it to someone new, and not wanting to be 'the sick one'.", "Las relaciones — explicárselo a alguien nuevo y no querer ser '{el enfermo|la enferma|le enferme}'."),
  e('lf-travel', life('travel'), 'Travel — planning a trip feels like packing a small pharmacy.', 'Viajar — preparar un viaje es como hacer la maleta de una pequeña farmacia.'),
  e('lf-pregnancy', life('pregnancy'), 'Thinking about a family — there is a lot to talk through with my care team first.', 'Pensar en formar una familia — hay mucho que hablar antes con mi equipo médico.'),
  e('lf-driving', life('driving'), 'Driving — the rules around it, and what losing the car would mean for me.', 'Conducir — las normas, y lo que significaría para mí quedarme sin coche.'),
  e('lf-mental-health', life('mental-health'), 'My mental health — the condition is one thing; what it does to my head is another.', 'Mi salud mental — la enfermedad es una cosa; lo que le hace a mi cabeza, otra.'),
  e('lf-family', life('carers'), 'My family worrying — they mean well, and it still weighs on me.', 'Mi familia preocupada — lo hacen con cariño, y aun así me pesa.'),
];

/** The Specialist-in-living's story is the treatment they know. */
export const TREATMENT_STORIES: readonly StoryEntry[] = [
  e('tr-side-effects', { kind: 'side-effect' }, 'Living with the side effects of {treatment} — I know the pattern now, and some weeks it still wears me down.', 'Convivir con los efectos secundarios de mi tratamiento — ya conozco el patrón y aun así hay semanas que me agota.'),
  e('tr-years-on', { kind: 'side-effect' }, "Years on {treatment} — the side effects are part of the deal, and I've learned what makes them easier to live with.", 'Años con el mismo tratamiento — los efectos secundarios van en el lote y he aprendido qué me los hace más llevaderos.'),
  e('tr-routine', { kind: 'treatment' }, 'The day-to-day of {treatment} — the routine is second nature now, but it never fully goes away.', 'El día a día con mi tratamiento — la rutina ya me sale sola, pero nunca desaparece del todo.'),
  e('tr-admin', { kind: 'treatment' }, 'Refills, reviews and routines with {treatment} — the admin is a part-time job of its own.', 'Recetas, revisiones y rutinas — el papeleo de mi tratamiento es un trabajo a media jornada.'),
];

/** The Navigator lives with a second condition. English names it; Spanish keeps the pack's English names out. */
export const CO_OCCURRING_STORIES: readonly StoryEntry[] = [
  e('co-double', { kind: 'co-occurring' }, 'Two conditions at once — {other} on top of {cond} means twice the appointments.', 'Dos diagnósticos a la vez — el doble de citas, y especialistas que no siempre se hablan entre sí.'),
  e('co-which', { kind: 'co-occurring' }, "Working out which condition is causing what — {other} and {cond} overlap, and I'm the one joining the dots.", 'Averiguar qué viene de cada diagnóstico — se solapan, y soy yo quien une los puntos.'),
  e('co-folder', { kind: 'co-occurring' }, 'Keeping my doctors talking to each other — {other} and {cond} have different teams, and I carry the folder between them.', 'Conseguir que mis médicos se hablen — cada diagnóstico tiene su equipo y yo llevo la carpeta de uno a otro.'),
];

/** The Veteran's long-haul stories. */
export const VETERAN_STORIES: readonly StoryEntry[] = [
  e('vt-burnout', NONE, "Treatment fatigue after all these years — I'm tired of being a patient, not just tired.", 'El cansancio de tantos años de tratamiento — estoy cansad{o|a|e} de ser paciente, no solo cansad{o|a|e}.'),
  e('vt-ageing', NONE, 'Getting older with it — things I took for granted at thirty take planning now.', 'Envejecer con ella — cosas que a los treinta daba por hechas ahora requieren planificación.'),
  e('vt-new-symptom', NONE, 'A new symptom after years of being steady — it shook my confidence more than I expected.', 'Un síntoma nuevo después de años estable — me ha movido la confianza más de lo que esperaba.'),
  e('vt-newcomers', NONE, 'Watching newer people go through what I went through — I want to help without lecturing.', 'Ver a gente nueva pasar por lo que yo pasé — quiero ayudar sin sermonear.'),
];

/** The Ally's stories lean on feelings and connection. */
export const ALLY_STORIES: readonly StoryEntry[] = [
  e('al-strong-one', NONE, "Being the strong one — everyone leans on me, and I'm not great at leaning back.", 'Ser quien aguanta — todo el mundo se apoya en mí y a mí me cuesta pedir apoyo.'),
  e('al-lonely', NONE, "Loneliness — my friends are kind, but they don't really get it.", 'La soledad — mis amistades son buenas, pero no acaban de entenderlo.'),
];

/** The facilitator's own situation, kept light: they are here to hold the space. */
export const FACILITATOR_STORIES: readonly StoryEntry[] = [
  e('fa-balance', NONE, 'Holding the group while minding my own health — I plan my rest around the sessions.', 'Sostener el grupo sin descuidar mi salud — organizo mis descansos en torno a las sesiones.'),
  e('fa-rough-patch', NONE, "A rough patch with my own condition this month — I've cut back on other things so I can be here.", 'Una mala racha con mi propia enfermedad este mes — he recortado otras cosas para poder estar aquí.'),
  e('fa-boundaries', NONE, 'Keeping my own boundaries — listening well means knowing when I need a break too.', 'Cuidar mis propios límites — escuchar bien también es saber cuándo necesito parar.'),
];

/** Higher education: everyone is dealing with study; staff stories are marked by id. */
export const STUDY_STORIES: readonly StoryEntry[] = [
  e('st-exams', life('school'), 'Exams during a bad spell — deciding whether to ask for extra time.', 'Exámenes en plena mala racha — decidir si pido más tiempo.'),
  e('st-lectures', NONE, 'Missed lectures — catching up alone is exhausting.', 'Clases perdidas — ponerme al día sin ayuda es agotador.'),
  e('st-tutor', NONE, "Telling my tutor — I've drafted the email five times.", 'Contárselo a mi tutoría — he escrito el correo cinco veces.'),
  e('st-housing', NONE, "Shared housing — fitting my routine around flatmates who don't know.", 'Piso compartido — encajar mi rutina con compañeros de piso que no lo saben.'),
  e('st-deadlines', NONE, 'Deadlines and energy — three assignments due and one good day a week.', 'Entregas y energía — tres trabajos para entregar y un día bueno a la semana.'),
  e('st-placement', NONE, "A placement coming up — long days on my feet, and I'm not sure what to tell them.", 'Se acercan las prácticas — jornadas largas de pie y no sé qué contarles.'),
  e('st-adjustments', life('rights'), 'Asking the disability office for adjustments — the paperwork wants proof of something invisible.', 'Pedir adaptaciones a la oficina de discapacidad — el papeleo quiere pruebas de algo que no se ve.'),
];

/** University staff in a higher-education group. */
export const STAFF_STORIES: readonly StoryEntry[] = [
  e('sf-teaching', NONE, "Teaching on bad days — students don't see what it takes to stand up for an hour.", 'Dar clase en los días malos — el alumnado no ve lo que me cuesta estar una hora de pie.'),
  e('sf-marking', NONE, "Marking season — the workload and my energy don't match.", 'Temporada de corrección — la carga de trabajo y mi energía no cuadran.'),
  e('sf-disclosure', life('work'), 'Telling my head of department — academia rewards never slowing down.', 'Contárselo a la dirección del departamento — la universidad premia no frenar nunca.'),
];

/** Cross-condition groups share young-adult life, whatever the condition. */
export const YOUNG_ADULT_STORIES: readonly StoryEntry[] = [
  e('ya-friends', NONE, "Friends who don't get it — cancelling plans again, and worrying they'll stop asking.", 'Amistades que no lo entienden — cancelar planes otra vez y temer que dejen de invitarme.'),
  e('ya-dating', NONE, 'Dating — when to mention it, and how.', 'Las citas — cuándo mencionarlo, y cómo.'),
  e('ya-moving-out', NONE, 'Moving out — managing it all without my parents around.', 'Independizarme — gestionarlo todo sin mis padres cerca.'),
  e('ya-first-job', life('work'), "A first job — I don't want to look less capable than everyone else.", 'Primer trabajo — no quiero parecer menos capaz que los demás.'),
  e('ya-money', NONE, 'Money — appointments and prescriptions on an entry-level wage.', 'El dinero — citas y recetas con un sueldo de principiante.'),
  e('ya-behind', NONE, "Feeling behind — friends are travelling and building careers while I'm managing appointments.", 'Sentir que me quedo atrás — mis amistades viajan y hacen carrera mientras yo gestiono citas.'),
];

/** Newly diagnosed groups: the first months. */
export const NEW_DIAGNOSIS_STORIES: readonly StoryEntry[] = [
  ...SITUATION_STORIES['just-diagnosed'],
  e('nd-language', NONE, 'Learning the language — every appointment comes with new words.', 'Aprender el vocabulario — cada cita trae palabras nuevas.'),
  e('nd-plans', NONE, "Grieving the old plans — it's only been months, and I'm still adjusting what I thought this year would be.", 'Despedirme de los planes de antes — solo han pasado meses y aún estoy ajustando lo que pensaba que sería este año.'),
  e('nd-waiting', { kind: 'treatment' }, 'Waiting for {treatment} to work — the first months are a long lesson in patience.', 'Esperar a que el tratamiento haga efecto — los primeros meses son una larga lección de paciencia.'),
];

/** Carers and parents: the persona says plainly who they care for ({rel} = "my daughter"). */
export const CARER_STORIES: readonly StoryEntry[] = [
  e('ca-nights', NONE, "Night-time worry — {rel} has {cond}, and I haven't slept properly since the diagnosis.", 'La preocupación por la noche — {rel} tiene {cond} y no duermo bien desde el diagnóstico.'),
  e('ca-explaining', NONE, "Explaining it to everyone — {rel} has {cond}, and I'm the one who briefs school, family and friends.", 'Explicárselo a todo el mundo — {rel} tiene {cond} y soy quien informa al colegio, a la familia y a las amistades.', { caredFor: ['child'] }),
  e('ca-myself', NONE, 'Looking after myself too — {rel} has {cond}, and my own health keeps slipping down the list.', 'Cuidarme yo también — {rel} tiene {cond} y mi propia salud siempre queda para después.'),
  e('ca-letting-go', NONE, 'Letting go a little — {rel} has {cond} and wants more independence, and stepping back is hard.', 'Soltar un poco — {rel} tiene {cond} y quiere más independencia, y dar un paso atrás me cuesta.', { caredFor: ['child', 'adult-child'] }),
  e('ca-work', life('work'), "Work and caring — {rel} has {cond}, and my employer doesn't see how much I'm juggling.", 'Trabajo y cuidados — {rel} tiene {cond} y en el trabajo no ven todo lo que hago malabares.'),
  e('ca-partner', NONE, "Staying partners, not just patient and carer — {rel} has {cond}, and we're trying to keep some of our life about us.", 'Seguir siendo pareja, no solo paciente y cuidador — {rel} tiene {cond} y intentamos que parte de la vida siga siendo nuestra.', { caredFor: ['partner'] }),
  e('ca-parent', NONE, 'Role reversal — {rel} has {cond}, and now I organise the appointments my parent once took me to.', 'Los papeles cambiados — {rel} tiene {cond} y ahora organizo las citas a las que antes me llevaban a mí.', { caredFor: ['parent'] }),
  e('ca-rights', life('carers'), "Being heard as a carer — {rel} has {cond}, and appointments don't always make room for me.", 'Que me escuchen como cuidador{|a|e} — {rel} tiene {cond} y en las citas no siempre hay sitio para mí.'),
  e('ca-symptoms', theme('fatigue'), "Seeing the tiredness — {rel} has {cond}, and I've learned to read a bad day before it starts.", 'Ver el cansancio — {rel} tiene {cond} y he aprendido a leer un día malo antes de que empiece.'),
  e('ca-flares', theme('flares'), 'Living with the ups and downs — {rel} has {cond}, and our plans bend around the bad weeks.', 'Vivir con los altibajos — {rel} tiene {cond} y nuestros planes se doblan según las semanas malas.'),
];

/** A carer Specialist knows one treatment from the other side. */
export const CARER_TREATMENT_STORIES: readonly StoryEntry[] = [
  e('ct-routine', { kind: 'treatment' }, "The daily routine of {treatment} — {rel} has {cond}, and I've become the expert on it at home.", 'La rutina diaria del tratamiento — {rel} tiene {cond} y me he convertido en quien más sabe de ello en casa.'),
  e('ct-side-effects', { kind: 'side-effect' }, 'Watching for side effects of {treatment} — {rel} has {cond}, and I keep the notes we take to appointments.', 'Vigilar los efectos secundarios del tratamiento — {rel} tiene {cond} y soy quien lleva las notas a las citas.'),
];

/** A carer Navigator keeps track of two diagnoses. */
export const CARER_CO_OCCURRING_STORIES: readonly StoryEntry[] = [
  e('cc-two', { kind: 'co-occurring' }, 'Two diagnoses to keep track of — {rel} has {cond} and {other}, and I hold the whole picture.', 'Dos diagnósticos que seguir — {rel} tiene {cond} y otro diagnóstico más, y soy quien tiene la foto completa.'),
];

/** A carer Veteran has been at it for years. */
export const CARER_VETERAN_STORIES: readonly StoryEntry[] = [
  e('cv-long-haul', NONE, "Caring for the long haul — {rel} has {cond}; the worry hasn't gone, it has changed shape.", 'Cuidar a largo plazo — {rel} tiene {cond}; la preocupación no se ha ido, ha cambiado de forma.'),
  e('cv-next-stage', NONE, 'A new stage — {rel} has {cond}, and after years of routine everything is changing again.', 'Una etapa nueva — {rel} tiene {cond} y, después de años de rutina, todo vuelve a cambiar.'),
];

/** Generic stories for when nothing else fits (also the pool for conditions with no pack). */
export const GENERAL_STORIES: readonly StoryEntry[] = [
  e('ge-unpredictable', NONE, 'Not knowing how I will feel tomorrow — making plans feels like a gamble.', 'No saber cómo estaré mañana — hacer planes es como apostar.'),
  e('ge-invisible', NONE, "An illness people can't see — I look fine, and that makes it harder to explain.", 'Una enfermedad que no se ve — parezco estar bien y eso lo hace más difícil de explicar.'),
  ...ALLY_STORIES,
];

/** Extra stories for a condition Hearth has no pack for (often a rare one). */
export const UNSOURCED_STORIES: readonly StoryEntry[] = [
  e('un-rare', NONE, 'Hardly anyone has heard of it — I end up explaining my condition to every new doctor.', 'Casi nadie la conoce — acabo explicando mi enfermedad a cada médico nuevo.'),
  e('un-searching', NONE, "Finding reliable information — what's online is thin, and some of it is frightening.", 'Encontrar información fiable — lo que hay en internet es poco, y parte da miedo.'),
];
