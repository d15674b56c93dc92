import { z } from 'zod';
import { invoke } from '../define';
import { RequestId } from '../streamProtocol';

/** Stream control shared by every stream channel. */
export const streamChannels = {
  cancel: invoke({
    request: z.object({ requestId: RequestId }).strict(),
    result: z.object({ cancelled: z.boolean() }),
  }),
};
