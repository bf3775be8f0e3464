/** An indicator's evidence files as download links, with their size; the server names each file. */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import type { Evidence } from './types';

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  return bytes < 1024 * 1024 ? `${formatNumber(bytes / 1024, 0)} KB` : `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}

export function EvidenceLinks({ files, emptyText }: { files: Evidence[]; emptyText: string }) {
  const { t } = useTranslation('performance');
  if (files.length === 0) return <span className="hint">{emptyText}</span>;
  return (
    <ul className="perf-files">
      {files.map((f) => (
        <li key={f.id}>
          <a href={f.url} download aria-label={t('evidence.downloadNamed', { name: f.fileName })}>
            {f.fileName}
          </a>
          <span className="hint">{sizeText(f.sizeBytes)}</span>
        </li>
      ))}
    </ul>
  );
}
