/** The OPD sends its report for verification; the server says which indicators still need a figure or a note. */
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../ui/feedback';
import { useSubmitReport } from './api';

export function SubmitPanel({ reportId, onDone }: { reportId: string; onDone: (message: string) => void }) {
  const { t } = useTranslation('performance');
  const submit = useSubmitReport(reportId);
  return (
    <section className="card form-card" aria-labelledby="submit-title">
      <h2 id="submit-title">{t('submit.title')}</h2>
      <p className="hint">{t('submit.intro')}</p>
      <ErrorMessage error={submit.error} />
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={submit.isPending}
          onClick={() =>
            submit.mutate(undefined, {
              onSuccess: () => {
                onDone(t('submit.done'));
                window.scrollTo({ top: 0, behavior: 'smooth' });
              },
            })
          }
        >
          {submit.isPending ? t('working') : t('submit.button')}
        </button>
      </div>
    </section>
  );
}
