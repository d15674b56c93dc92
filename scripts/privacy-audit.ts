// npm run --silent privacy:audit — the disk audit of issue 13 (tests/ui/audit/privacyAudit.ts):
// builds the renderer, drives Hearth through every passphrase change, a quick exit and a restart in
// a persistent Chromium profile, and scans the profile's files after each step. Prints one line per
// step, then {"steps":N,"plaintext_hits":N,"old_key_opens":N}. Exits 1 if anything was found, or if
// the scan could not see a marker written in the clear (then it would prove nothing).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runPrivacyAudit } from '@tests/ui/audit/privacyAudit';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
execFileSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
// `-- --without-buckets` runs the fallback storage instead, to see what the engine leaves behind.
const result = await runPrivacyAudit((line) => console.log(line), { storageBuckets: !process.argv.includes('--without-buckets') });
console.log(`files scanned at the end: ${result.filesScanned}`);
console.log(JSON.stringify(result.summary));
const clean = result.canaryFound && result.summary.plaintext_hits === 0 && result.summary.old_key_opens === 0;
process.exitCode = clean ? 0 : 1;
