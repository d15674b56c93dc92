// npm run dist [-- --mac|--win|--linux]: packages the electron-vite build with electron-builder
// (packaging/builderConfig.ts), for this machine's platform unless one is named. electron-builder
// downloads Electron for the target: this needs a machine that can reach Electron's releases.
import { build, Platform } from 'electron-builder';
import { builderConfig } from '../packaging/builderConfig';

const named: Readonly<Record<string, Platform>> = { '--mac': Platform.MAC, '--win': Platform.WINDOWS, '--linux': Platform.LINUX };
const targets = new Map(process.argv.slice(2).flatMap((arg) => (named[arg] ? [...named[arg].createTarget()] : [])));
const artifacts = await build({ config: builderConfig, publish: 'never', ...(targets.size ? { targets } : {}) });
for (const file of artifacts) console.log(file);
