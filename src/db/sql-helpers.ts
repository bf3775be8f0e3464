/** SQL helpers shared by repositories. */

/** A LIKE/ILIKE pattern matching text that contains `text`, with its own % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
