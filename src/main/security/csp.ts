/**
 * The renderer's Content-Security-Policy. The renderer never talks to the network: `connect-src`
 * allows nothing (model traffic goes through main), scripts only from the app itself, no plugins,
 * no frames, no forms, no base-uri tricks. In development the Vite dev server's origin and its
 * HMR websocket are added, and nothing else.
 */
export function buildContentSecurityPolicy(opts: { devServerUrl?: string } = {}): string {
  const dev = opts.devServerUrl ? new URL(opts.devServerUrl) : undefined;
  const devOrigin = dev ? dev.origin : '';
  const devWs = dev ? `ws://${dev.host}` : '';
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'none'"]],
    ['script-src', ["'self'", ...(dev ? [devOrigin, "'unsafe-inline'"] : [])]],
    ['style-src', ["'self'", "'unsafe-inline'", ...(dev ? [devOrigin] : [])]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', dev ? [devOrigin, devWs] : ["'none'"]],
    ['media-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['child-src', ["'none'"]],
    ['worker-src', ["'self'", 'blob:']],
    ['manifest-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** Parses a policy into a map of directive → sources, for checks and tests. */
export function parseContentSecurityPolicy(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}
