/**
 * A resource's versions, newest first, each with what changed from the one before (rows added,
 * removed, changed by the key columns) and its downloads. The public sees confirmed versions only;
 * the producer's console also shows an upload still waiting for its columns to be confirmed.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { ErrorMessage, Loading } from '../../../ui/feedback';
import { downloadHref, originalHref, useResource } from './api';
import type { VersionView } from './types';

export function versionSummaryText(t: TFunction<'opendata'>, version: VersionView): string {
  const s = version.summary;
  if (!s || s.previousVersionNo === null) return t('versions.first', { count: version.rowCount, n: formatNumber(version.rowCount) });
  return t('versions.summary', {
    previous: s.previousVersionNo,
    added: formatNumber(s.added),
    removed: formatNumber(s.removed),
    changed: formatNumber(s.changed),
    unchanged: formatNumber(s.unchanged),
  });
}

export function VersionHistory({
  resourceId,
  resourceName,
  includeUnconfirmed = false,
}: {
  resourceId: string;
  resourceName: string;
  includeUnconfirmed?: boolean;
}) {
  const { t } = useTranslation('opendata');
  const resource = useResource(resourceId);
  if (resource.isPending) return <Loading label={t('versions.loading')} />;
  if (resource.isError) return <ErrorMessage error={resource.error} />;
  const versions = [...resource.data.versions].filter((v) => includeUnconfirmed || v.confirmed).sort((a, b) => b.versionNo - a.versionNo);
  if (versions.length === 0) return <p className="hint">{t('versions.none')}</p>;
  return (
    <ol className="od-versions" aria-label={t('versions.label', { name: resourceName })}>
      {versions.map((v) => (
        <li key={v.versionNo}>
          <p className="od-version-title">
            <strong>{t('versions.title', { no: v.versionNo })}</strong> · {v.fileName} · {formatDateTime(v.createdAt)}{' '}
            {!v.confirmed && <span className="badge state-warn">{t('versions.unconfirmed')}</span>}
          </p>
          <p className="hint">{versionSummaryText(t, v)}</p>
          {v.confirmed && (
            <p className="od-links">
              {(['csv', 'xlsx', 'json'] as const).map((format) => (
                <a key={format} href={downloadHref(resourceId, format, v.versionNo)} download>
                  {t('versions.download', { format: format.toUpperCase(), no: v.versionNo })}
                </a>
              ))}
              <a href={originalHref(resourceId, v.versionNo)} download>
                {t('versions.original', { no: v.versionNo })}
              </a>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
