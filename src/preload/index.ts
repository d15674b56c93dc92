// The preload exposes exactly one object, window.hearth: narrow typed functions built from the
// contract. The renderer never sees ipcRenderer or a raw invoke(channel, …).
import { contextBridge, ipcRenderer } from 'electron';
import { STREAM_EVENT_CHANNEL, createHearthApi, type HearthTransport } from '../shared/contract';

const ipcTransport: HearthTransport = {
  invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
  onStreamEvent: (listener) => {
    const handler = (_event: unknown, envelope: unknown): void => listener(envelope);
    ipcRenderer.on(STREAM_EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(STREAM_EVENT_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('hearth', createHearthApi(ipcTransport));
