// Where a peer comes from, in a few plain words. Lines are tagged with the regions they fit so a
// user in Leeds meets people who could live near Leeds, and one in Madrid people who could live in
// Spain; untagged ("any") lines name no place and fit anywhere.
import type { Bilingual } from './text';
import type { Culture } from './names';

/** Broad regions that change who is likely to be in someone's group. */
export type Region = 'us' | 'uk' | 'es' | 'latam' | 'oceania' | 'other';

const LATAM = new Set(['MX', 'AR', 'CO', 'CL', 'PE', 'VE', 'EC', 'GT', 'CU', 'BO', 'DO', 'HN', 'PY', 'SV', 'NI', 'CR', 'PA', 'UY', 'PR']);

/** The region of a country code (ISO alpha-2 or "INTL"). */
export function regionOf(country: string): Region {
  if (country === 'US') return 'us';
  if (country === 'GB' || country === 'IE') return 'uk';
  if (country === 'ES') return 'es';
  if (LATAM.has(country)) return 'latam';
  if (country === 'NZ' || country === 'AU') return 'oceania';
  return 'other';
}

/** A background line and the regions it suits ("any" = names no place). */
export interface BackgroundLine extends Bilingual {
  readonly regions: readonly (Region | 'any')[];
}

const line = (regions: readonly (Region | 'any')[], en: string, es: string): BackgroundLine => ({ regions, en, es });

