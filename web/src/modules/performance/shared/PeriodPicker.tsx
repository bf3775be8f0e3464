/** Year and, where the page needs it, quarter: two plain selects, labelled, that change the address. */
import { useTranslation } from 'react-i18next';
import { QUARTERS, quarterName } from './quarters';
import type { Period, Quarter } from './types';

interface Props {
  idPrefix: string;
  years: Period[];
  period: Period | undefined;
  onPeriod: (id: string) => void;
  quarter?: Quarter;
  onQuarter?: (quarter: Quarter) => void;
}

export function PeriodPicker({ idPrefix, years, period, onPeriod, quarter, onQuarter }: Props) {
  const { t } = useTranslation('performance');
  return (
    <div className="filters perf-picker">
      <div className="field">
        <label htmlFor={`${idPrefix}-year`}>{t('picker.year')}</label>
        <select id={`${idPrefix}-year`} value={period?.id ?? ''} onChange={(e) => onPeriod(e.target.value)}>
          {years.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name === String(p.startYear) ? p.startYear : `${p.startYear} · ${p.name}`}
            </option>
          ))}
        </select>
      </div>
      {quarter !== undefined && onQuarter && (
        <div className="field">
          <label htmlFor={`${idPrefix}-quarter`}>{t('picker.quarter')}</label>
          <select id={`${idPrefix}-quarter`} value={quarter} onChange={(e) => onQuarter(Number(e.target.value) as Quarter)}>
            {QUARTERS.map((q) => (
              <option key={q} value={q}>
                {quarterName(q)}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
