/**
 * Retire-or-bring-back for records that are never deleted (categories, QR places): retiring asks
 * for confirmation, because citizens lose the choice at once; bringing back does not.
 */
import { ConfirmButton } from './ConfirmButton';

interface Props {
  active: boolean;
  pending: boolean;
  onChange: (active: boolean) => void;
  labels: { retire: string; question: string; confirm: string; reactivate: string };
}

export function ActiveToggle({ active, pending, onChange, labels }: Props) {
  if (active) {
    return <ConfirmButton label={labels.retire} question={labels.question} confirmLabel={labels.confirm} pending={pending} onConfirm={() => onChange(false)} />;
  }
  return (
    <button type="button" className="button secondary" disabled={pending} onClick={() => onChange(true)}>
      {labels.reactivate}
    </button>
  );
}
