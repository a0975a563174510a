/**
 * No dead end: when a query's words together find nothing ("thompson sampling vs ucb": no page has all four),
 * search for fewer of them rather than show "No results".
 *
 * Pagefind finds only pages holding every word of a query. So the words are tried on their own first (a word
 * that finds nothing alone cannot help), then the largest groups of the words that do match, most words
 * first; among groups of one size, the one whose best result scores highest wins (Pagefind's score already
 * prefers rarer, more telling words). The reader is told which words the results are for.
 */

/** What a trial search reports: how many pages it found and the score of the best. */
export interface Trial {
  count: number;
  score: number;
}

export interface Relaxed {
  /** The words searched for instead, in the order typed. */
  words: string[];
  /** The words left out. */
  dropped: string[];
}

/** More words than this are not combined (2^8 trials would be too many for a keystroke). */
export const MAX_RELAXED_WORDS = 6;

/** The query's words as a reader typed them, split on spaces; quoted phrases are not relaxed. */
export function relaxableWords(query: string): string[] {
  if (query.includes('"')) return [];
  return query.trim().split(/\s+/).filter(Boolean);
}

/** Every subset of `items` with `size` members, in their original order. */
export function subsetsOf<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items as [T, ...T[]];
  return [...subsetsOf(rest, size - 1).map((subset) => [first, ...subset]), ...subsetsOf(rest, size)];
}

/**
 * The best smaller query for words that found nothing together, or undefined when there is none (one word,
 * or no word finds anything on its own). `search` runs one query of the given words.
 */
export async function relaxQuery(
  words: readonly string[],
  search: (words: readonly string[]) => Promise<Trial>,
): Promise<Relaxed | undefined> {
  if (words.length < 2) return undefined;
  const alone = await Promise.all(words.map((word) => search([word])));
  let useful = words.filter((_, index) => alone[index]!.count > 0);
  if (useful.length === 0) return undefined;
  if (useful.length > MAX_RELAXED_WORDS) {
    // Keep the most telling words: those that find the fewest pages on their own.
    const counts = new Map(words.map((word, index) => [word, alone[index]!.count]));
    const kept = new Set([...useful].sort((a, b) => counts.get(a)! - counts.get(b)!).slice(0, MAX_RELAXED_WORDS));
    useful = useful.filter((word) => kept.has(word));
  }
  for (let size = Math.min(useful.length, words.length - 1); size >= 1; size--) {
    const groups = subsetsOf(useful, size);
    const trials =
      size === 1 ? groups.map((group) => alone[words.indexOf(group[0]!)]!) : await Promise.all(groups.map(search));
    let best = -1;
    trials.forEach((trial, index) => {
      if (trial.count > 0 && (best === -1 || trial.score > trials[best]!.score)) best = index;
    });
    if (best !== -1) {
      const chosen = groups[best]!;
      return { words: chosen, dropped: words.filter((word) => !chosen.includes(word)) };
    }
  }
  return undefined;
}

/** The line that says what the results are for, when they are not for the query exactly as typed. */
export interface SearchNotice {
  /** Text before the query shown ("Showing results for "). */
  lead: string;
  /** The query the results are for. */
  query: string;
}

/**
 * "Showing results for training serving skew" after a spelling correction; "No page has all of these words.
 * Showing results for thompson sampling" when words were left out (with or without a correction first).
 */
export function noticeFor(ran: string, corrected: boolean, relaxed: boolean): SearchNotice | undefined {
  if (relaxed) return { lead: "No page has all of these words. Showing results for ", query: ran };
  if (corrected) return { lead: "Showing results for ", query: ran };
  return undefined;
}

/** "1 result", "12 results". */
export function resultCount(count: number): string {
  return `${count} result${count === 1 ? "" : "s"}`;
}
