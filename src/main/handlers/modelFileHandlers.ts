import { HearthFailure, type HearthContract } from '@shared/contract';
import type { FileDialogs } from '../files/fileDialogs';
import type { HandlersOf } from '../ipc/handlerHost';
import { ChosenPaths } from '../files/chosenPaths';
import { installFromFile } from '../ollama/modelFile/installFromFile';
import { inspectModelFile, type ServerFacts } from '../ollama/modelFile/modelFileCheck';
import { saveModelToFile } from '../ollama/modelFile/saveToFile';
import type { ModelRuntime } from '../ollama/runtime';


export interface ModelFileDeps {
  readonly runtime: ModelRuntime;
  readonly dialogs: Pick<FileDialogs, 'chooseModelFile' | 'chooseFolder'>;
}

async function serverFacts(runtime: ModelRuntime): Promise<ServerFacts> {
  const status = await runtime.status();
  return { host: status.host, running: status.state === 'running', version: status.version, isLocal: status.hostIsLocal };
}

/** Handlers for the `modelFile` namespace: install a model from a file, save one to a file. */
export function createModelFileHandlers({ runtime, dialogs }: ModelFileDeps): HandlersOf<HearthContract>['modelFile'] {
  const chosen = new ChosenPaths();
  const pathOf = (token: string, kind: 'model-file' | 'folder'): string => {
    const path = chosen.get(token, kind);
    if (!path) throw new HearthFailure('invalid-request', 'Choose the file again.');
    return path;
  };
  return {
    choose: async (words) => {
      const path = await dialogs.chooseModelFile(words);
      if (!path) return { chosen: false as const };
      const { check } = await inspectModelFile(path, await serverFacts(runtime), await runtime.machineFacts());
      return { chosen: true as const, check: { ...check, token: chosen.remember('model-file', path) } };
    },
    install: async ({ token, name }, { signal, emit }) => {
      const path = pathOf(token, 'model-file');
      return installFromFile({ path, name, server: await serverFacts(runtime), machine: await runtime.machineFacts(), signal, onProgress: emit });
    },
    chooseFolder: async (words) => {
      const folder = await dialogs.chooseFolder(words);
      if (!folder) return { chosen: false as const };
      const folderName = folder.split(/[\\/]/).filter(Boolean).at(-1) ?? folder;
      return { chosen: true as const, token: chosen.remember('folder', folder), folderName };
    },
    save: async ({ name, token }, { signal, emit }) =>
      saveModelToFile({ name, folder: pathOf(token, 'folder'), server: await serverFacts(runtime), signal, onProgress: emit }),
  };
}
