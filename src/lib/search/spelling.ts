/**
 * Query spelling correction against the guide's own vocabulary: typos ("traning serving skew" → "training
 * serving skew") and American spellings of words the guide spells the British way ("randomization" →
 * "randomisation").
 *
 * Pagefind matches words and word prefixes and has no typo tolerance: a misspelt word matches nothing, and
 * Pagefind then falls back to ever shorter prefixes of it ("calibartion" ends up matching "C"). So a word the
 * site never uses is replaced, before Pagefind sees the query, by the closest word it does use. The reader
 * is told ("Showing results for …"), and ranking stays Pagefind's.
 *
 * The vocabulary is every word Pagefind indexes that correction can use, written at build time by the
 * Pagefind integration as one file per first letter (one word per line, most frequent first). A query loads only
 * the files for the letters its words start with: a typo is corrected to a word with the same first letter,
 * which is how nearly all typos are made ("traning", "calibartion", "sampel").
 */

export interface Vocabulary {
  /** Words, most frequent first. */
  readonly words: readonly string[];
  /** Alphabetical copy for prefix look-ups. */
  readonly sorted: readonly string[];
  readonly rank: ReadonlyMap<string, number>;
}

/** Words shorter than this are never corrected: too many short words are one edit apart. */
export const MIN_CORRECTABLE = 5;

export function parseVocabulary(text: string): Vocabulary {
  const words = text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return { words, sorted: [...words].sort(), rank: new Map(words.map((word, index) => [word, index])) };
}

/** Counts words in indexed text, for building the vocabulary: lower-case letter runs of 3+ letters. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
}

/** The vocabulary file: most frequent first, ties alphabetical, so builds are reproducible. */
export function vocabularyText(counts: ReadonlyMap<string, number>): string {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([word]) => word)
    .join("\n");
}

/**
 * The shortest vocabulary word correction can ever use: a query word of MIN_CORRECTABLE letters is at most one
 * edit from it (longer words allow two edits but are then longer still), so shorter words are left out.
 */
const SHORTEST_USEFUL = MIN_CORRECTABLE - 1;

/** The vocabulary file a word lives in: its first letter ("t"), or its code point for other letters ("u00e9"). */
export function vocabularyChunkOf(word: string): string {
  const first = word.codePointAt(0) ?? 0;
  const letter = String.fromCodePoint(first);
  return /^[a-z]$/.test(letter) ? letter : `u${first.toString(16).padStart(4, "0")}`;
}

/** The vocabulary split by first letter (vocabularyChunkOf), each file most frequent first. */
export function vocabularyChunks(counts: ReadonlyMap<string, number>): Map<string, string> {
  const groups = new Map<string, Map<string, number>>();
  for (const [word, count] of counts) {
    if (word.length < SHORTEST_USEFUL) continue;
    const chunk = vocabularyChunkOf(word);
    const group = groups.get(chunk) ?? new Map<string, number>();
    groups.set(chunk, group.set(word, count));
  }
  return new Map(
    [...groups].sort(([a], [b]) => (a < b ? -1 : 1)).map(([chunk, group]) => [chunk, vocabularyText(group)]),
  );
}

/** The vocabulary files a query needs: those of its words correction looks at. */
export function chunksForQuery(query: string): string[] {
  const words = (query.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => word.length >= MIN_CORRECTABLE);
  return [...new Set(words.map(vocabularyChunkOf))];
}

