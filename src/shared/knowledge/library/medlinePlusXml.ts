// Reads MedlinePlus's health-topics XML file (mplus_topics_YYYY-MM-DD.xml, as described on
// medlineplus.gov/xmldescription.html) as a stream: text chunks in, one topic at a time out. Only what
// Hearth uses is kept — title, URL, language, id, "also called" and see-reference names, MeSH headings,
// groups, the equivalent topic in the other language, and the full summary (HTML, escaped inside the
// XML). Site links, related topics and the rest are skipped. Nothing in the file is trusted: a DOCTYPE
// (entity tricks) is refused, every topic is checked, and limits keep a hostile file from eating memory.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { LibraryFileError, type LibraryFileProblem } from './libraryFileError';

export { LibraryFileError, type LibraryFileProblem } from './libraryFileError';

/** Why a file could not be read as a MedlinePlus health-topics file. */

/** One topic as the file gives it (validated, not yet split into facts). */
export interface RawTopic {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly language: 'en' | 'es';
  /** "Also called" names, see-references and MeSH headings: what people may type instead of the title. */
  readonly names: readonly string[];
  readonly groups: readonly string[];
  /** The same topic in the other language, when the file maps one. */
  readonly mappedId?: string;
  /** The full summary as HTML text. */
  readonly summaryHtml: string;
}

/** What the root element says about the file. */
export interface FileHeader {
  /** The file's generation date as YYYY-MM-DD, from date-generated="MM/DD/YYYY hh:mm:ss". */
  readonly generated?: string;
  readonly total?: number;
}

/** Limits against a hostile or broken file. The real file has about 2,000 topics. */
export const LIBRARY_LIMITS = { maxTopics: 6_000, maxSummaryChars: 60_000, maxNameChars: 300, maxNames: 60 } as const;

const TOPIC_URL = /^https:\/\/medlineplus\.gov\/[A-Za-z0-9_./-]+$/;
const COLLECTED = new Set(['also-called', 'see-reference', 'group', 'language-mapped-topic', 'full-summary', 'descriptor']);

interface Draft {
  attrs: Record<string, string>;
  names: string[];
  groups: string[];
  mappedId?: string;
  summary: string;
  text: string;
}

/** Turns date-generated ("04/02/2012 12:10:06") into "2012-04-02"; undefined when it is not that shape. */
export function generatedDate(value: string | undefined): string | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})\b/.exec(value ?? '');
  if (!m) return undefined;
  const iso = `${m[3]}-${m[1]}-${m[2]}`;
  return Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) ? undefined : iso;
}

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A streaming reader: `write` text chunks as they arrive, then `finish`. Topics go to `onTopic` as they close. */
export class MedlinePlusReader {
  private readonly parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  private readonly stack: string[] = [];
  private draft: Draft | undefined;
  private header: FileHeader = {};
  private accepted = 0;
  private skipped = 0;
  private failure: LibraryFileError | undefined;

  constructor(private readonly onTopic: (topic: RawTopic) => void) {
    this.parser.on('doctype', () => this.fail('unsafe', 'The file declares a DOCTYPE; MedlinePlus files do not'));
    this.parser.on('opentag', (tag) => this.open(tag));
    this.parser.on('text', (text) => this.text(text));
    this.parser.on('cdata', (text) => this.text(text));
    this.parser.on('closetag', (tag) => this.close(tag));
    this.parser.on('error', (error) => this.fail('not-xml', error.message));
  }

  /** Feeds the next piece of the file. Throws a LibraryFileError as soon as the file is known to be wrong. */
  write(chunk: string): void {
    if (this.failure) throw this.failure;
    this.parser.write(chunk);
    if (this.failure) throw this.failure;
  }

  /** Ends the file; returns its header and how many topics were accepted and skipped. */
  finish(): { readonly header: FileHeader; readonly accepted: number; readonly skipped: number } {
    if (this.failure) throw this.failure;
    this.parser.close();
    if (this.failure) throw this.failure;
    if (this.stack.length > 0) throw new LibraryFileError('not-xml', 'The file ends in the middle of an element');
    if (this.accepted === 0) throw new LibraryFileError('no-topics', 'The file has no usable health topics');
    return { header: this.header, accepted: this.accepted, skipped: this.skipped };
  }

  private fail(problem: LibraryFileProblem, message: string): void {
    this.failure ??= new LibraryFileError(problem, message);
  }

  private open(tag: SaxesTagPlain): void {
    const depth = this.stack.length;
    this.stack.push(tag.name);
    const attrs = tag.attributes as Record<string, string>;
    if (depth === 0) {
      if (tag.name !== 'health-topics') return this.fail('not-medlineplus', `The file's root element is <${tag.name}>, not <health-topics>`);
      const total = Number(attrs['total']);
      this.header = { ...(generatedDate(attrs['date-generated']) ? { generated: generatedDate(attrs['date-generated']) } : {}), ...(Number.isFinite(total) && total > 0 ? { total } : {}) };
      return;
    }
    if (depth === 1 && tag.name === 'health-topic') {
      this.draft = { attrs, names: [], groups: [], summary: '', text: '' };
      return;
    }
    if (this.draft && tag.name === 'language-mapped-topic' && depth === 2 && /^\d{1,9}$/.test(attrs['id'] ?? '')) this.draft.mappedId = `medlineplus-${attrs['id']}`;
    if (this.draft) this.draft.text = '';
  }

  private text(text: string): void {
    const current = this.stack.at(-1);
    if (!this.draft || !current || !COLLECTED.has(current)) return;
    this.draft.text += text;
    if (this.draft.text.length > LIBRARY_LIMITS.maxSummaryChars) this.fail('too-large', 'A topic summary is larger than any real one');
  }

  private close(tag: SaxesTagPlain): void {
    this.stack.pop();
    const draft = this.draft;
    if (!draft) return;
    const value = draft.text;
    draft.text = '';
    switch (tag.name) {
      case 'also-called':
      case 'see-reference':
      case 'descriptor':
        if (clean(value) && draft.names.length < LIBRARY_LIMITS.maxNames) draft.names.push(clean(value).slice(0, LIBRARY_LIMITS.maxNameChars));
        return;
      case 'group':
        if (this.stack.length === 2 && clean(value) && draft.groups.length < LIBRARY_LIMITS.maxNames) draft.groups.push(clean(value).slice(0, LIBRARY_LIMITS.maxNameChars));
        return;
      case 'full-summary':
        draft.summary = value;
        return;
      case 'health-topic':
        this.draft = undefined;
        this.accept(draft);
        return;
      default:
        return;
    }
  }

  private accept(draft: Draft): void {
    const { id = '', title = '', url = '', language = '' } = draft.attrs;
    const lang = language === 'English' ? 'en' : language === 'Spanish' ? 'es' : undefined;
    const name = clean(title);
    if (!/^\d{1,9}$/.test(id) || !lang || !name || name.length > LIBRARY_LIMITS.maxNameChars || !TOPIC_URL.test(url) || !draft.summary.trim()) {
      this.skipped += 1;
      return;
    }
    if (this.accepted >= LIBRARY_LIMITS.maxTopics) return this.fail('too-large', `The file has more than ${LIBRARY_LIMITS.maxTopics} topics`);
    this.accepted += 1;
    this.onTopic({
      id: `medlineplus-${id}`,
      title: name,
      url,
      language: lang,
      names: [...new Set(draft.names.filter((n) => n.toLowerCase() !== name.toLowerCase()))],
      groups: [...new Set(draft.groups)],
      ...(draft.mappedId ? { mappedId: draft.mappedId } : {}),
      summaryHtml: draft.summary,
    });
  }
}
