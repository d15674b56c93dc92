/** Offers text as a file download (Electron shows its save dialog). The object URL is revoked at once after. */
export function saveFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * A neutral file name: the date only, never the group's title or condition (a file name shows in
 * download lists, recent files and backups, where anyone may read it).
 */
export const exportFileName = (at: Date, extension: 'md' | 'json'): string => `hearth-export-${at.toISOString().slice(0, 10)}.${extension}`;
