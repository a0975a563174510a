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

/** Words a reader reads in an MDX body: fenced code, JSX tags, import lines and Markdown syntax left out. */
export function proseWordsOfMarkdown(body: string): number {
  const withoutCode = body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm, " ");
  const withoutMdx = withoutCode
    .replace(/^(import|export)\s.*$/gm, " ")
    .replace(/<\/?[A-Za-z][^>]*>/g, " ")
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, " ");
  const withoutSyntax = withoutMdx.replace(/\]\([^)]*\)/g, "]").replace(/[#*_>|`[\]-]+/g, " ");
  return countWords(withoutSyntax);
}
