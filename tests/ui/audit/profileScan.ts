import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One way a string can sit in a file. */
export interface MarkerForm {
  readonly marker: string;
  readonly form: string;
  readonly bytes: Buffer;
}

const varint = (n: number): number[] => {
  const out: number[] = [];
  let v = n;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
  return out;
};
const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();
const isLatin1 = (text: string): boolean => [...text].every((c) => c.charCodeAt(0) <= 0xff);

/**
 * The byte forms in which a string can reach Chromium's IndexedDB files: UTF-8 (JSON, logs), Latin-1
 * (V8 serialises such strings one byte a character), UTF-16LE (V8's two-byte strings) and UTF-16BE
 * (IndexedDB's key encoding). A marker under 8 characters (a condition such as "HIV") would match
 * by chance in megabytes of ciphertext, so it is looked for only as a whole stored value: V8's
 * string records (tag, length, characters), a JSON string, and the UTF-16 forms.
 */
export function markerForms(marker: string): MarkerForm[] {
  const forms: MarkerForm[] = [];
  const add = (form: string, bytes: Buffer): void => {
    if (!forms.some((f) => f.bytes.equals(bytes))) forms.push({ marker, form, bytes });
  };
  const latin1 = isLatin1(marker) ? Buffer.from(marker, 'latin1') : undefined;
  const le = Buffer.from(marker, 'utf16le');
  if ([...marker].length >= 8) {
    add('utf8', Buffer.from(marker, 'utf8'));
    if (latin1) add('latin1', latin1);
  } else {
    add('json', Buffer.from(JSON.stringify(marker), 'utf8'));
    if (latin1) add('v8-one-byte', Buffer.concat([Buffer.from([0x22, ...varint(latin1.length)]), latin1]));
    add('v8-two-byte', Buffer.concat([Buffer.from([0x63, ...varint(le.length)]), le]));
  }
  add('utf16le', le);
  add('utf16be', utf16be(marker));
  return forms;
}

/** Every file under a directory (a Chromium profile). */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
}

/** Where a marker was found. */
export interface Hit {
  readonly file: string;
  readonly marker: string;
  readonly form: string;
}

/** Looks for every form of every marker, and every raw byte string in `needles`, in every file under `dir`. */
export function scanProfile(dir: string, markers: readonly string[], needles: readonly { readonly name: string; readonly bytes: Buffer }[] = []): Hit[] {
  const forms = [...markers.flatMap(markerForms), ...needles.map((n) => ({ marker: n.name, form: 'bytes', bytes: n.bytes }))];
  const hits: Hit[] = [];
  for (const file of filesUnder(dir)) {
    let content: Buffer;
    try {
      content = readFileSync(file);
    } catch {
      continue; // a file the browser is replacing right now; the next step scans it again
    }
    for (const f of forms) if (content.includes(f.bytes)) hits.push({ file: relative(dir, file), marker: f.marker, form: f.form });
  }
  return hits;
}
