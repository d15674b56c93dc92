import type { Fit, ModelOption } from '@shared/contract';
import { MODEL_CATALOGUE, type CatalogueModel } from './catalogue';

const GiB = 1024 ** 3;
/** Keep this much disk free beyond the download, so the computer does not fill up. */
const DISK_MARGIN_BYTES = 1 * GiB;

/** The machine facts a recommendation depends on. */
export interface MachineFacts {
  readonly totalMemoryBytes: number;
  /** Free space where models are stored; null if it could not be measured (then disk is not judged). */
  readonly freeDiskBytes: number | null;
}

/** How well one model fits, and what limits it. */
export function rateFit(model: CatalogueModel, machine: MachineFacts): { fit: Fit; limitedBy: 'memory' | 'disk' | null } {
  const memoryGiB = machine.totalMemoryBytes / GiB;
  if (machine.freeDiskBytes !== null && machine.freeDiskBytes < model.downloadBytes + DISK_MARGIN_BYTES) {
    return { fit: 'wont-fit', limitedBy: 'disk' };
  }
  // Memory is reported a little under the marketed size (an 8 GB laptop shows ~7.6 GiB), hence the 10% slack.
  if (memoryGiB * 1.1 >= model.comfortableMemoryGiB) return { fit: 'fits-well', limitedBy: null };
  if (memoryGiB * 1.1 >= model.minMemoryGiB) return { fit: 'tight', limitedBy: 'memory' };
  return { fit: 'wont-fit', limitedBy: 'memory' };
}

/**
 * Rates every catalogue model for this machine and marks one as recommended: the largest model that
 * fits well (bigger models are kinder, more natural peers), preferring the tier's first choice.
 * If nothing fits well, the smallest model that fits at all.
 */
export function recommendModels(machine: MachineFacts, installed: ReadonlySet<string>): ModelOption[] {
  const rated = MODEL_CATALOGUE.map((model) => ({ model, ...rateFit(model, machine) }));
  const bySizeThenPreference = (a: (typeof rated)[number], b: (typeof rated)[number]): number =>
    b.model.minMemoryGiB - a.model.minMemoryGiB || a.model.preference - b.model.preference;
  const pick =
    rated.filter((r) => r.fit === 'fits-well').sort(bySizeThenPreference)[0] ??
    rated.filter((r) => r.fit === 'tight').sort((a, b) => a.model.downloadBytes - b.model.downloadBytes)[0];
  const fitOrder: Record<Fit, number> = { 'fits-well': 0, tight: 1, 'wont-fit': 2 };
  return rated
    .map(({ model, fit, limitedBy }) => ({
      name: model.name,
      label: model.label,
      parameterSize: model.parameterSize,
      downloadBytes: model.downloadBytes,
      sizeConfirmed: model.sizeConfirmed,
      fit,
      limitedBy,
      installed: installed.has(model.name) || installed.has(`${model.name}:latest`),
      recommended: pick?.model.name === model.name,
    }))
    .sort((a, b) => Number(b.recommended) - Number(a.recommended) || fitOrder[a.fit] - fitOrder[b.fit] || a.downloadBytes - b.downloadBytes);
}
