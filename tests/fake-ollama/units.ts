/** Byte sizes in Ollama's wording (format.HumanBytes2: binary units, one decimal). */

const KIB = 1024;
const MIB = KIB * 1024;
const GIB = MIB * 1024;

/** "5.6 GiB", "300.0 MiB", "12 B" — as Ollama prints memory sizes in its errors. */
export function formatBytes(bytes: number): string {
  if (bytes >= GIB) return `${(bytes / GIB).toFixed(1)} GiB`;
  if (bytes >= MIB) return `${(bytes / MIB).toFixed(1)} MiB`;
  if (bytes >= KIB) return `${(bytes / KIB).toFixed(1)} KiB`;
  return `${Math.round(bytes)} B`;
}
