// Reads labelled author sets from disk: a folder that holds user.jsonl / peer.jsonl is one author
// (named by the folder), a folder of such folders is several. Used by the training and eval scripts
// and the eval tests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseJsonl, PeerLine, UserLine, type AuthorSet } from '@shared/safety/eval/authorSets';

/** The in-repo author sets (training and cross-validation authors). */
export const IN_REPO_AUTHORS = join(import.meta.dirname, '../src/shared/safety/eval/authors');

function readOne(dir: string): AuthorSet {
  const author = basename(dir);
  const read = (file: string): string => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : '');
  return {
    author,
    users: parseJsonl(read('user.jsonl'), UserLine, author, join(dir, 'user.jsonl')),
    peers: parseJsonl(read('peer.jsonl'), PeerLine, author, join(dir, 'peer.jsonl')),
  };
}

const isAuthorDir = (dir: string): boolean => existsSync(join(dir, 'user.jsonl')) || existsSync(join(dir, 'peer.jsonl'));

/** Every author under a folder (or the folder itself when it is one author), sorted by name. Throws when there is none. */
export function readAuthors(dir: string): AuthorSet[] {
  if (!existsSync(dir)) throw new Error(`no such folder: ${dir}`);
  if (isAuthorDir(dir)) return [readOne(dir)];
  const authors = readdirSync(dir)
    .sort()
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isDirectory() && isAuthorDir(path))
    .map(readOne);
  if (authors.length === 0) throw new Error(`no author sets (user.jsonl / peer.jsonl) under ${dir}`);
  return authors;
}