/** Background lines per culture. Spanish lines use {o|a|e} slots for agreement. */
export const BACKGROUNDS: Readonly<Record<Culture, readonly BackgroundLine[]>> = {
  black: [
    line(['us'], 'grew up in Atlanta in a big church-going family', 'creció en Atlanta, en una familia numerosa muy de iglesia'),
    line(['us'], "Black American from Chicago's South Side, close to a large extended family", 'afroamerican{o|a|e} del South Side de Chicago, muy unid{o|a|e} a su familia extensa'),
    line(['uk'], 'grew up in a Nigerian-British family in south London', 'creció en una familia nigeriana en el sur de Londres'),
    line(['uk'], 'Jamaican heritage, raised in Birmingham by a grandmother who ran the household', 'de origen jamaicano, criad{o|a|e} en Birmingham por una abuela que llevaba la casa'),
    line(['any'], 'parents came from Ghana; the first in the family to go to university', 'sus padres vinieron de Ghana; primera persona de la familia en ir a la universidad'),
    line(['any'], 'raised by a single mum who worked two jobs', 'criad{o|a|e} por una madre sola que tenía dos trabajos'),
    line(['es'], 'child of Senegalese parents, grew up in Barcelona', 'hij{o|a|e} de padres senegaleses, creció en Barcelona'),
    line(['latam'], 'Afro-Colombian, from the Pacific coast', 'afrocolombian{o|a|e}, de la costa del Pacífico'),
    line(['us', 'other'], 'Haitian family, grew up translating for relatives', 'de familia haitiana, creció haciendo de intérprete para sus parientes'),
  ],
  latino: [
    line(['us'], 'grew up in a Mexican-American family in Texas', 'creció en una familia mexicoamericana en Texas'),
    line(['us'], 'Puerto Rican, moved to Florida after Hurricane Maria', 'puertorriqueñ{o|a|e}, se mudó a Florida después del huracán María'),
    line(['us'], 'child of Salvadoran immigrants, grew up in Los Angeles', 'hij{o|a|e} de inmigrantes salvadoreños, creció en Los Ángeles'),
    line(['uk'], 'Colombian, came to London for work twelve years ago', 'colombian{o|a|e}, llegó a Londres por trabajo hace doce años'),
    line(['es'], 'Ecuadorian, has lived in Madrid for fifteen years', 'ecuatorian{o|a|e}, vive en Madrid desde hace quince años'),
    line(['es'], 'Argentinian, settled in Valencia after university', 'argentin{o|a|e}, se quedó en Valencia después de la universidad'),
    line(['latam'], 'grew up in Guadalajara, the youngest of five', 'creció en Guadalajara; {el menor|la menor|le menor} de cinco hermanos'),
    line(['latam'], 'from Lima; the first in the family with a university degree', 'de Lima; primera persona de su familia con título universitario'),
    line(['latam'], "grew up in a farming family in Colombia's coffee region", 'creció en una familia campesina de la zona cafetera de Colombia'),
    line(['any'], 'grew up bilingual in a big, loud family that still has Sunday lunch together', 'creció bilingüe en una familia grande y ruidosa que sigue comiendo junta los domingos'),
  ],
  spanish: [
    line(['es'], 'from Seville; lives near parents and grandparents', '{sevillano|sevillana|sevillane}; vive cerca de sus padres y abuelos'),
    line(['es'], 'grew up in a village in Galicia, moved to Madrid for work', 'creció en una aldea de Galicia y se fue a Madrid por trabajo'),
    line(['es'], 'Catalan, from a family of teachers in Girona', '{catalán|catalana|catalane}, de una familia de maestros de Girona'),
    line(['es'], 'Basque, from a fishing town near Bilbao', 'vasc{o|a|e}, de un pueblo pesquero cerca de Bilbao'),
    line(['es'], 'from Valencia; the family runs a small bakery', 'valencian{o|a|e}; su familia tiene una pequeña panadería'),
    line(['us', 'uk', 'latam', 'other'], 'Spanish, moved abroad for work a decade ago', '{español|española|españole}, se mudó al extranjero por trabajo hace diez años'),
    line(['any'], 'grew up in Andalusia, where everyone knows everyone', 'creció en Andalucía, donde todo el mundo se conoce'),
  ],
  white: [
    line(['us'], 'grew up on a farm in Iowa', 'creció en una granja de Iowa'),
    line(['us'], 'from a working-class Irish-American family in Boston', 'de una familia irlandesa-estadounidense de clase trabajadora de Boston'),
    line(['us'], 'military family; moved around a lot as a kid before settling in Texas', 'de familia militar; se mudó mucho de pequeñ{o|a|e} hasta instalarse en Texas'),
    line(['uk'], 'grew up in a former mining town in South Wales', 'creció en un antiguo pueblo minero del sur de Gales'),
    line(['uk'], 'from Glasgow, in a family that lives for football', 'de Glasgow, de una familia que vive para el fútbol'),
    line(['uk'], 'from a seaside town in Norfolk; the family runs a caravan park', 'de un pueblo costero de Norfolk; su familia lleva un camping'),
    line(['any'], 'grew up in a small town, the eldest of four', 'creció en un pueblo pequeño; {el mayor|la mayor|le mayor} de cuatro hermanos'),
    line(['oceania'], 'grew up on a sheep farm in Canterbury', 'creció en una granja de ovejas de Canterbury'),
    line(['oceania'], 'from a surf town on the New South Wales coast', 'de un pueblo surfero de la costa de Nueva Gales del Sur'),
    line(['uk', 'oceania', 'other'], 'Irish, came over for university and stayed', '{irlandés|irlandesa|irlandese}, vino a estudiar y se quedó'),
    line(['es', 'latam'], 'English, moved to the sun for work and never went back', '{inglés|inglesa|inglese}, se mudó por trabajo y ya no volvió'),
  ],
  'east-asian': [
    line(['us'], 'Chinese-American, grew up above the family restaurant in San Francisco', 'chino-estadounidense, creció encima del restaurante familiar en San Francisco'),
    line(['us'], 'Korean-American from Los Angeles; parents ran a dry cleaner', 'coreano-estadounidense de Los Ángeles; sus padres tenían una tintorería'),
    line(['us'], 'grew up in a Filipino-American family in New Jersey, full of nurses', 'creció en una familia filipino-estadounidense de Nueva Jersey, llena de enfermeras'),
    line(['oceania'], 'Chinese family that has been in Auckland for three generations', 'de una familia china que lleva tres generaciones en Auckland'),
    line(['uk'], 'British Chinese, grew up in Manchester', 'británic{o|a|e} de origen chino, creció en Mánchester'),
    line(['uk'], 'Vietnamese family in east London; interpreted for parents at appointments growing up', 'de familia vietnamita del este de Londres; de pequeñ{o|a|e} hacía de intérprete en las citas de sus padres'),
    line(['any'], 'came from Japan for graduate school and stayed', 'vino de Japón para un posgrado y se quedó'),
    line(['es'], 'child of Chinese parents, grew up in Madrid', 'hij{o|a|e} de padres chinos, creció en Madrid'),
    line(['latam'], 'Japanese-Peruvian family in Lima', 'de familia japonesa-peruana de Lima'),
  ],
  'south-asian': [
    line(['uk'], 'British Pakistani, grew up in Bradford in a big, close family', 'británic{o|a|e} de origen pakistaní, creció en Bradford en una familia grande y unida'),
    line(['uk'], 'Punjabi Sikh family in Leicester', 'de familia sij punjabí de Leicester'),
    line(['uk'], 'Bangladeshi family in east London; the eldest child', 'de familia bangladesí del este de Londres; {el mayor|la mayor|le mayor} de sus hermanos'),
    line(['us'], 'Indian-American, grew up in New Jersey; both parents are engineers', 'indio-estadounidense, creció en Nueva Jersey; sus padres son ingenieros'),
    line(['us', 'oceania', 'other'], 'moved from Hyderabad for a tech job', 'se mudó desde Hyderabad por un trabajo en tecnología'),
    line(['any'], 'Tamil family that came over from Sri Lanka', 'de familia tamil que llegó desde Sri Lanka'),
    line(['es'], 'Pakistani family, grew up in Barcelona', 'de familia pakistaní, creció en Barcelona'),
  ],
  'middle-eastern': [
    line(['us'], 'Lebanese-American from Michigan; the family owns a bakery', 'libanés-estadounidense de Míchigan; su familia tiene una panadería'),
    line(['any'], 'came from Syria as a refugee ten years ago, rebuilding a career', 'llegó de Siria como refugiad{o|a|e} hace diez años y está rehaciendo su carrera'),
    line(['uk'], 'Iraqi-Kurdish family in Leeds', 'de familia kurda iraquí de Leeds'),
    line(['any'], 'Iranian, grew up between Tehran and Toronto', 'iraní, creció entre Teherán y Toronto'),
    line(['any'], 'Turkish, moved abroad for work and misses family a lot', '{turco|turca|turque}, se fue al extranjero por trabajo y echa mucho de menos a su familia'),
    line(['es'], 'Moroccan family, grew up in Almería', 'de familia marroquí, creció en Almería'),
    line(['any'], 'Egyptian, from a family full of doctors, which has its ups and downs', '{egipcio|egipcia|egipcie}, de una familia llena de médicos, con lo bueno y lo malo que tiene'),
  ],
  indigenous: [
    line(['us'], 'Diné (Navajo), grew up on the Navajo Nation in Arizona', 'diné (navajo), creció en la Nación Navajo, en Arizona'),
    line(['us'], 'Lakota, from South Dakota, lives near extended family', 'lakota, de Dakota del Sur, vive cerca de su familia extensa'),
    line(['us'], 'Ojibwe, grew up in northern Minnesota, now in Minneapolis', 'ojibwe, creció en el norte de Minnesota y ahora vive en Mineápolis'),
    line(['us'], 'Cherokee Nation citizen from Oklahoma', 'ciudadan{o|a|e} de la Nación Cherokee, de Oklahoma'),
    line(['other'], 'Cree, from northern Manitoba', 'cree, del norte de Manitoba'),
    line(['oceania'], 'Māori (Ngāpuhi), grew up in Northland close to a big whānau', 'maorí (ngāpuhi), creció en Northland cerca de una gran whānau'),
    line(['oceania'], 'Māori, moved to Auckland for work and goes home to the marae often', 'maorí, se mudó a Auckland por trabajo y vuelve a menudo a su marae'),
    line(['oceania'], 'Māori, raised in Rotorua, speaks te reo at home', 'maorí, criad{o|a|e} en Rotorua, habla te reo en casa'),
    line(['latam'], 'Mapuche, from the south of Chile', 'mapuche, del sur de Chile'),
    line(['latam'], 'Zapotec family from Oaxaca', 'de familia zapoteca de Oaxaca'),
    line(['latam'], 'Quechua-speaking family in Cusco', 'de una familia quechuahablante de Cusco'),
  ],
  'eastern-european': [
    line(['uk'], 'Polish, came to the UK in 2006 and settled in Peterborough', '{polaco|polaca|polaque}, llegó al Reino Unido en 2006 y se instaló en Peterborough'),
    line(['any'], 'Romanian, works in care and sends money home', '{rumano|rumana|rumane}, trabaja en cuidados y manda dinero a casa'),
    line(['any'], 'Ukrainian, arrived in 2022 with two suitcases', '{ucraniano|ucraniana|ucraniane}, llegó en 2022 con dos maletas'),
    line(['us'], 'Polish-American family in Chicago', 'de familia polaco-estadounidense de Chicago'),
    line(['es'], 'Romanian, has lived in Castellón for twelve years', '{rumano|rumana|rumane}, vive en Castellón desde hace doce años'),
    line(['any'], "grew up in Serbia, moved for a partner's job", 'creció en Serbia y se mudó por el trabajo de su pareja'),
  ],
};

