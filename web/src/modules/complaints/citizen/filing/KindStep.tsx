/** Step 1: what kind of report this is, and its category. */
import { useTranslation } from 'react-i18next';
import { KINDS } from '../../shared/types';
import { CategoryPicker } from './CategoryPicker';
import type { StepProps } from './stepProps';

export function KindStep({ draft, update, errors }: StepProps) {
  const { t } = useTranslation('filing');
  return (
    <>
      <fieldset className="field">
        <legend>{t('kind.legend')}</legend>
        {KINDS.map((kind) => (
          <div className="choice" key={kind}>
            <input
              type="radio"
              id={`filing-kind-${kind}`}
              name="kind"
              value={kind}
              checked={draft.kind === kind}
              onChange={() => update({ kind })}
              aria-describedby={`filing-kind-${kind}-hint`}
            />
            <div className="choice-text">
              <label htmlFor={`filing-kind-${kind}`}>{t(`common:kind.${kind}`)}</label>
              <p className="hint choice-hint" id={`filing-kind-${kind}-hint`}>
                {t(`kind.hint.${kind}`)}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <CategoryPicker value={draft.category} onChange={(category) => update({ category })} error={errors.category} />
    </>
  );
}
