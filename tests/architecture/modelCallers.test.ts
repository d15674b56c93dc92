// Issue 11's rule, kept by a test: nothing but the session engine calls the chat model for a user's
// turn, so no path can skip the safety gate. The renderer hands `llm.chat` to the engine in one place
// (useGroupSession) and to the guard model's adapter, which only ever sees a message the gate is
// already deciding. Main's Ollama client is the transport, not a caller.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The code without its comments (a comment may name the call it describes). */
const withoutComments = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

/** Files that reach the model's chat call: the renderer's `hearth.llm.chat` or the engine's `deps.chat`/`input.chat`. */
function chatCallers(dir: string): string[] {
  return sourceFiles(join(root, dir))
    .filter((file) => /\bllm\.chat\b|\bdeps\.chat\(|\binput\.chat\(/.test(withoutComments(readFileSync(file, 'utf8'))))
    .map((file) => relative(root, file))
    .sort();
}

describe('who calls the chat model', () => {
  it('in the renderer, only the hook that builds the engine and the guard adapter it gates', () => {
    expect(chatCallers('src/renderer/src')).toEqual(['src/renderer/src/features/group/useGroupSession.ts']);
  });

  it('in shared code, only the session engine', () => {
    expect(chatCallers('src/shared').every((file) => file.startsWith('src/shared/group/session/'))).toBe(true);
    expect(chatCallers('src/shared')).toEqual([
      'src/shared/group/session/groupSession.ts',
      'src/shared/group/session/modelCall.ts',
      'src/shared/group/session/replyRunner.ts',
    ]);
  });
});
