/**
 * Ubah metadata (/konsol/data/dataset/:name/ubah): the whole description replaced at once. Not
 * while the walidata is checking it; a rejected or cancelled dataset goes back to DRAFT.
 */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorMessage, Loading, Notice } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../../admin/components/admin.css';
import '../../complaints/officer/officer.css';
import { useDataset, useUpdateDataset } from '../shared/api';
import '../shared/opendata.css';
import { DatasetForm } from './DatasetForm';
import { draftOf, inputOf } from './datasetDraft';
import { useOwnProducers } from './ownProducers';

export default function EditDatasetPage() {
  const { t } = useTranslation('opendata');
  const { name = '' } = useParams();
  const navigate = useNavigate();
  const dataset = useDataset(name);
  const producers = useOwnProducers();
  const update = useUpdateDataset(name);
  useDocumentTitle(t('form.editTitle'));
  const back = `/konsol/data/dataset/${encodeURIComponent(name)}`;

  return (
    <main id="main" className="page officer-page">
      <p className="no-print">
        <Link to={back}>{t('console.backToDataset')}</Link>
      </p>
      <h1>{t('form.editTitle')}</h1>
      {dataset.isPending || producers.isPending ? (
        <Loading />
      ) : dataset.isError ? (
        <ErrorMessage error={dataset.error} />
      ) : dataset.data.status === 'MENUNGGU_PERSETUJUAN' ? (
        <Notice tone="warning">
          <p>{t('form.locked')}</p>
        </Notice>
      ) : (
        <>
          <p className="lead">{dataset.data.title}</p>
          {(dataset.data.status === 'DITOLAK' || dataset.data.status === 'DIBATALKAN') && <p className="hint">{t('form.backToDraft')}</p>}
          <DatasetForm
            initial={draftOf(dataset.data)}
            // The dataset's own producer stays choosable even if the list does not name it.
            producers={
              producers.items.some((p) => p.name === dataset.data.producer.name)
                ? producers.items
                : [...producers.items, { ...dataset.data.producer, description: '', email: null, datasetCount: 0, createdAt: '' }]
            }
            editing
            pending={update.isPending}
            error={update.error}
            submitLabel={t('form.save')}
            onSubmit={(draft) => update.mutate(inputOf(draft), { onSuccess: () => navigate(back, { state: { message: t('form.saved') } }) })}
          />
        </>
      )}
    </main>
  );
}
