/**
 * Parses the meta string of a fenced code block (```mermaid caption="…" title="…"```) into key/value pairs.
 * Values are double-quoted; `\"` escapes a quote inside a value.
 */
export function parseCodeMeta(meta: string | null | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  if (!meta) return result;
  const pattern = /([A-Za-z][\w-]*)="((?:[^"\\]|\\.)*)"/g;
  for (const match of meta.matchAll(pattern)) {
    const [, key, raw] = match;
    if (key !== undefined && raw !== undefined) result[key] = raw.replace(/\\(.)/g, "$1");
  }
  return result;
}
