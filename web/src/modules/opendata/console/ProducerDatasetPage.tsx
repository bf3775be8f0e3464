/**
 * One of the OPD's datasets in the console (/konsol/data/dataset/:name): its status and the step
 * the producer may take, its tables (upload, confirm the columns the server read, new versions and
 * their history, a preview), its metadata with the way to edit it, and the walidata's comments.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../../../api/problem';
import { formatNumber } from '../../../i18n/format';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../../admin/components/admin.css';
import { StatusLine } from '../../admin/components/StatusLine';
import '../../complaints/officer/officer.css';
import { useDataset } from '../shared/api';
import { DatasetStatusBadge, FreshnessBadge } from '../shared/badges';
import { MetadataTable } from '../shared/MetadataTable';
import '../shared/opendata.css';
import { PreviewTable } from '../shared/PreviewTable';
import { ReviewHistory } from '../shared/ReviewHistory';
import type { DatasetView, ResourceView } from '../shared/types';
import { VersionHistory } from '../shared/VersionHistory';
import { ColumnsEditor } from './ColumnsEditor';
import { ProducerSteps } from './ProducerSteps';
import { AddResourceForm, NewVersionForm } from './UploadForms';

export default function ProducerDatasetPage() {
  const { name = '' } = useParams();
  return <ProducerDataset key={name} name={name} />;
}

function ProducerDataset({ name }: { name: string }) {
  const { t } = useTranslation('opendata');
  const location = useLocation();
  const dataset = useDataset(name);
  const [message, setMessage] = useState<string | null>((location.state as { message?: string } | null)?.message ?? null);
  useDocumentTitle(dataset.data?.title ?? t('console.datasetTitle'));
  const done = (text: string) => {
    setMessage(text);
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  const d = dataset.data;
  if (!d) {
    const missing = dataset.error instanceof ApiError && dataset.error.status === 404;
    return (
      <main id="main" className="page officer-page">
        <p>
          <Link to="/konsol/data">{t('console.back')}</Link>
        </p>
        <h1>{missing ? t('dataset.notFound') : t('console.datasetTitle')}</h1>
        {dataset.isPending ? <Loading /> : missing ? <EmptyState title={t('dataset.notFoundText')} /> : <ErrorMessage error={dataset.error} />}
      </main>
    );
  }
  const editable = d.status !== 'MENUNGGU_PERSETUJUAN';
  return (
    <main id="main" className="page officer-page">
      <p className="no-print">
        <Link to="/konsol/data">{t('console.back')}</Link>
      </p>
      <h1>{d.title}</h1>
      <div className="officer-heading-badges">
        <DatasetStatusBadge status={d.status} />
        <FreshnessBadge dataset={d} />
        {d.isPublic && <Link to={`/data/${encodeURIComponent(d.name)}`}>{t('console.publicPage')}</Link>}
      </div>
      <StatusLine message={message} />
      <ProducerSteps dataset={d} onDone={done} />

      <h2>{t('console.resources')}</h2>
      {d.resources.length === 0 ? (
        <EmptyState title={t('console.noResources')}>
          <p>{t('console.noResourcesText')}</p>
        </EmptyState>
      ) : (
        d.resources.map((r) => <ResourcePanel key={r.id} dataset={d} resource={r} onDone={done} />)
      )}
      {editable && <AddResourceForm datasetName={d.name} onDone={done} />}

      <div className="section-head">
        <h2>{t('meta.title')}</h2>
        {editable && <Link to={`/konsol/data/dataset/${encodeURIComponent(d.name)}/ubah`}>{t('console.edit')}</Link>}
      </div>
      <MetadataTable dataset={d} showStatus />
      <ReviewHistory name={d.name} />
    </main>
  );
}

function ResourcePanel({ dataset, resource, onDone }: { dataset: DatasetView; resource: ResourceView; onDone: (message: string) => void }) {
  const { t } = useTranslation('opendata');
  const latest = resource.latestVersion;
  const waiting = latest && !latest.confirmed ? latest : null;
  const current = resource.currentVersion;
  const editable = dataset.status !== 'MENUNGGU_PERSETUJUAN';
  return (
    <section className="card od-resource" aria-labelledby={`od-resource-${resource.id}`}>
      <h3 id={`od-resource-${resource.id}`}>{resource.name}</h3>
      <p className="od-resource-meta">
        <span className="badge">{resource.format || t('resource.noFormat')}</span>
        {resource.kind === 'link' ? (
          <a href={resource.url} rel="noopener noreferrer">
            {resource.url}
          </a>
        ) : current ? (
          <span>{t('console.currentVersion', { no: current.versionNo, rows: formatNumber(current.rowCount), count: current.rowCount })}</span>
        ) : (
          <span className="badge state-warn">{t('console.notConfirmed')}</span>
        )}
      </p>
      {resource.description && <p className="od-notes">{resource.description}</p>}
      {waiting && editable && <ColumnsEditor key={waiting.versionNo} resourceId={resource.id} resourceName={resource.name} version={waiting} onDone={onDone} />}
      {waiting && !editable && <p className="hint">{t('console.waitingLocked')}</p>}
      {resource.kind === 'upload' && (
        <>
          {current && (
            <details className="od-console-preview">
              <summary>{t('console.preview', { no: current.versionNo })}</summary>
              <PreviewTable resourceId={resource.id} resourceName={resource.name} columns={current.columns} />
            </details>
          )}
          <h4>{t('versions.heading')}</h4>
          <VersionHistory resourceId={resource.id} resourceName={resource.name} includeUnconfirmed />
          {editable && !waiting && <NewVersionForm resourceId={resource.id} resourceName={resource.name} onDone={onDone} />}
        </>
      )}
    </section>
  );
}
