/**
 * How many ruled lines to leave under each open question on the printed page, so the list fits one
 * sheet: roomy for a few questions, tighter as the list grows, never none.
 */
export function writeLinesFor(openCount: number): number {
  if (openCount <= 4) return 4;
  if (openCount <= 8) return 3;
  if (openCount <= 12) return 2;
  return 1;
}
