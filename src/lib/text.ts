/** A word is a run of non-space characters holding at least one letter or digit (so "—" and "|" are not words). */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  return count;
}

/** Reading time at 230 words a minute, rounded up, never below one minute. */
export function readingMinutes(words: number, wordsPerMinute = 230): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}
