/**
 * Where a page says what it just did ("Pengguna disimpan."). The live region is always in the
 * page, empty or not, so screen readers announce each new message.
 */
export function StatusLine({ message }: { message: string | null }) {
  return (
    <div role="status" aria-live="polite" className={message ? 'alert alert-success status-line' : 'status-line'}>
      {message && <p>{message}</p>}
    </div>
  );
}
