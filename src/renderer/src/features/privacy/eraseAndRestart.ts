import { ERASE_CONFIRMATION } from '@shared/contract';
import type { AppServices } from '@renderer/services/services';
import { eraseEverything } from '@renderer/db/eraseAll';

/** Erases everything Hearth keeps (every database generation, the health library, renderer storage and main) and reloads into a first start. */
export async function eraseAndRestart(services: AppServices): Promise<void> {
  // The health library holds only public text, but "everything" means everything Hearth wrote.
  await services.library.erase().catch(() => undefined);
  await eraseEverything(services.store, services.spaces, {
    storages: [localStorage, sessionStorage],
    ...(globalThis.caches ? { caches: globalThis.caches } : {}),
    eraseMainSide: async () => {
      await services.hearth.privacy.eraseLocalData({ confirm: ERASE_CONFIRMATION });
    },
  });
  location.reload();
}
