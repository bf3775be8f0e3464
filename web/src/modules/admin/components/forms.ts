/** Small helpers the admin forms share. */

/** An optional text field: blank means "none" to the API (null), not an empty string. */
export function orNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * Only the fields that differ from what was loaded, so a save changes what the admin changed and
 * nothing the form could not show.
 */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(after) as Array<keyof T>) {
    if (after[key] !== before[key]) out[key] = after[key];
  }
  return out;
}

/** A password the server accepts (16 characters of an unambiguous alphabet), for the admin to pass on. */
export function randomPassword(length = 16): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = crypto.getRandomValues(new Uint32Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
