/**
 * Dataset baru (/konsol/data/baru): a producer describes a new dataset. It starts as a DRAFT; the
 * next page is the dataset's own, where its tables are uploaded and it is sent to the walidata.
 */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../../admin/components/admin.css';
import '../../complaints/officer/officer.css';
import { useCreateDataset, useLicenses } from '../shared/api';
import '../shared/opendata.css';
import { DatasetForm } from './DatasetForm';
import { emptyDraft, inputOf } from './datasetDraft';
import { useOwnProducers } from './ownProducers';

export default function NewDatasetPage() {
  const { t } = useTranslation('opendata');
  useDocumentTitle(t('form.newTitle'));
  const navigate = useNavigate();
  const producers = useOwnProducers();
  const licenses = useLicenses();
  const create = useCreateDataset();
  const ready = !producers.isPending && !licenses.isPending;
  // The usual choice comes first: an OPD with one producer and the first open licence.
  const openLicense = licenses.data?.find((l) => l.openData) ?? licenses.data?.[0];

  return (
    <main id="main" className="page officer-page">
      <p className="no-print">
        <Link to="/konsol/data">{t('console.back')}</Link>
      </p>
      <h1>{t('form.newTitle')}</h1>
      <p className="lead">{t('form.newIntro')}</p>
      {!ready ? (
        <Loading />
      ) : producers.isError ? (
        <ErrorMessage error={producers.error} />
      ) : producers.items.length === 0 ? (
        <EmptyState title={t('console.noProducer')}>
          <p>{t('console.noProducerText')}</p>
        </EmptyState>
      ) : (
        <DatasetForm
          initial={emptyDraft(producers.items.length === 1 ? producers.items[0].name : '', openLicense?.id ?? '')}
          producers={producers.items}
          editing={false}
          pending={create.isPending}
          error={create.error}
          submitLabel={t('form.create')}
          onSubmit={(draft) =>
            create.mutate(inputOf(draft), {
              onSuccess: (dataset) => navigate(`/konsol/data/dataset/${encodeURIComponent(dataset.name)}`, { state: { message: t('form.created') } }),
            })
          }
        />
      )}
    </main>
  );
}
