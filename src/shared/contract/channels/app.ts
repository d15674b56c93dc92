import { z } from 'zod';
import { invoke } from '../define';

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.enum(['darwin', 'win32', 'linux', 'other']),
  /** The system locale, e.g. "en-US"; used to default the country for crisis lines. */
  locale: z.string(),
  /** True when this build runs outside Electron (UI tests); the UI never changes behaviour on it. */
  testBench: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** App-level facts the renderer needs at start. */
export const appChannels = {
  info: invoke({ request: z.object({}).strict(), result: AppInfo }),
};
