/**
 * One evaluation (/konsol/smartcity/evaluasi/:id): while a draft, the team enters the five indices
 * and the dimension indices (the final score shown as they type), attaches the evidence and
 * publishes it; published, it is read-only and shows on /smartcity. Both can be exported.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { formatDate } from '../../../i18n/format';
import { ErrorMessage, Loading } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../../admin/components/admin.css';
import { ConfirmButton } from '../../admin/components/ConfirmButton';
import { StatusLine } from '../../admin/components/StatusLine';
import '../../complaints/officer/officer.css';
import { useSession } from '../../../auth/session';
import { exportHref, useDimensions, useEvaluation, usePublishEvaluation, useSettings } from '../shared/api';
import { DimensionIndexTable } from '../shared/DimensionIndexTable';
import { IndexTable } from '../shared/IndexTable';
import { useEvaluationName } from '../shared/names';
import { plansSmartCity } from '../shared/roles';
import '../shared/smartcity.css';
import type { Evaluation } from '../shared/types';
import { EntryForm } from './EntryForm';
import { EvaluationStatus } from './EvaluationStatus';
import { EvidenceSection } from './EvidenceSection';

function PublishControl({ evaluation, onDone }: { evaluation: Evaluation; onDone: (message: string) => void }) {
  const { t } = useTranslation('smartcity');
  const publish = usePublishEvaluation(evaluation.id);
  const name = useEvaluationName()(evaluation);
  return (
    <section aria-labelledby="publish-title" className="card form-card">
      <h2 id="publish-title">{t('publish.title')}</h2>
      <p>{evaluation.score === null ? t('publish.needsScore') : t('publish.text', { name })}</p>
      {evaluation.score !== null && (
        <ConfirmButton
          className="button"
          label={t('publish.action')}
          question={t('publish.question', { name })}
          confirmLabel={t('publish.confirm')}
          pending={publish.isPending}
          onConfirm={() => publish.mutate(undefined, { onSuccess: () => onDone(t('publish.done', { name })) })}
        />
      )}
      <ErrorMessage error={publish.error} />
    </section>
  );
}

export default function EvaluationPage() {
  const { t } = useTranslation('smartcity');
  const { id } = useParams();
  const location = useLocation();
  const evaluation = useEvaluation(id);
  const settings = useSettings();
  const dimensions = useDimensions();
  const nameOf = useEvaluationName();
  const [message, setMessage] = useState<string | null>((location.state as { message?: string } | null)?.message ?? null);
  const name = evaluation.data ? nameOf(evaluation.data) : '';
  useDocumentTitle(evaluation.data ? t('evaluation.title', { name }) : t('evaluation.listTitle'));
  const draft = evaluation.data?.status === 'draft';
  // The inspectorate reads drafts to follow the work; only the smart city team changes them.
  const session = useSession();
  const editing = draft && plansSmartCity(session.data);

  return (
    <main id="main" className="page officer-page">
      <p>
        <Link to="/konsol/smartcity/evaluasi">{t('evaluation.back')}</Link>
      </p>
      {evaluation.isPending || (draft && (settings.isPending || dimensions.isPending)) ? (
        <Loading />
      ) : evaluation.isError ? (
        <ErrorMessage error={evaluation.error} />
      ) : (
        <>
          <h1>{t('evaluation.title', { name })}</h1>
          <p>
            <EvaluationStatus status={evaluation.data.status} />
            {evaluation.data.publishedAt && <span className="hint"> {t('public.publishedAt', { date: formatDate(evaluation.data.publishedAt) })}</span>}
          </p>
          <StatusLine message={message} />
          <div className="button-row">
            <a className="button secondary" href={exportHref(evaluation.data.id, 'xlsx')} download>
              {t('evaluation.exportXlsx')}
            </a>
            <a className="button secondary" href={exportHref(evaluation.data.id, 'pdf')} download>
              {t('evaluation.exportPdf')}
            </a>
          </div>
          <h2>{t('evaluation.saved')}</h2>
          <IndexTable
            caption={t('public.indicesCaption', { name })}
            indices={evaluation.data.indices}
            weights={evaluation.data.weights}
            score={evaluation.data.score}
          />
          {dimensions.data && (
            <>
              <h3>{t('evaluation.dimensionsCaption', { name })}</h3>
              <DimensionIndexTable evaluation={evaluation.data} dimensions={dimensions.data} caption={t('evaluation.dimensionsCaption', { name })} />
            </>
          )}
          <ErrorMessage error={settings.error ?? dimensions.error} />
          {editing && settings.data && dimensions.data && (
            <EntryForm evaluation={evaluation.data} dimensions={dimensions.data} weights={settings.data.weights} onSaved={setMessage} />
          )}
          <EvidenceSection evaluation={evaluation.data} editable={editing} onDone={setMessage} />
          {editing && <PublishControl evaluation={evaluation.data} onDone={setMessage} />}
        </>
      )}
    </main>
  );
}
