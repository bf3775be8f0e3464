/** The name of an uploaded file, as it may be shown back to the person who sent it. */
import path from 'node:path';

/**
 * Browsers on Windows may send the whole path, and a name may carry control characters; only the
 * last part, cleaned and cut to 200 characters, is kept, or `fallback` when nothing is left.
 */
export function uploadedFileName(raw: string | undefined, fallback: string): string {
  const name = path.win32
    .basename(raw ?? '')
    .replace(/[\p{Cc}]/gu, '')
    .trim()
    .slice(0, 200);
  return name || fallback;
}
