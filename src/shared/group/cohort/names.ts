// The name bank. Names are the ones people in each community commonly carry today, across ages,
// not "ethnic-sounding" picks: many Black, Indigenous and Asian people have ordinary English
// names, so the banks mix both. The background text (backgrounds.ts) says where someone comes
// from; the name only has to be believable for it.
import { z } from 'zod';
import type { Gender } from '@shared/domain';
import type { Rng } from './random';

/** Rough cultural backgrounds the factory samples; used for names and background lines. */
export const Culture = z.enum([
  'black', 'latino', 'spanish', 'white', 'east-asian', 'south-asian', 'middle-eastern', 'indigenous', 'eastern-european',
]);
export type Culture = z.infer<typeof Culture>;

/** First names by gender, a few names worn by people of any gender, and common surname initials. */
export interface NameBank {
  readonly women: readonly string[];
  readonly men: readonly string[];
  readonly neutral: readonly string[];
  readonly initials: string;
}

/** First names per culture. Kept sorted loosely by region inside each list for review. */
export const NAME_BANKS: Readonly<Record<Culture, NameBank>> = {
  black: {
    women: ['Keisha', 'Aaliyah', 'Imani', 'Tanisha', 'Jasmine', 'Ebony', 'Latoya', 'Monique', 'Danielle', 'Kiara', 'Nia', 'Shanice',
      'Simone', 'Candice', 'Tamika', 'Destiny', 'Brianna', 'Patrice', 'Denise', 'Adaeze', 'Chiamaka', 'Ngozi', 'Folake', 'Abena',
      'Efua', 'Amara', 'Wanjiru', 'Marcia', 'Aminata', 'Fatou'],
    men: ['Marcus', 'Darnell', 'Jamal', 'Andre', 'Tyrone', 'DeShawn', 'Malik', 'Terrence', 'Jerome', 'Kwame', 'Kofi', 'Chinedu',
      'Emeka', 'Tunde', 'Obinna', 'Kayode', 'Desmond', 'Winston', 'Delroy', 'Jermaine', 'Curtis', 'Reggie', 'Isaiah', 'Elijah',
      'Dwayne', 'Omari', 'Cedric', 'Moussa', 'Ibrahima', 'Trevor'],
    neutral: ['Jordan', 'Amari', 'Kendall', 'Taylor'],
    initials: 'AOJWBDHMTRCEN',
  },
  latino: {
    women: ['María', 'Guadalupe', 'Rosa', 'Ana', 'Carmen', 'Gabriela', 'Daniela', 'Valeria', 'Sofía', 'Camila', 'Mariana', 'Alejandra',
      'Paola', 'Yesenia', 'Xiomara', 'Marisol', 'Leticia', 'Adriana', 'Verónica', 'Claudia', 'Jimena', 'Beatriz', 'Araceli', 'Dolores',
      'Itzel', 'Maribel', 'Yolanda', 'Lorena', 'Graciela', 'Fernanda'],
    men: ['José', 'Luis', 'Carlos', 'Miguel', 'Juan', 'Jorge', 'Alejandro', 'Diego', 'Andrés', 'Eduardo', 'Ricardo', 'Fernando',
      'Héctor', 'Raúl', 'Mateo', 'Santiago', 'Emiliano', 'Esteban', 'Rodrigo', 'Julio', 'Ramón', 'Arturo', 'Óscar', 'Iván',
      'Tomás', 'Gerardo', 'Octavio', 'Efraín', 'Wilmer', 'Cristian'],
    neutral: ['Cruz', 'Ariel', 'Alexis', 'Dani'],
    initials: 'GMRHLSCTVFDPAO',
  },
  spanish: {
    women: ['Lucía', 'Marta', 'Laura', 'Paula', 'Nuria', 'Montserrat', 'Begoña', 'Inmaculada', 'Pilar', 'Cristina', 'Raquel', 'Silvia',
      'Irene', 'Ainhoa', 'Itziar', 'Noelia', 'Rocío', 'Amaia', 'Mercedes', 'Consuelo', 'Aitana', 'Alba', 'Carla', 'Teresa', 'Eva',
      'Elena', 'Sara', 'Maite'],
    men: ['Javier', 'Pablo', 'Sergio', 'Álvaro', 'Jordi', 'Iñaki', 'Manuel', 'Francisco', 'Antonio', 'Íñigo', 'Rafael', 'David',
      'Rubén', 'Alberto', 'Marcos', 'Hugo', 'Gonzalo', 'Ignacio', 'Víctor', 'Enrique', 'Joaquín', 'Aitor', 'Borja', 'Martí',
      'Unai', 'Adrián', 'Xabier', 'Paco'],
    neutral: ['Alex', 'Noa', 'Andrea'],
    initials: 'GMFRLSPAJNCEV',
  },
  white: {
    women: ['Sarah', 'Emma', 'Jessica', 'Megan', 'Hannah', 'Rachel', 'Claire', 'Kathleen', 'Siobhan', 'Niamh', 'Fiona', 'Heather',
      'Amanda', 'Melissa', 'Jennifer', 'Linda', 'Karen', 'Susan', 'Deborah', 'Beth', 'Abigail', 'Chloe', 'Lucy', 'Harriet',
      'Molly', 'Erin', 'Kayleigh', 'Gemma', 'Maureen', 'Brenda', 'Shannon', 'Tracy'],
    men: ['James', 'John', 'Michael', 'Tom', 'Ben', 'Daniel', 'Matthew', 'Liam', 'Sean', 'Patrick', 'Connor', 'Callum', 'Gareth',
      'Rhys', 'Dylan', 'Wyatt', 'Cody', 'Travis', 'Greg', 'Steve', 'Neil', 'Graham', 'Alistair', 'Hamish', 'Owen', 'Jack',
      'Harry', 'Ethan', 'Dale', 'Ron', 'Bill', 'Kevin'],
    neutral: ['Sam', 'Charlie', 'Robin', 'Morgan', 'Riley', 'Jamie', 'Casey', 'Quinn', 'Frankie'],
    initials: 'SWBMTHCKODPRJL',
  },
  'east-asian': {
    women: ['Mei', 'Li Na', 'Yan', 'Jing', 'Hui', 'Xiaoling', 'Ji-woo', 'Min-ji', 'Seo-yeon', 'Eun-ji', 'Yuki', 'Haruka', 'Aiko',
      'Naomi', 'Yumi', 'Linh', 'Thu', 'Mai', 'Ngoc', 'Hoa', 'Maricel', 'Rowena', 'Jocelyn', 'Grace', 'Michelle', 'Christine',
      'Vivian', 'Cindy', 'Joy'],
    men: ['Wei', 'Jun', 'Hao', 'Jian', 'Lei', 'Ming', 'Zhi', 'Min-jun', 'Ji-ho', 'Seung-woo', 'Hyun', 'Kenji', 'Hiroshi', 'Takeshi',
      'Daisuke', 'Minh', 'Tuan', 'Duc', 'Khoa', 'Bao', 'Rodel', 'Jomar', 'Arnel', 'Andy', 'Eric', 'Jason', 'Vincent'],
    neutral: ['Akira', 'Hikaru', 'Ren', 'Min'],
    initials: 'WLZCKPNTHYSDGM',
  },
  'south-asian': {
    women: ['Priya', 'Ananya', 'Deepa', 'Sunita', 'Kavya', 'Meera', 'Anjali', 'Pooja', 'Nisha', 'Lakshmi', 'Shreya', 'Divya',
      'Simran', 'Fatima', 'Ayesha', 'Nasreen', 'Farzana', 'Shabnam', 'Rupa', 'Neha', 'Sana', 'Rukhsana', 'Tahmina', 'Geeta'],
    men: ['Raj', 'Arjun', 'Vikram', 'Rahul', 'Sanjay', 'Amit', 'Rohan', 'Aditya', 'Karan', 'Suresh', 'Harjit', 'Imran', 'Bilal',
      'Asif', 'Faisal', 'Tariq', 'Zubair', 'Rizwan', 'Shahid', 'Anwar', 'Nikhil', 'Varun', 'Ravi', 'Deepak', 'Manoj'],
    // Many Sikh names are worn by people of any gender.
    neutral: ['Harpreet', 'Manpreet', 'Gurpreet', 'Kiran', 'Jas'],
    initials: 'PSKAMRCIJDHGBN',
  },
  'middle-eastern': {
    women: ['Layla', 'Yasmin', 'Noor', 'Rania', 'Dina', 'Hala', 'Mariam', 'Samira', 'Leila', 'Nadia', 'Zeynep', 'Elif', 'Ayşe',
      'Shirin', 'Parisa', 'Maryam', 'Farah', 'Lina', 'Reem', 'Salma', 'Amal', 'Hiba', 'Dalia', 'Roya'],
    men: ['Omar', 'Ahmed', 'Khalid', 'Youssef', 'Karim', 'Hassan', 'Ali', 'Mohammed', 'Sami', 'Tarek', 'Nabil', 'Walid', 'Ziad',
      'Mehmet', 'Emre', 'Murat', 'Reza', 'Dariush', 'Kian', 'Farid', 'Amir', 'Hadi', 'Yusuf', 'Rami'],
    neutral: ['Nour', 'Dara', 'Roshan'],
    initials: 'AHKMSYNDTBERZ',
  },
  indigenous: {
    women: ['Nizhoni', 'Shandiin', 'Winona', 'Aiyana', 'Kateri', 'Tanya', 'Raylene', 'Crystal', 'Marlene', 'Shawna', 'Lorraine',
      'Roberta', 'Tamara', 'Delphine', 'Autumn', 'Bernadette', 'Charlene', 'Rose'],
    men: ['Ahiga', 'Dustin', 'Shane', 'Darrell', 'Wayne', 'Leroy', 'Delbert', 'Elias', 'Dennis', 'Roland', 'Clayton', 'Marvin',
      'Vernon', 'Tyler', 'Lionel', 'Russell', 'Gilbert', 'Randall'],
    neutral: ['Kai', 'Sky', 'Jody'],
    initials: 'BYTJHSNPKLWR',
  },
  'eastern-european': {
    women: ['Agnieszka', 'Katarzyna', 'Magdalena', 'Olena', 'Oksana', 'Natalia', 'Irina', 'Svetlana', 'Ioana', 'Andreea', 'Milena',
      'Jelena', 'Zofia', 'Dorota', 'Iwona', 'Tetiana', 'Daria', 'Alina'],
    men: ['Piotr', 'Tomasz', 'Krzysztof', 'Marek', 'Andriy', 'Dmytro', 'Oleksandr', 'Sergei', 'Ion', 'Mihai', 'Andrei', 'Bogdan',
      'Nikola', 'Dragan', 'Luka', 'Pavel', 'Vlad', 'Jakub', 'Wojciech', 'Stefan'],
    neutral: ['Sasha', 'Zhenya'],
    initials: 'KNWPSMIDBTLZV',
  },
};

