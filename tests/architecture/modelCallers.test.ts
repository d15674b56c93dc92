// Issue 11's rule, kept by a test: nothing but the session engine calls the chat model for a user's
// turn, so no path can skip the safety gate. The renderer hands `llm.chat` to the engine in one place
// (useGroupSession) and to the guard model's adapter, which only ever sees a message the gate is
// already deciding. Main's Ollama client is the transport, not a caller.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, sourceFiles, withoutComments } from './sourceFiles';

const root = repoRoot;



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
      'src/shared/group/session/modelCall.ts',
      'src/shared/group/session/replyRunner.ts',
      'src/shared/group/session/warm.ts',
    ]);
  });
});
