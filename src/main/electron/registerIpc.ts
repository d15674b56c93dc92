import { ipcMain, type WebContents } from 'electron';
import { STREAM_EVENT_CHANNEL } from '@shared/contract';
import type { HandlerHost } from '../ipc/handlerHost';

/**
 * Registers every contract channel with Electron's ipcMain. The sender check uses the frame that
 * sent the message (not the window's URL), so an injected subframe is refused.
 */
export function registerIpc(host: HandlerHost): () => void {
  for (const channel of host.channelNames) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      host.dispatch(channel, payload, {
        senderUrl: event.senderFrame?.url ?? '',
        emit: (envelope) => sendIfAlive(event.sender, envelope),
      }),
    );
  }
  return () => {
    for (const channel of host.channelNames) ipcMain.removeHandler(channel);
  };
}

function sendIfAlive(contents: WebContents, envelope: unknown): void {
  if (!contents.isDestroyed()) contents.send(STREAM_EVENT_CHANNEL, envelope);
}
