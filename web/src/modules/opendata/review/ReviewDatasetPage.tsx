/**
 * One dataset on the walidata's desk (/konsol/data/verifikasi/:name): its metadata and a preview
 * of its tables to check against the data standard, the review so far, and the walidata's step.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
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
import { VersionHistory } from '../shared/VersionHistory';
import { CurationPanel } from './CurationPanel';

export default function ReviewDatasetPage() {
  const { name = '' } = useParams();
  return <ReviewDataset key={name} name={name} />;
}

function ReviewDataset({ name }: { name: string }) {
  const { t } = useTranslation('opendata');
  const dataset = useDataset(name);
  const [message, setMessage] = useState<string | null>(null);
  useDocumentTitle(dataset.data?.title ?? t('queue.title'));
  const d = dataset.data;
  if (!d) {
    const missing = dataset.error instanceof ApiError && dataset.error.status === 404;
    return (
      <main id="main" className="page officer-page">
        <p>
          <Link to="/konsol/data/verifikasi">{t('queue.back')}</Link>
        </p>
        <h1>{missing ? t('dataset.notFound') : t('queue.title')}</h1>
        {dataset.isPending ? <Loading /> : missing ? <EmptyState title={t('dataset.notFoundText')} /> : <ErrorMessage error={dataset.error} />}
      </main>
    );
  }
  return (
    <main id="main" className="page officer-page">
      <p className="no-print">
        <Link to="/konsol/data/verifikasi">{t('queue.back')}</Link>
      </p>
      <p className="od-producer-line">{d.producer.title}</p>
      <h1>{d.title}</h1>
      <div className="officer-heading-badges">
        <DatasetStatusBadge status={d.status} />
        <FreshnessBadge dataset={d} />
        {d.isPublic && <Link to={`/data/${encodeURIComponent(d.name)}`}>{t('console.publicPage')}</Link>}
      </div>
      <StatusLine message={message} />
      <CurationPanel
        dataset={d}
        onDone={(text) => {
          setMessage(text);
          window.scrollTo({ top: 0, behavior: 'smooth' });
        }}
      />
      {d.notes && <p className="od-notes">{d.notes}</p>}
      <h2>{t('meta.title')}</h2>
      <MetadataTable dataset={d} showStatus />
      <h2>{t('console.resources')}</h2>
      {d.resources.length === 0 ? (
        <EmptyState title={t('console.noResources')} />
      ) : (
        d.resources.map((r) => (
          <section key={r.id} className="card od-resource" aria-labelledby={`od-review-${r.id}`}>
            <h3 id={`od-review-${r.id}`}>{r.name}</h3>
            <p className="od-resource-meta">
              <span className="badge">{r.format || t('resource.noFormat')}</span>
              {r.currentVersion ? (
                <span>
                  {t('console.currentVersion', {
                    no: r.currentVersion.versionNo,
                    rows: formatNumber(r.currentVersion.rowCount),
                    count: r.currentVersion.rowCount,
                  })}
                </span>
              ) : r.kind === 'link' ? (
                <a href={r.url} rel="noopener noreferrer">
                  {r.url}
                </a>
              ) : (
                <span className="badge state-warn">{t('console.notConfirmed')}</span>
              )}
            </p>
            {r.currentVersion && (
              <>
                <ul className="od-column-list" aria-label={t('resource.columns')}>
                  {r.currentVersion.columns.map((c) => (
                    <li key={c.name}>
                      <strong>{c.name}</strong> · {t(`columnType.${c.type}`)}
                      {c.unit && ` · ${c.unit}`}
                      {r.currentVersion?.keyColumns.includes(c.name) && ` · ${t('columns.keyShort')}`}
                    </li>
                  ))}
                </ul>
                <PreviewTable resourceId={r.id} resourceName={r.name} columns={r.currentVersion.columns} />
                <h4>{t('versions.heading')}</h4>
                <VersionHistory resourceId={r.id} resourceName={r.name} />
              </>
            )}
          </section>
        ))
      )}
      <ReviewHistory name={d.name} />
    </main>
  );
}
