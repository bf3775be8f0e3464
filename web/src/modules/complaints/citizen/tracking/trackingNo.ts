/**
 * Tracking numbers (SBT-2026-000123, any case) and the reporter's private link,
 * /lacak/<number>#kunci=<secret>. The secret rides in the URL fragment, which browsers never send
 * to the server, so it stays out of every access log; this tab keeps it in sessionStorage so the
 * address bar can be cleaned right after reading it.
 */

/** The server's own pattern (complaint.schemas.ts): six digits or more after the year. */
const TRACKING_NO = /^SBT-\d{4}-\d{6,}$/i;

export function normaliseTrackingNo(raw: string): string | null {
  const value = raw.trim().toUpperCase();
  return TRACKING_NO.test(value) ? value : null;
}

/** The secret in a fragment such as "#kunci=abc", or null. */
export function secretFromHash(hash: string): string | null {
  if (!hash.startsWith('#')) return null;
  const secret = new URLSearchParams(hash.slice(1)).get('kunci')?.trim();
  return secret ? secret : null;
}

/** A pasted private link (or a path) gives both its number and its secret. */
export function parsePrivateLink(raw: string): { trackingNo: string; secret: string | null } | null {
  const match = /\/lacak\/([^/?#\s]+)(#\S*)?/i.exec(raw.trim());
  if (!match) return null;
  const trackingNo = normaliseTrackingNo(decodeURIComponent(match[1]));
  return trackingNo ? { trackingNo, secret: secretFromHash(match[2] ?? '') } : null;
}

const storageKey = (trackingNo: string) => `sambat.kunci.${trackingNo}`;

export function storedSecret(trackingNo: string): string | null {
  try {
    return sessionStorage.getItem(storageKey(trackingNo));
  } catch {
    return null;
  }
}

export function rememberSecret(trackingNo: string, secret: string): void {
  try {
    sessionStorage.setItem(storageKey(trackingNo), secret);
  } catch {
    // Storage may be blocked: the secret still works until the page is left.
  }
}

export function forgetSecret(trackingNo: string): void {
  try {
    sessionStorage.removeItem(storageKey(trackingNo));
  } catch {
    // nothing was kept
  }
}