/** Māori first names, for Indigenous peers in Aotearoa New Zealand and Australia's neighbour groups. */
const MAORI: NameBank = {
  women: ['Aroha', 'Mere', 'Hine', 'Ngaio', 'Kiri', 'Moana', 'Anahera', 'Awhina', 'Huia', 'Marama', 'Tania', 'Stacey', 'Kayla', 'Maia', 'Ataahua'],
  men: ['Wiremu', 'Hemi', 'Rawiri', 'Tama', 'Nikau', 'Manaia', 'Rangi', 'Tane', 'Ihaia', 'Matiu', 'Shane', 'Jason', 'Hohepa', 'Tipene', 'Pita'],
  neutral: ['Kai', 'Tui'],
  initials: 'TWHPKMNRE',
};

/**
 * The bank for a culture in a region: Indigenous peers carry Māori names in Oceania and mostly Spanish
 * names in Latin America; everywhere else the culture's own bank.
 */
export function nameBankFor(culture: Culture, region: string): NameBank {
  if (culture === 'indigenous' && region === 'oceania') return MAORI;
  if (culture === 'indigenous' && region === 'latam') return NAME_BANKS.latino;
  return NAME_BANKS[culture];
}

/** Every distinct first name in the bank (for tests and for a last-resort pick). */
export function allFirstNames(): string[] {
  const names = new Set<string>();
  for (const bank of [...Object.values(NAME_BANKS), MAORI]) for (const n of [...bank.women, ...bank.men, ...bank.neutral]) names.add(n);
  return [...names];
}

