/** A step that needs no words: the OPD accepts the complaint, or starts work on it. */
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../../../ui/feedback';
import { inlineError, useStep } from './useStep';

interface Props {
  id: string;
  step: 'accept' | 'start';
  label: string;
  hint: string;
}

export function QuickStep({ id, step: name, label, hint }: Props) {
  const { t } = useTranslation('officer');
  const step = useStep(id, name);
  return (
    <div className="form">
      <p className="hint">{hint}</p>
      <ErrorMessage error={inlineError(step.error)} />
      <div className="button-row">
        <button type="button" className="button" disabled={step.isPending} onClick={() => step.mutate({})}>
          {step.isPending ? t('state.working') : label}
        </button>
      </div>
    </div>
  );
}
