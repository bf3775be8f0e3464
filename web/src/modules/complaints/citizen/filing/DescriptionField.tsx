/** The complaint's text with a live character count; screen readers hear the count only near the limits, not on every key. */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../i18n/format';
import { DESCRIPTION_MAX, DESCRIPTION_MIN } from './steps';

interface Props {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

export function DescriptionField({ value, onChange, error }: Props) {
  const { t } = useTranslation('filing');
  const length = value.length;
  const remaining = DESCRIPTION_MAX - length;
  const short = value.trim().length < DESCRIPTION_MIN;
  let announcement = '';
  if (length > 0 && short) announcement = t('description.tooShortYet', { min: DESCRIPTION_MIN });
  else if (remaining <= 200) announcement = t('description.remaining', { count: Math.max(remaining, 0), n: formatNumber(Math.max(remaining, 0)) });
  return (
    <div className="field">
      <label htmlFor="filing-description">{t('description.label')}</label>
      <p className="hint" id="filing-description-hint">
        {t('description.hint', { min: formatNumber(DESCRIPTION_MIN), max: formatNumber(DESCRIPTION_MAX) })}
      </p>
      <textarea
        id="filing-description"
        value={value}
        maxLength={DESCRIPTION_MAX}
        rows={6}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`filing-description-hint filing-description-count${error ? ' filing-description-error' : ''}`}
        aria-invalid={error ? true : undefined}
      />
      <p className={`hint filing-counter${short && length > 0 ? ' short' : ''}`} id="filing-description-count">
        {t('description.count', { n: formatNumber(length), max: formatNumber(DESCRIPTION_MAX) })}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {error && (
        <p className="field-error" id="filing-description-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
