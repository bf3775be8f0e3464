/**
 * One resource of a dataset on its public page: what it is, its downloads, a preview of its rows,
 * the chart builder and its older versions. A link resource is only a link; a table whose data is
 * not open (Terbatas) shows its description and says how to ask for it.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { downloadHref } from '../shared/api';
import { PreviewTable } from '../shared/PreviewTable';
import type { DatasetView, ResourceView } from '../shared/types';
import { VersionHistory } from '../shared/VersionHistory';
import { ChartBuilder } from './ChartBuilder';

export function DownloadButtons({ resource }: { resource: ResourceView }) {
  const { t } = useTranslation('opendata');
  return (
    <div className="button-row od-downloads">
      {(['csv', 'xlsx', 'json'] as const).map((format) => (
        <a
          key={format}
          className="button secondary"
          href={downloadHref(resource.id, format)}
          download
          aria-label={t('download.named', { format: format.toUpperCase(), name: resource.name })}
        >
          {t('download.button', { format: format.toUpperCase() })}
        </a>
      ))}
    </div>
  );
}

export function ResourceSection({ dataset, resource }: { dataset: DatasetView; resource: ResourceView }) {
  const { t } = useTranslation('opendata');
  const headingId = useId();
  const version = resource.currentVersion;
  const readable = dataset.accessLevel === 'terbuka' || !dataset.isPublic;
  return (
    <section className="card od-resource" aria-labelledby={headingId}>
      <h2 id={headingId}>{resource.name}</h2>
      <p className="od-resource-meta">
        <span className="badge">{resource.format || t('resource.noFormat')}</span>
        {version && (
          <span>
            {t('resource.versionLine', {
              no: version.versionNo,
              rows: formatNumber(version.rowCount),
              count: version.rowCount,
              date: formatDateTime(version.createdAt),
            })}
          </span>
        )}
      </p>
      {resource.description && <p className="od-notes">{resource.description}</p>}
      {resource.kind === 'link' ? (
        <p>
          <a href={resource.url} rel="noopener noreferrer">
            {t('resource.openLink', { name: resource.name })}
          </a>
        </p>
      ) : !version ? (
        <p className="hint">{t('resource.noData')}</p>
      ) : !readable ? (
        <div className="alert alert-warning">
          <p>{t('resource.restricted')}</p>
          {dataset.contact?.email && (
            <p>
              <a href={`mailto:${dataset.contact.email}`}>{t('resource.ask', { email: dataset.contact.email })}</a>
            </p>
          )}
        </div>
      ) : (
        <>
          <h3>{t('download.title')}</h3>
          <DownloadButtons resource={resource} />
          <h3>{t('preview.title')}</h3>
          <PreviewTable resourceId={resource.id} resourceName={resource.name} columns={version.columns} />
          <h3>{t('chart.title')}</h3>
          <ChartBuilder resourceId={resource.id} resourceName={resource.name} columns={version.columns} />
          {version.columns.some((c) => c.unit) && (
            <details className="od-columns">
              <summary>{t('resource.columns')}</summary>
              <ul>
                {version.columns.map((c) => (
                  <li key={c.name}>
                    <strong>{c.name}</strong>: {t(`columnType.${c.type}`)}
                    {c.unit && ` · ${t('resource.unit', { unit: c.unit })}`}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {resource.versionCount > 1 && (
            <>
              <h3>{t('versions.heading')}</h3>
              <VersionHistory resourceId={resource.id} resourceName={resource.name} />
            </>
          )}
        </>
      )}
    </section>
  );
}
