/** "Langkah 2 dari 4" and the list of steps, the current one marked in words as well as in colour. */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../i18n/format';
import { STEPS } from './steps';

export function StepIndicator({ current }: { current: number }) {
  const { t } = useTranslation('filing');
  return (
    <div className="filing-steps">
      <p className="filing-step-count" id="filing-step-count">
        {t('steps.count', { n: formatNumber(current + 1), total: formatNumber(STEPS.length) })}
      </p>
      <ol aria-label={t('steps.label')}>
        {STEPS.map((name, index) => (
          <li key={name} aria-current={index === current ? 'step' : undefined} className={index < current ? 'done' : undefined}>
            {t(`steps.${name}`)}
            {index < current && <span className="visually-hidden"> {t('steps.done')}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
