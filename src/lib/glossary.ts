/** Glossary files map a term id to its entry; several files are merged, and an id may appear only once. */
export interface GlossaryEntryInput {
  term: string;
  definition: string;
  aliases?: string[];
}

export class GlossaryError extends Error {
  override name = "GlossaryError";
}

const TERM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function mergeGlossaries(
  files: { file: string; data: unknown }[],
): Map<string, GlossaryEntryInput & { file: string }> {
  const merged = new Map<string, GlossaryEntryInput & { file: string }>();
  for (const { file, data } of files) {
    if (data === null || data === undefined) continue;
    if (typeof data !== "object" || Array.isArray(data)) {
      throw new GlossaryError(`${file}: a glossary file maps term ids to { term, definition }`);
    }
    for (const [id, entry] of Object.entries(data as Record<string, unknown>)) {
      if (!TERM_ID.test(id))
        throw new GlossaryError(`${file}: term id "${id}" must be lower-case words joined by hyphens`);
      const existing = merged.get(id);
      if (existing) throw new GlossaryError(`${file}: term id "${id}" is already defined in ${existing.file}`);
      merged.set(id, { ...(entry as GlossaryEntryInput), file });
    }
  }
  return merged;
}