/** Identities a user may ask to see in their group. */
export type IdentityExtra = 'lgbtq' | 'faith';

/** Extra things a peer may share about themselves, used when the user asked for them and sometimes anyway. */
export const IDENTITY_EXTRAS: Readonly<Record<IdentityExtra, readonly Bilingual[]>> = {
  lgbtq: [
    { en: 'queer, with a long-term partner', es: 'queer, con pareja desde hace años' },
    { en: 'gay, and out to family for years now', es: '{gay|lesbiana|gay}, y fuera del armario con su familia desde hace años' },
    { en: 'bisexual; the condition came up early when dating', es: 'bisexual; la enfermedad salió pronto en sus citas' },
  ],
  faith: [
    { en: 'faith is a big part of life', es: 'la fe es una parte importante de su vida' },
    { en: 'finds strength in a faith community', es: 'encuentra fuerza en su comunidad de fe' },
  ],
};

/** Background lines that fit a culture and region, falling back to place-free lines, then to any line. */
export function backgroundLinesFor(culture: Culture, region: Region): readonly BackgroundLine[] {
  const lines = BACKGROUNDS[culture];
  const local = lines.filter((l) => l.regions.includes(region));
  if (local.length > 0) return [...local, ...lines.filter((l) => l.regions.includes('any'))];
  const anywhere = lines.filter((l) => l.regions.includes('any'));
  return anywhere.length > 0 ? anywhere : lines;
}

