/**
 * The eksekutif publishes the quarter's scores to the public page as they stand now; publishing
 * again replaces what citizens see (the server keeps the old snapshot in the audit log). Asked
 * twice, because the public sees it at once.
 */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import { ErrorMessage } from '../../../ui/feedback';
import { ConfirmButton } from '../../admin/components/ConfirmButton';
import type { Period, Quarter } from '../shared/types';
import { usePublications, usePublishScores } from './api';

interface Props {
  period: Period;
  quarter: Quarter;
  when: string;
  onDone: (message: string) => void;
}

export function PublishControl({ period, quarter, when, onDone }: Props) {
  const { t } = useTranslation('performance');
  const publications = usePublications();
  const publish = usePublishScores();
  const published = publications.data?.find((p) => p.periodId === period.id && p.quarter === quarter);
  return (
    <section aria-labelledby="publish-title">
      <h2 id="publish-title">{t('publish.title')}</h2>
      <p>{published ? t('publish.already', { when, at: formatDateTime(published.publishedAt) }) : t('publish.notYet', { when })}</p>
      <ErrorMessage error={publish.error} />
      <ConfirmButton
        className="button"
        label={published ? t('publish.again', { when }) : t('publish.button', { when })}
        question={t('publish.question', { when })}
        confirmLabel={t('publish.confirm')}
        pending={publish.isPending}
        onConfirm={() =>
          publish.mutate(
            { periodId: period.id, quarter },
            { onSuccess: (answer) => onDone(t('publish.done', { when, at: formatDateTime(answer.publishedAt) })) },
          )
        }
      />
    </section>
  );
}
