// Spanish rules, written accent-free because normalize.ts strips accents ("más" → "mas").
// Covers the same categories as the English lexicons with the phrasings Spanish speakers use
// ("ya no puedo más", "me quiero morir", "me corté", "me tomé todas las pastillas").
import { rule, type CrisisRule } from './crisisRule';

const gap = (n: number): string => `(?:\\w+ ){0,${n}}`;
const PASTILLAS = 'pastillas|pildoras|medicinas|medicamentos|capsulas|tabletas|insulina|remedios';

/** All Spanish crisis rules. */
export const CRISIS_RULES_ES: readonly CrisisRule[] = [
  // Suicide.
  rule('es-want-to-die', 'suicide', 'crisis', `(?:quiero|quisiera|deseo|ganas de|tengo ganas de|necesito|voy a|pienso en|pensando en|he pensado en|planeo|decidi) ${gap(1)}(?:morir|morirme|matarme|suicidarme|quitarme la vida|acabar con mi vida|terminar con mi vida|desaparecer para siempre|dejar de existir|no despertar|estar muert[oa])|me (?:quiero|voy a) (?:morir|matar|suicidar)|(?:quiero|quisiera|ojala pudiera) desaparecer|(?:pensando en|voy a|quiero) (?:tomarme|tragarme) (?:todas|todos|el frasco|la caja|un monton)|me (?:mato|suicido)(?=$| (?:\\.|!|$|hoy|esta))`),
  rule('es-suicide-thoughts', 'suicide', 'crisis', 'pensamientos (?:suicidas|de suicidio|de muerte|de matarme)|(?:quitarme|quitarse) la vida|suicidarme', { topicSensitive: true, historySensitive: true }),
  rule('es-suicide-word', 'suicide', 'weak', 'suicid\\w+', { topicSensitive: true, historySensitive: true }),
  rule('es-not-want-to-live', 'suicide', 'crisis', 'no quiero (?:vivir|seguir viviendo|seguir|estar aqui|estar viva|estar vivo|despertar|existir)(?! con (?:mi|mis|ellos|el|ella|nadie))', { negatable: false }),
  rule('es-wish-dead', 'suicide', 'crisis', 'ojala (?:no despertar|no despierte|me muera|me muriera|estuviera muert[oa]|no hubiera nacido|desaparecer)', { negatable: false }),
  rule('es-better-without-me', 'suicide', 'crisis', '(?:estarian|estaria|vivirian|serian|seria) mejor sin mi|mejor (?:estar )?muert[oa]|seria mejor (?:si )?(?:me muero|muriera|no estuviera|desapareciera)|nadie me (?:extranaria|echaria de menos)', { negatable: false }),
  rule('es-cannot-go-on', 'suicide', 'crisis', 'ya no doy mas|no puedo mas con (?:mi vida|la vida|todo|esta vida)|para que (?:seguir )?vivir|ya no puedo mas(?! con)|no puedo seguir(?: asi| viviendo)?(?! con)|no aguanto mas(?! con| el dolor)', { negatable: false }),
  rule('es-thinking-of-death', 'suicide', 'crisis', 'sobro (?:en este mundo|aqui|en esta vida)|estoy de mas en (?:este mundo|esta vida)|(?:ya )?tengo todo (?:planeado|listo|preparado)(?=$| (?:\\.|!|,))|me quiero tirar|quiero tirarme|(?:voy a|quiero|pienso) (?:tomar|tomarme|tragarme|tragar) (?:todas|todos|el frasco|la caja|un monton)|pienso (?:mucho )?en (?:la muerte|morir|morirme|matarme|suicidarme)|mejor me muero|ojala me muriera|prefiero (?:morir|morirme|estar muert[oa])'),
  rule('es-want-it-over', 'suicide', 'crisis', 'quiero que (?:todo )?(?:termine|se acabe|acabe)|acabar con todo|terminar con todo'),
  rule('es-goodbye', 'suicide', 'crisis', 'carta de despedida|me despido de (?:todos|ustedes)(?! hasta)|esto es un adios|adios para siempre|ya me despedi'),
  rule('es-no-sense', 'suicide', 'crisis', `no (?:le )?(?:veo|encuentro|tiene) (?:sentido|caso|razon) (?:a |de |en )?${gap(1)}(?:seguir|vivir|la vida)|la vida no vale la pena|no vale la pena vivir|para que seguir viviendo`, { negatable: false }),
  rule('es-disappear', 'suicide', 'crisis', '(?:desaparecer|dormir|irme) para siempre|no despertar nunca|dejar de existir|dormir y no despertar'),
  rule('es-jump', 'suicide', 'crisis', '(?:tirarme|aventarme|lanzarme|me voy a tirar) (?:de|por|desde|a) (?:un|el|la|una) (?:puente|edificio|balcon|ventana|azotea|tren|vias)'),
  rule('es-means-saved', 'suicide', 'weak', '(?:guarde|guardo|guardando|junte|junto|juntando|escondi|escondo|escondiendo) (?:las |mis |unas |muchas )?(?:pastillas|pildoras|medicinas)|(?:pastillas|pildoras|medicinas) (?:guardadas|escondidas|juntas|listas)'),
  // Self-harm.
  rule('es-self-injury', 'self-harm', 'crisis', 'me (?:he|estoy|he estado) (?:estado )?(?:cortando|lastimando|quemando|golpeando)|me (?:corte|corto|estoy cortando|cortaba|quemo|queme|estoy quemando|lastimo|lastime|estoy lastimando|hago dano|hice dano|haria dano|golpeo|golpee|rasguno)(?! (?:el dedo|la mano|cocinando|con el cuchillo|sin querer))|me quiero (?:cortar|lastimar|quemar|hacer dano)|(?:hacerme|hacerme mucho) dano|lastimarme|cortarme|autolesion\\w*|quemarme', { accidentSensitive: true, historySensitive: true }),
  // Overdose and poisoning.
  rule('es-overdose', 'overdose', 'crisis', `(?:me )?tome ${gap(2)}(?:todas las|todos los|toda la|demasiad[ao]s|un monton de|muchas|muchos|la caja|el frasco|el bote)(?: \\w+)?|(?:un|el|una|la) (?:frasco|bote|caja|blister|tableta|paquete) (?:entero|entera|completo|completa)|tome ${gap(1)}\\d{2,} (?:pastillas|pildoras|capsulas|tabletas)|tome (?:una|la|un|el) (?:caja|frasco|bote|blister|tira) (?:entera|entero|completa|completo|de)|(?:se )?trago (?:una|un|unas|unos) (?:pila|pilas|bateria|iman|imanes|moneda|pastillas|capsula)|sobredosis|(?:se|me) (?:tomo|trago|comio|bebio) (?:mis|las|sus|unas) (?:${PASTILLAS})|(?:bebi|tome|trague|bebio|trago|se tomo) ${gap(1)}(?:lejia|cloro|veneno|detergente|anticongelante)`, { topicSensitive: false }),
  // Medical emergency.
  rule('es-chest-pain', 'medical-emergency', 'crisis', '(?:el )?pecho me (?:aprieta|oprime|pesa mucho)|dolor (?:\\w+ ){0,2}(?:en el|de|del) pecho|me duele (?:mucho |muchisimo )?el pecho|(?:presion|opresion) en el pecho', { presentOnly: true }),
  rule('es-breathing', 'medical-emergency', 'crisis', 'no puedo respirar|me falta el aire|me ahogo|no respira|labios (?:morados|azules)', { presentOnly: true }),
  rule('es-anaphylaxis', 'medical-emergency', 'crisis', '(?:se me )?(?:esta cerrando|cierra) la garganta|garganta cerrada|(?:labios|lengua|cara) (?:hinchad[ao]s?|se me (?:esta )?hinchando)|reaccion alergica (?:fuerte|grave)', { presentOnly: true }),
  rule('es-heart-stroke', 'medical-emergency', 'crisis', '(?:me esta dando|creo que (?:me esta dando|tengo|es)|tengo|le esta dando) un (?:infarto|ataque al corazon|derrame|ictus)|(?:cara|boca) (?:caida|torcida)|se me (?:durmio|adormecio|entumecio) (?:la cara|el brazo|medio cuerpo)|no puedo (?:mover|levantar) el brazo|(?:hablo|habla) (?:raro|arrastrando)', { presentOnly: true }),
  rule('es-seizure', 'medical-emergency', 'crisis', '(?:la )?convulsion (?:que )?no (?:para|se detiene)|convulsiona\\w* (?:\\w+ ){0,3}no (?:para|se detiene|se le pasa)|convulsionando (?:hace|por|desde hace) (?:[5-9]|\\d\\d|cinco|seis|diez) minutos', { presentOnly: true }),
  rule('es-unresponsive', 'medical-emergency', 'crisis', 'no (?:despierta|responde|reacciona)|inconsciente|vomitando sangre|tosiendo sangre|llamar (?:a )?(?:una ambulancia|al 911|al 112)', { presentOnly: true }),
  rule('es-signs', 'medical-emergency', 'sign', 'sudor frio|sudo frio|confundid[ao]|temblando|sudando|mareado|mareada|desmay\\w*|(?:brazo|mandibula) (?:izquierdo )?(?:dormido|entumecido|adormecido)|vomitando', { presentOnly: true }),
  // Stopping life-sustaining treatment.
  rule('es-stop-treatment', 'stopping-treatment', 'crisis', `(?:dejar|deje|dejo|dejando|voy a dejar|dejare|abandonar|abandone|suspender|suspendi|no voy a (?:ir|volver)|ya no voy a (?:ir|volver|tomar|ponerme|inyectarme)|no me voy a (?:poner|inyectar)|(?:ya )?no me (?:pongo|inyecto|tomo)|no pienso (?:ir|tomar|ponerme)) ${gap(5)}(?:insulina|dialisis|hemodialisis|retrovirales|todos mis medicamentos|todas mis pastillas)`, { clinicianSensitive: true }),
  // Harm to others.
  rule('es-harm-others', 'harm-to-others', 'crisis', '(?:lo|la|los|las|le) voy a (?:matar|apunalar|lastimar|hacer dano)|voy a matar a|quiero (?:matar(?:lo|la|los)?|lastimar|hacerle dano|hacer dano) a|tengo ganas de (?:matar|lastimar) a'),
  // Abuse.
  rule('es-abuse', 'abuse', 'crisis', `(?:me|nos) (?:pega|pego|golpea|golpeo|maltrata|maltrato|viola|violo|amenaza|amenazo|empuja|empujo|ahorca|ahorco|encierra|encerro|patea|pateo)|(?:me )?esconde (?:mis|la|el) (?:${PASTILLAS})|no me (?:deja|dejan) (?:ir|ver|llamar|salir|tomar|hablar)|no (?:estoy|me siento) (?:segura|seguro|a salvo) (?:en casa|en mi casa|con el|con ella)|(?:me da miedo|tengo miedo de|tengo miedo a) (?:volver|ir|regresar) a (?:casa|mi casa)|tengo miedo (?:de|a) (?:mi )?(?:esposo|marido|pareja|novio|novia|padre|papa|madre|mama|padrastro|el|ella)|(?:sufro|vivo) (?:de |con )?(?:violencia|maltrato)|(?:el|ella|mi (?:esposo|marido|pareja|novio|novia|padre|papa|madre|mama|hijo|hija|ex)) (?:\\w+ )?me (?:quiere|va a) matar(?! (?:si|cuando|por))|me (?:amenaza|amenazo) con matarme|(?:el|ella|mi \\w+) me va a (?:pegar|golpear|lastimar)`),
];
