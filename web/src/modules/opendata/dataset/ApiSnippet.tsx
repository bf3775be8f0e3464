/**
 * How to read this dataset with the CKAN Action API, which every CKAN client already speaks: the
 * dataset's metadata (package_show) and a few rows of each table (datastore_search), as curl.
 */
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../ui/CopyButton';
import type { DatasetView } from '../shared/types';

export function ApiSnippet({ dataset }: { dataset: DatasetView }) {
  const { t } = useTranslation('opendata');
  const origin = window.location.origin;
  const tables = dataset.resources.filter((r) => r.kind === 'upload' && r.currentVersion);
  const lines = [
    `curl '${origin}/api/3/action/package_show?id=${encodeURIComponent(dataset.name)}'`,
    ...tables.map((r) => `curl '${origin}/api/3/action/datastore_search?resource_id=${encodeURIComponent(r.id)}&limit=5'`),
  ];
  const text = lines.join('\n');
  return (
    <section aria-labelledby="od-api-title" className="card od-api">
      <h2 id="od-api-title">{t('api.title')}</h2>
      <p className="hint">{t('api.intro')}</p>
      <pre className="od-code">
        <code>{text}</code>
      </pre>
      <CopyButton text={text} label={t('api.copy')} />
      <p className="hint">
        {t('api.more')} <a href="/api/3/action/status_show">status_show</a> · <a href="/catalog.jsonld">DCAT (catalog.jsonld)</a>
      </p>
    </section>
  );
}
