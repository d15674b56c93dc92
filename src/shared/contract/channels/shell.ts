import { z } from 'zod';
import { invoke } from '../define';

export const OpenExternalRequest = z.object({ url: z.string().min(1).max(2048) }).strict();

/** Opening links outside the app: only allowlisted https sites and tel:/sms: links (main decides). */
export const shellChannels = {
  openExternal: invoke({ request: OpenExternalRequest, result: z.object({ opened: z.literal(true) }) }),
};