/** A chosen name: first name, last initial and the display form "Rosa M.". */
export interface PersonName {
  readonly first: string;
  readonly initial: string;
  readonly display: string;
}

/** Names a cohort must not use: first names already in this group, and names from the user's other groups. */
export interface NameAvoidance {
  readonly takenFirst: ReadonlySet<string>;
  readonly avoidDisplay: ReadonlySet<string>;
  readonly avoidFirst: ReadonlySet<string>;
}

function candidates(bank: NameBank, gender: Gender, rng: Rng): readonly string[] {
  if (gender === 'woman') return bank.women;
  if (gender === 'man') return bank.men;
  // Most nonbinary people keep the name they have; a share carry a name worn by anyone.
  return rng.chance(0.6) ? bank.neutral : rng.pick([bank.women, bank.men]);
}

/**
 * Picks a first name and last initial from a bank (see nameBankFor) for someone of this gender. Never reuses a first name
 * already in the group; prefers first names the user has not met in another group, then display names they
 * have not met, and only then reaches into the whole bank.
 */
export function pickName(rng: Rng, bank: NameBank, gender: Gender, avoid: NameAvoidance): PersonName {
  const pool = candidates(bank, gender, rng);
  const initials = [...bank.initials];
  const make = (first: string): PersonName => {
    const free = rng.shuffle(initials).find((i) => !avoid.avoidDisplay.has(`${first} ${i}.`)) ?? rng.pick(initials);
    return { first, initial: free, display: `${first} ${free}.` };
  };
  const unused = pool.filter((n) => !avoid.takenFirst.has(n));
  const fresh = unused.filter((n) => !avoid.avoidFirst.has(n));
  if (fresh.length > 0) return make(rng.pick(fresh));
  // The preferred pool is used up in the user's other groups: try the same gender across all cultures.
  const wider = Object.values(NAME_BANKS)
    .flatMap((b) => (gender === 'man' ? b.men : gender === 'woman' ? b.women : [...b.neutral]))
    .filter((n) => !avoid.takenFirst.has(n) && !avoid.avoidFirst.has(n));
  if (wider.length > 0) return make(rng.pick(wider));
  // Every first name has been met before: a repeated first name with an unmet initial is still a new person.
  const last = unused.length > 0 ? unused : allFirstNames().filter((n) => !avoid.takenFirst.has(n));
  return make(rng.pick(last));
}
