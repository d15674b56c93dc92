import type { TFunction } from 'i18next';

/** "2.0 GB", "850 MB": decimal units, as Ollama's library lists sizes. */
export function formatBytes(bytes: number, locale: string): string {
  const units: Array<[number, string]> = [
    [1e9, 'GB'],
    [1e6, 'MB'],
    [1e3, 'kB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const value = bytes / size;
      const digits = value < 10 ? 1 : 0;
      return `${new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)} ${unit}`;
    }
  }
  return `${new Intl.NumberFormat(locale).format(bytes)} B`;
}

/** Memory the way computers advertise it: "8 GB", "16 GB" (binary units, whole numbers). */
export const formatMemory = (bytes: number, locale: string): string =>
  `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(bytes / 1024 ** 3)} GB`;

/** "12 MB/s". */
export const formatSpeed = (bytesPerSecond: number, locale: string): string => `${formatBytes(bytesPerSecond, locale)}/s`;

/** "about 3 minutes left", "less than a minute left", in whole plain units. */
export function formatTimeLeft(seconds: number, t: TFunction): string {
  if (seconds < 60) return t('model.download.lessThanMinute');
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return t('model.download.minutesLeft', { count: minutes });
  return t('model.download.hoursLeft', { count: Math.round(minutes / 60) });
}
