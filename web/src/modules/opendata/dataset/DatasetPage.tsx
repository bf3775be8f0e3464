/**
 * A dataset's public page (/data/:name): its description and metadata table, then per table a
 * preview with sort and filter, a chart, downloads and older versions, and how to read it with
 * the CKAN API. A dataset that is not published, or not there, is simply not found.
 */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api/problem';
import { formatDate } from '../../../i18n/format';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useDataset } from '../shared/api';
import { DatasetStatusBadge, FreshnessBadge } from '../shared/badges';
import { MetadataTable } from '../shared/MetadataTable';
import '../shared/opendata.css';
import { ApiSnippet } from './ApiSnippet';
import { ResourceSection } from './ResourceSection';

export default function DatasetPage() {
  const { t } = useTranslation('opendata');
  const { name } = useParams();
  const dataset = useDataset(name);
  useDocumentTitle(dataset.data?.title ?? t('dataset.title'));

  if (dataset.isPending) {
    return (
      <main id="main" className="page">
        <Loading />
      </main>
    );
  }
  if (dataset.isError) {
    const notFound = dataset.error instanceof ApiError && dataset.error.status === 404;
    return (
      <main id="main" className="page">
        <p>
          <Link to="/data">{t('dataset.back')}</Link>
        </p>
        <h1>{notFound ? t('dataset.notFound') : t('dataset.title')}</h1>
        {notFound ? (
          <EmptyState title={t('dataset.notFoundTitle')}>
            <p>{t('dataset.notFoundText')}</p>
          </EmptyState>
        ) : (
          <ErrorMessage error={dataset.error} />
        )}
      </main>
    );
  }
  const d = dataset.data;
  return (
    <main id="main" className="page od-dataset">
      <p className="no-print">
        <Link to="/data">{t('dataset.back')}</Link>
      </p>
      <p className="od-producer-line">{d.producer.title}</p>
      <h1>{d.title}</h1>
      <div className="od-badges">
        {d.status !== 'DITAYANGKAN' && <DatasetStatusBadge status={d.status} />}
        <FreshnessBadge dataset={d} />
        <span className="badge">{t(`access.${d.accessLevel}`)}</span>
        <span className="hint">{t('dataset.updated', { date: formatDate(d.lastDataAt ?? d.updatedAt) })}</span>
      </div>
      {d.status !== 'DITAYANGKAN' && <p className="alert alert-warning">{t('dataset.notPublic')}</p>}
      {d.notes && <p className="od-notes">{d.notes}</p>}
      {d.tags.length > 0 && (
        <ul className="badge-list od-tags" aria-label={t('meta.tags')}>
          {d.tags.map((tag) => (
            <li key={tag}>
              <Link className="badge" to={`/data?tag=${encodeURIComponent(tag)}`}>
                {tag}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('meta.title')}</h2>
      <MetadataTable dataset={d} />
      {d.resources.length === 0 ? (
        <EmptyState title={t('dataset.noResources')}>
          <p>{t('dataset.noResourcesText')}</p>
        </EmptyState>
      ) : (
        d.resources.map((r) => <ResourceSection key={r.id} dataset={d} resource={r} />)
      )}
      <ApiSnippet dataset={d} />
    </main>
  );
}
