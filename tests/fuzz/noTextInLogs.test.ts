// No message text, profile field or persona text may reach the console (Electron writes main's
// console to log files and terminals). This drives every privacy-relevant path with marker strings,
// including the failure paths, and searches everything written to the console and stdio.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHearthApi, hearthContract } from '@shared/contract';
import { createHandlers } from '@main/handlers/createHandlers';
import { createHandlerHost } from '@main/ipc/handlerHost';
import { createLoopbackTransport } from '@main/ipc/loopbackTransport';
import { captureOutput } from './captureOutput';

const MARK = { message: 'ZQXMSG-4417', persona: 'ZQXPERSONA-9921', passphrase: 'ZQXPASS-7765' };
const output = captureOutput(Object.values(MARK));
beforeEach(output.start);
afterEach(output.stop);

describe('no user text in main-process logs', () => {
  it('main paths: invalid payloads carrying user text are refused without echoing it, in results or logs', async () => {
    const handlers = createHandlers({
      app: { name: 'Hearth', version: '0.1.0', platform: 'linux', locale: 'en-US', testBench: true },
      shell: { allowedDomains: [], open: async () => undefined },
    });
    // The same failure logger main/index.ts installs.
    const host = createHandlerHost({
      contract: hearthContract,
      handlers,
      isTrustedSender: () => true,
      onFailure: (note) => console.warn(`[ipc] ${note.channel} failed: ${note.code}${note.errorName ? ` (${note.errorName})` : ''}`),
    });
    const api = createHearthApi(createLoopbackTransport(host, 'app://hearth/'));
    const answers = [
      await api.llm.chat({ model: 'llama3.2:3b', messages: [{ role: 'user', content: MARK.message }], options: { numCtx: 1 } }, () => undefined).done,
      await api.shell.openExternal({ url: `https://evil.example/?q=${MARK.message}` }),
      await api.privacy.rememberKey({ key: MARK.passphrase }),
      await host.dispatch(`app.${MARK.persona}`, { text: MARK.message }, { senderUrl: 'app://hearth/', emit: () => undefined }),
    ];
    for (const answer of answers) expect(JSON.stringify(answer)).not.toMatch(/ZQX/);
    expect(output.lines().some((line) => line.includes('[ipc]'))).toBe(true);
    output.expectNoMarkers();
  });
});
