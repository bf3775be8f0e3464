/** A complaint's status as a coloured label; the text comes from the server in the user's language. */
export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`badge status-${status}`}>{label}</span>;
}
