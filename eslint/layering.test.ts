import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const cwd = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd });

/** Lints a snippet as if it lived at `filePath`, with the project's real config; returns rule ids hit. */
async function ruleHits(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const LAYERING = 'no-restricted-imports';

describe('layering is enforced by lint', () => {
  it.each([
    ['src/shared/group/x.ts', "import fs from 'node:fs';"],
    ['src/shared/group/x.ts', "import { join } from 'path';"],
    ['src/shared/group/x.ts', "import { readFile } from 'fs/promises';"],
    ['src/shared/group/x.ts', "import { app } from 'electron';"],
    ['src/shared/group/x.ts', "import { x } from '../../main/index';"],
    ['src/shared/group/x.ts', "import { x } from '@main/index';"],
    ['src/shared/group/x.ts', "import { App } from '@renderer/app/App';"],
    ['src/shared/group/x.ts', "import { x } from '../../renderer/src/app/App';"],
    ['src/shared/group/x.ts', "import { useState } from 'react';"],
    ['src/renderer/src/x.ts', "import { x } from '../../main/index';"],
    ['src/renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['src/renderer/src/x.ts', "import os from 'node:os';"],
    ['src/main/x.ts', "import { App } from '../renderer/src/app/App';"],
    ['src/main/x.ts', "import { App } from '@renderer/app/App';"],
    ['src/renderer/src/x.ts', "import { x } from '@main/index';"],
    // Deep relative imports: a path alias says where they go.
    ['src/renderer/src/features/group/x.ts', "import { Button } from '../../ui/Button';"],
    ['src/shared/group/session/x.ts', "import type { Message } from '../../domain';"],
    ['tests/ui/x.test.ts', "import { x } from '../../src/shared/domain';"],
    ['src/preload/index.ts', "import { x } from '../shared/knowledge/packSchema';"],
    ['src/preload/index.ts', "import { z } from 'zod';"],
    ['src/preload/index.ts', "import fs from 'node:fs';"],
  ])('%s: `%s` fails lint', async (file, code) => {
    expect(await ruleHits(file, `${code}\nexport const used = 1;\n`)).toContain(LAYERING);
  });

  it.each([
    ['src/shared/group/x.ts', "import { z } from 'zod';"],
    ['src/shared/contract/x.ts', "import { streamChannels } from './channels/stream';"],
    ['src/renderer/src/x.ts', "import { hearthContract } from '@shared/contract';"],
    ['src/renderer/src/features/group/x.ts', "import { Button } from '@renderer/ui/Button';"],
    ['src/renderer/src/features/group/x.ts', "import { x } from '../crisis/useCrisisPanel';"],
    ['src/main/x.ts', "import { app } from 'electron';"],
    ['src/main/x.ts', "import { join } from 'node:path';"],
    ['src/preload/index.ts', "import { contextBridge } from 'electron';"],
    ['src/preload/index.ts', "import { createHearthApi } from '../shared/contract';"],
    ['src/preload/index.ts', "import { createHearthApi } from '@shared/contract';"],
  ])('%s: `%s` is allowed', async (file, code) => {
    expect(await ruleHits(file, `${code}\nexport const used = 1;\n`)).not.toContain(LAYERING);
  });

  it('shared code may not touch DOM or Node globals', async () => {
    expect(await ruleHits('src/shared/group/x.ts', 'export const w = window.innerWidth;\n')).toContain('no-restricted-globals');
    expect(await ruleHits('src/shared/group/x.ts', 'export const e = process.env;\n')).toContain('no-restricted-globals');
  });
});
