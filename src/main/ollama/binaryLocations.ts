import { posix, win32 } from 'node:path';

/** Facts about the machine that decide where Ollama may be installed (injected so tests can vary them). */
export interface BinaryLookupFacts {
  readonly platform: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly homeDir: string;
  /** True when the path is an existing file this process may execute. */
  readonly isExecutable: (path: string) => Promise<boolean>;
}

/** Ollama's documented install locations, most specific first, for a platform. */
export function knownInstallLocations(facts: Pick<BinaryLookupFacts, 'platform' | 'env' | 'homeDir'>): string[] {
  const { platform, env, homeDir } = facts;
  if (platform === 'win32') {
    const local = env['LOCALAPPDATA'] ?? win32.join(homeDir, 'AppData', 'Local');
    const programFiles = env['ProgramFiles'] ?? 'C:\\Program Files';
    return [win32.join(local, 'Programs', 'Ollama', 'ollama.exe'), win32.join(programFiles, 'Ollama', 'ollama.exe')];
  }
  if (platform === 'darwin') {
    return [
      '/usr/local/bin/ollama',
      '/opt/homebrew/bin/ollama',
      '/Applications/Ollama.app/Contents/Resources/ollama',
      posix.join(homeDir, 'Applications', 'Ollama.app', 'Contents', 'Resources', 'ollama'),
    ];
  }
  return ['/usr/local/bin/ollama', '/usr/bin/ollama', '/snap/bin/ollama', posix.join(homeDir, '.local', 'bin', 'ollama')];
}

/** Every PATH entry joined with the binary's name, in PATH order. */
export function pathCandidates(facts: Pick<BinaryLookupFacts, 'platform' | 'env'>): string[] {
  const isWindows = facts.platform === 'win32';
  // Windows spells it "Path" as often as "PATH".
  const raw = facts.env['PATH'] ?? facts.env['Path'] ?? '';
  const path = isWindows ? win32 : posix;
  const name = isWindows ? 'ollama.exe' : 'ollama';
  return raw
    .split(isWindows ? ';' : ':')
    .map((dir) => dir.trim().replace(/^"|"$/g, ''))
    .filter((dir) => dir.length > 0)
    .map((dir) => path.join(dir, name));
}

/** Finds the ollama binary: PATH first (what the user chose), then the installers' usual places. */
export async function findOllamaBinary(facts: BinaryLookupFacts): Promise<string | null> {
  const seen = new Set<string>();
  for (const candidate of [...pathCandidates(facts), ...knownInstallLocations(facts)]) {
    if (seen.has(candidate)) continue;
    seen.add(candidate);
    if (await facts.isExecutable(candidate)) return candidate;
  }
  return null;
}
