import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildContentSecurityPolicy } from '@main/security/csp';
import { readRendererFile } from '@main/services/rendererFiles';

/** Serves the built renderer on 127.0.0.1 with the same files and CSP main serves over app://. */
export async function serveBuiltRenderer(root: string): Promise<{ origin: string; close(): Promise<void> }> {
  const csp = buildContentSecurityPolicy();
  const server: Server = createServer((req, res) => {
    void readRendererFile(root, req.url ?? '/').then((file) => {
      if (file.status === 404) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, {
        'content-type': file.contentType,
        'content-security-policy': csp,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      });
      res.end(file.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
