/**
 * One roadmap item (/konsol/smartcity/roadmap/:id): its progress, its milestones (added and marked
 * done here) and its indicators, and the form to change or remove it, for the OPD's own staff and
 * the admin; the city-wide readers see it without the buttons.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useSession } from '../../../auth/session';
import { ErrorMessage, Loading } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../../admin/components/admin.css';
import { ConfirmButton } from '../../admin/components/ConfirmButton';
import { StatusLine } from '../../admin/components/StatusLine';
import '../../complaints/officer/officer.css';
import { useRemoveRoadmapItem, useRoadmapItem, useUpdateRoadmapItem } from '../shared/api';
import { rupiahText, yearsText } from '../shared/format';
import { useDimensionNames } from '../shared/names';
import { ProgressBar } from '../shared/ProgressBar';
import { writesRoadmapOf } from '../shared/roles';
import '../shared/smartcity.css';
import type { RoadmapItem } from '../shared/types';
import { IndicatorsSection } from './IndicatorsSection';
import { MilestonesSection } from './MilestonesSection';
import { RoadmapForm } from './RoadmapForm';
import { draftOf } from './roadmapDraft';

function Summary({ item }: { item: RoadmapItem }) {
  const { t } = useTranslation('smartcity');
  const names = useDimensionNames();
  return (
    <dl className="sc-summary">
      <dt>{t('item.progress')}</dt>
      <dd>
        <ProgressBar progress={item.progress} label={t('progressOf', { name: item.title })} />
      </dd>
      <dt>{t('roadmap.col.opd')}</dt>
      <dd>{item.opdName ?? '—'}</dd>
      <dt>{t('roadmap.col.dimension')}</dt>
      <dd>
        {names.dimension(item.dimension)} · {names.element(item.dimension, item.element)}
      </dd>
      <dt>{t('roadmap.col.horizon')}</dt>
      <dd>{t(`horizon.${item.horizon}`)}</dd>
      <dt>{t('form.owner')}</dt>
      <dd>{item.owner}</dd>
      <dt>{t('roadmap.col.budget')}</dt>
      <dd>{rupiahText(item.budget)}</dd>
      <dt>{t('roadmap.col.years')}</dt>
      <dd>{yearsText(item)}</dd>
    </dl>
  );
}

export default function RoadmapItemPage() {
  const { t } = useTranslation('smartcity');
  const { id } = useParams();
  const location = useLocation();
  const session = useSession();
  const item = useRoadmapItem(id);
  const update = useUpdateRoadmapItem(id ?? '');
  const remove = useRemoveRoadmapItem();
  const navigate = useNavigate();
  const [message, setMessage] = useState<string | null>((location.state as { message?: string } | null)?.message ?? null);
  useDocumentTitle(item.data?.title ?? t('item.title'));
  const editable = !!item.data && writesRoadmapOf(session.data, item.data.opdId);

  return (
    <main id="main" className="page officer-page">
      <p>
        <Link to="/konsol/smartcity">{t('item.back')}</Link>
      </p>
      {item.isPending ? (
        <Loading />
      ) : item.isError ? (
        <ErrorMessage error={item.error} />
      ) : (
        <>
          <h1>{item.data.title}</h1>
          {item.data.description && <p className="lead">{item.data.description}</p>}
          <StatusLine message={message} />
          <Summary item={item.data} />
          <MilestonesSection item={item.data} editable={editable} onDone={setMessage} />
          <IndicatorsSection item={item.data} editable={editable} onDone={setMessage} />
          {editable && (
            <details className="card form-card">
              <summary>{t('item.edit')}</summary>
              <RoadmapForm
                initial={draftOf(item.data)}
                creating={false}
                pending={update.isPending}
                error={update.error}
                submitLabel={t('item.save')}
                // The OPD and the indicators are not the form's to change here.
                onSubmit={({ opdId: _opd, indicators: _indicators, ...patch }) => update.mutate(patch, { onSuccess: () => setMessage(t('item.saved')) })}
              />
            </details>
          )}
          {editable && (
            <section className="card form-card" aria-labelledby="remove-item">
              <h2 id="remove-item">{t('item.removeTitle')}</h2>
              <p>{t('item.removeIntro')}</p>
              <ConfirmButton
                label={t('item.remove')}
                question={t('item.removeQuestion', { title: item.data.title })}
                confirmLabel={t('item.removeConfirm')}
                pending={remove.isPending}
                onConfirm={() =>
                  remove.mutate(item.data.id, {
                    onSuccess: () => navigate('/konsol/smartcity', { state: { message: t('item.removed', { title: item.data.title }) } }),
                  })
                }
              />
              <ErrorMessage error={remove.error} />
            </section>
          )}
        </>
      )}
    </main>
  );
}