/** Whether Pagefind would match the word: it is a vocabulary word or the start of one. */
export function isKnown(word: string, vocabulary: Vocabulary): boolean {
  if (vocabulary.rank.has(word)) return true;
  let low = 0;
  let high = vocabulary.sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (vocabulary.sorted[middle]! < word) low = middle + 1;
    else high = middle;
  }
  return vocabulary.sorted[low]?.startsWith(word) ?? false;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions: "sampel" → "sample" is one
 * edit), giving up early once every alignment exceeds `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** The edits a word of this length may need: one for short words, two for long ones. */
export function allowedEdits(length: number): number {
  return length >= 8 ? 2 : 1;
}

/** The closest vocabulary word (fewest edits, then most frequent), or undefined when none is close. */
export function closestWord(word: string, vocabulary: Vocabulary): string | undefined {
  const max = allowedEdits(word.length);
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of vocabulary.words) {
    // The list is most frequent first, so the first word at a distance wins ties; an unknown word is never
    // 0 edits from a vocabulary word, so the first word 1 edit away is the answer.
    const distance = editDistance(word, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 1) break;
    }
  }
  return best;
}

/**
 * The other spellings a word may have between American and British English ("randomization" ↔
 * "randomisation", "neighbor" ↔ "neighbour", "modeling" ↔ "modelling"). Over-generates harmlessly: only
 * variants the guide actually uses are ever chosen.
 */
export function spellingVariants(word: string): string[] {
  const rules: [RegExp, string][] = [
    [/iz(e|es|ed|ing|er|ers|ation|ations)$/, "is$1"],
    [/is(e|es|ed|ing|er|ers|ation|ations)$/, "iz$1"],
    [/yz(e|es|ed|ing)$/, "ys$1"],
    [/ys(e|es|ed|ing)$/, "yz$1"],
    [/our(s|ed|ing|hood)?$/, "or$1"],
    [/or(s|ed|ing|hood)?$/, "our$1"],
    [/([aeiou])l(ing|ed|er|ers)$/, "$1ll$2"],
    [/([aeiou])ll(ing|ed|er|ers)$/, "$1l$2"],
    [/(cent|met|fib|theat)er(s?)$/, "$1re$2"],
    [/(cent|met|fib|theat)re(s?)$/, "$1er$2"],
    [/og(s?)$/, "ogue$1"],
    [/ogue(s?)$/, "og$1"],
  ];
  const variants = new Set<string>();
  for (const [pattern, replacement] of rules) {
    const variant = word.replace(pattern, replacement);
    if (variant !== word) variants.add(variant);
  }
  return [...variants];
}

/** The guide's own spelling of a word: the variant it uses most, if it uses one more than the word as typed. */
export function houseSpelling(word: string, vocabulary: Vocabulary): string {
  let best = word;
  let bestRank = vocabulary.rank.get(word) ?? Number.POSITIVE_INFINITY;
  for (const variant of spellingVariants(word)) {
    const rank = vocabulary.rank.get(variant);
    if (rank !== undefined && rank < bestRank) {
      best = variant;
      bestRank = rank;
    }
  }
  return best;
}

export interface Correction {
  query: string;
  changed: boolean;
}

/**
 * For each word of MIN_CORRECTABLE+ letters (looked up in `vocabularies`, one vocabulary or the one for each
 * word's file): the guide's spelling of it when the guide spells it otherwise
 * (it is written in British English), else, when the guide never uses it, the closest word it does use.
 * Everything else — short words, numbers, punctuation ("a/b", "p99", "dcn-v2"), spacing — is kept as typed.
 */
export function correctQuery(query: string, vocabularies: Vocabulary | ((word: string) => Vocabulary)): Correction {
  let changed = false;
  const corrected = query.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    if (lower.length < MIN_CORRECTABLE) return word;
    const vocabulary = typeof vocabularies === "function" ? vocabularies(lower) : vocabularies;
    // No vocabulary for this letter (it failed to load): keep the word rather than "correct" it to nothing.
    if (vocabulary.words.length === 0) return word;
    const house = houseSpelling(lower, vocabulary);
    const replacement =
      house !== lower ? house : isKnown(lower, vocabulary) ? undefined : closestWord(lower, vocabulary);
    if (replacement === undefined) return word;
    changed = true;
    return replacement;
  });
  return { query: corrected, changed };
}
