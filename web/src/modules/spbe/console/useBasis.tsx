/**
 * Which levels the figures use: the OPDs' own (mandiri) or the final ones (the assessor's where
 * there is one, else the OPD's). Kept in the address (?dasar=mandiri), shared by the index, gap and
 * simulator tabs.
 */
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Basis } from '../shared/types';

export function useBasis(): [Basis, (basis: Basis) => void] {
  const [params, setParams] = useSearchParams();
  const basis: Basis = params.get('dasar') === 'mandiri' ? 'self' : 'final';
  const set = (next: Basis) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (next === 'self') copy.set('dasar', 'mandiri');
        else copy.delete('dasar');
        return copy;
      },
      { replace: true },
    );
  return [basis, set];
}

export function BasisToggle({ basis, onChange }: { basis: Basis; onChange: (basis: Basis) => void }) {
  const { t } = useTranslation('spbe');
  return (
    <fieldset className="spbe-basis">
      <legend>{t('basis.legend')}</legend>
      {(['final', 'self'] as const).map((b) => (
        <label key={b} className="choice">
          <input type="radio" name="spbe-basis" value={b} checked={basis === b} onChange={() => onChange(b)} />
          <span>
            {t(`basis.${b}`)}
            <span className="cell-sub">{t(`basis.${b}Hint`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