/** What a student in a higher-education group studies ({year} is filled with their year). */
export const STUDY_NOTES: readonly Bilingual[] = [
  { en: 'studying nursing, {year}', es: 'estudia Enfermería, {year}' },
  { en: 'studying history, {year}', es: 'estudia Historia, {year}' },
  { en: 'studying computer science, {year}', es: 'estudia Informática, {year}' },
  { en: 'studying law, {year}', es: 'estudia Derecho, {year}' },
  { en: 'studying biology, {year}', es: 'estudia Biología, {year}' },
  { en: 'studying music, {year}', es: 'estudia Música, {year}' },
  { en: 'studying engineering, {year}', es: 'estudia Ingeniería, {year}' },
  { en: 'studying social work, {year}', es: 'estudia Trabajo Social, {year}' },
  { en: 'studying psychology, {year}', es: 'estudia Psicología, {year}' },
  { en: 'studying architecture, {year}', es: 'estudia Arquitectura, {year}' },
  { en: 'studying business, {year}', es: 'estudia Empresariales, {year}' },
  { en: 'studying English literature, {year}', es: 'estudia Filología Inglesa, {year}' },
];

/** Years of study, by how far along a student is. */
export const STUDY_YEARS: readonly Bilingual[] = [
  { en: 'first year', es: 'primer curso' },
  { en: 'second year', es: 'segundo curso' },
  { en: 'final year', es: 'último curso' },
  { en: 'postgraduate', es: 'en el máster' },
];

/** University staff in a higher-education group. */
export const STAFF_NOTES: readonly Bilingual[] = [
  { en: 'lecturer in chemistry', es: 'profesor{|a|e} de Química en la universidad' },
  { en: 'works in the university library', es: 'trabaja en la biblioteca de la universidad' },
  { en: 'research technician in a biology lab', es: 'técnic{o|a|e} de investigación en un laboratorio de Biología' },
  { en: 'works in student support services', es: 'trabaja en el servicio de atención al estudiante' },
  { en: 'administrator in the admissions office', es: 'administrativ{o|a|e} en la oficina de admisiones' },
  { en: 'PhD student who also teaches seminars', es: 'doctorand{o|a|e} que también da seminarios' },
];
