/**
 * Names that are also everyday words ("Apple", "Gemini", "Oracle") count only on a page that the
 * knowledge base recognises without them: one with at least one unambiguous mention. A page with
 * none is not treated as an AI-industry page, and nothing on it is kept.
 */
export function keepSupported<T extends { ambiguous: boolean }>(mentions: readonly T[]): T[] {
  return mentions.some((m) => !m.ambiguous) ? [...mentions] : [];
}
