// Splits a MedlinePlus topic summary (a little HTML: headings, paragraphs, lists, links) into citable
// facts: one to three sentences each, a list kept with the sentence that introduces it ("Symptoms can
// include: a; b; c."). The words are the summary's own — public domain, quoted with attribution — and a
// heading travels with the facts under it so retrieval can match "treatment" to the treatment section.

/** One citable piece of a summary. */
export interface SummaryFact {
  /** Stable within the topic: s1, s2, … in summary order. */
  readonly id: string;
  readonly text: string;
  /** The heading the fact sits under, when the summary has headings. */
  readonly section?: string;
}

type Block = { kind: 'heading' | 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/** Longest fact; the pack schema allows 600 characters. */
const MAX_FACT = 480;
/** A fact grows sentence by sentence up to about this length. */
const TARGET_FACT = 260;
const MIN_FACT = 12;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…' };

/** Decodes the HTML entities a summary uses (named ones above, and numeric ones). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const tidy = (text: string): string => decodeEntities(text).replace(/\s+/g, ' ').trim();

/** The summary's blocks in order: headings, paragraphs and lists (inline tags dropped, text kept). */
function blocks(html: string): Block[] {
  const out: Block[] = [];
  let text = '';
  let list: string[] | undefined;
  let item: string | undefined;
  let heading = false;
  const flush = (): void => {
    const t = tidy(text);
    text = '';
    if (!t) return;
    out.push({ kind: heading ? 'heading' : 'paragraph', text: t });
  };
  for (const m of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>|([^<]+)|</gi)) {
    const [, closing, rawName, chunk] = m;
    if (chunk !== undefined || !rawName) {
      const piece = chunk ?? '<';
      if (item !== undefined) item += piece;
      else text += piece;
      continue;
    }
    const name = rawName.toLowerCase();
    if (name === 'li') {
      if (!closing) item = '';
      else if (item !== undefined) {
        if (tidy(item)) list?.push(tidy(item));
        item = undefined;
      }
    } else if (name === 'ul' || name === 'ol') {
      if (!closing) {
        flush();
        list = [];
      } else if (list) {
        if (item !== undefined && tidy(item)) list.push(tidy(item));
        item = undefined;
        if (list.length) out.push({ kind: 'list', items: list });
        list = undefined;
      }
    } else if (/^h[1-6]$/.test(name)) {
      flush();
      heading = !closing;
    } else if (name === 'p' || name === 'div' || name === 'br') {
      if (item !== undefined) item += ' ';
      else flush();
    }
  }
  flush();
  return out;
}

// Abbreviations whose full stop does not end a sentence, in English and Spanish.
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|vs|Dr|Mr|Mrs|Ms|St|U\.S|Sr|Sra|Dra|p\.ej|aprox|No)\.$/i;

/** Splits running text into sentences (English and Spanish punctuation). */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]["”’)]?(?=\s+["“¿¡(]?[A-ZÁÉÍÓÚÑÜ0-9])/g)) {
    const end = m.index + m[0].length;
    const candidate = text.slice(start, end).trim();
    if (ABBREVIATIONS.test(candidate)) continue;
    out.push(candidate);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Cuts text that is still too long at a word boundary, marking the cut. */
function cap(text: string): string {
  if (text.length <= MAX_FACT) return text;
  const cut = text.slice(0, MAX_FACT - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_FACT / 2)).trimEnd()}…`;
}

/** Joins a list to the sentence before it, in as many facts as the length allows (each repeats the lead-in). */
function listFacts(lead: string | undefined, items: readonly string[]): string[] {
  const prefix = lead ? `${lead} ` : '';
  const out: string[] = [];
  let current: string[] = [];
  const emit = (): void => {
    if (current.length) out.push(cap(`${prefix}${current.join('; ')}.`.replace(/([.!?;:])\.$/, '$1')));
    current = [];
  };
  for (const item of items) {
    const clipped = item.replace(/[.;]+$/, '');
    if (current.length && `${prefix}${[...current, clipped].join('; ')}.`.length > MAX_FACT) emit();
    current.push(clipped);
  }
  emit();
  return out;
}

/** Whether a paragraph ends by introducing what follows ("…such as:"). */
const leadsList = (text: string): boolean => /:$/.test(text);

/** The summary as citable facts, in order. */
export function summaryFacts(html: string): SummaryFact[] {
  const texts: Array<{ text: string; section?: string }> = [];
  let section: string | undefined;
  const list = blocks(html);
  list.forEach((block, i) => {
    if (block.kind === 'heading') {
      section = block.text.slice(0, 120);
      return;
    }
    const at = section ? { section } : {};
    if (block.kind === 'list') {
      // The sentence that introduces a list ("Symptoms include:") goes with it, so each fact stands alone.
      const before = list[i - 1];
      const lead = before?.kind === 'paragraph' && leadsList(before.text) ? sentences(before.text).at(-1) : undefined;
      for (const text of listFacts(lead, block.items)) texts.push({ text, ...at });
      return;
    }
    const next = list[i + 1];
    const own = sentences(block.text);
    if (next?.kind === 'list' && leadsList(block.text)) own.pop();
    let current = '';
    for (const sentence of own) {
      if (current && `${current} ${sentence}`.length > TARGET_FACT) {
        texts.push({ text: cap(current), ...at });
        current = '';
      }
      current = current ? `${current} ${sentence}` : sentence;
    }
    if (current) texts.push({ text: cap(current), ...at });
  });
  return texts.filter((t) => t.text.length >= MIN_FACT).map((t, i) => ({ id: `s${i + 1}`, text: t.text, ...(t.section ? { section: t.section } : {}) }));
}
