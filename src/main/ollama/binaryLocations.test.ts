import { describe, expect, it } from 'vitest';
import { findOllamaBinary, knownInstallLocations, pathCandidates } from './binaryLocations';

const finder = (platform: string, env: Record<string, string>, present: string[]) =>
  findOllamaBinary({ platform, env, homeDir: platform === 'win32' ? 'C:\\Users\\ana' : '/home/ana', isExecutable: async (p) => present.includes(p) });

describe('finding the ollama binary', () => {
  it('prefers PATH, in PATH order', async () => {
    await expect(finder('linux', { PATH: '/opt/a:/opt/b' }, ['/opt/b/ollama', '/usr/bin/ollama'])).resolves.toBe('/opt/b/ollama');
  });
  it('falls back to the documented install locations per platform', async () => {
    await expect(finder('linux', { PATH: '/bin' }, ['/usr/bin/ollama'])).resolves.toBe('/usr/bin/ollama');
    await expect(finder('darwin', { PATH: '/bin' }, ['/Applications/Ollama.app/Contents/Resources/ollama'])).resolves.toBe(
      '/Applications/Ollama.app/Contents/Resources/ollama',
    );
    await expect(
      finder('win32', { Path: 'C:\\Windows', LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' }, ['C:\\Users\\ana\\AppData\\Local\\Programs\\Ollama\\ollama.exe']),
    ).resolves.toBe('C:\\Users\\ana\\AppData\\Local\\Programs\\Ollama\\ollama.exe');
  });
  it('returns null when Ollama is nowhere', async () => {
    await expect(finder('linux', { PATH: '/bin:/usr/bin' }, [])).resolves.toBeNull();
  });
  it('splits a Windows Path on semicolons and strips quotes', () => {
    expect(pathCandidates({ platform: 'win32', env: { Path: '"C:\\Tools";C:\\Ollama' } })).toEqual(['C:\\Tools\\ollama.exe', 'C:\\Ollama\\ollama.exe']);
  });
  it('derives the Windows location from the home folder when LOCALAPPDATA is missing', () => {
    expect(knownInstallLocations({ platform: 'win32', env: {}, homeDir: 'C:\\Users\\ana' })[0]).toBe('C:\\Users\\ana\\AppData\\Local\\Programs\\Ollama\\ollama.exe');
  });
});
