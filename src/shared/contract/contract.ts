import { appChannels } from './channels/app';
import { filesChannels } from './channels/files';
import { libraryChannels } from './channels/library';
import { llmChannels } from './channels/llm';
import { modelFileChannels } from './channels/modelFile';
import { ollamaChannels } from './channels/ollama';
import { privacyChannels } from './channels/privacy';
import { shellChannels } from './channels/shell';
import { streamChannels } from './channels/stream';

/**
 * THE IPC contract: every channel, once. Its wire name is `<namespace>.<name>`.
 * Main validates every payload against it; the renderer's `window.hearth` is built from it.
 */
export const hearthContract = {
  app: appChannels,
  ollama: ollamaChannels,
  llm: llmChannels,
  modelFile: modelFileChannels,
  privacy: privacyChannels,
  shell: shellChannels,
  library: libraryChannels,
  files: filesChannels,
  stream: streamChannels,
} as const;

export type HearthContract = typeof hearthContract;
