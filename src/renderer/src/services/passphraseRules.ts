/** The shortest passphrase Hearth accepts. Length matters more than symbols; words in a row are fine. */
export const MIN_PASSPHRASE_LENGTH = 8;

export type PassphraseProblem = 'too-short' | 'mismatch';

/** What is wrong with a new passphrase and its confirmation, if anything. */
export function passphraseProblem(passphrase: string, confirmation: string): PassphraseProblem | undefined {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'too-short';
  if (passphrase !== confirmation) return 'mismatch';
  return undefined;
}
