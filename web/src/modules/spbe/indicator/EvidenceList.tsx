/**
 * A level's evidence: files to download and links to open (elsewhere or a page of the platform); while the OPD
 * can still change the indicator, each file or link can be removed.
 */
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { ConfirmButton } from '../../admin/components/ConfirmButton';
import type { Evidence } from '../shared/types';

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  return bytes < 1024 * 1024 ? `${formatNumber(bytes / 1024, 0)} KB` : `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}

interface Props {
  items: Evidence[];
  onRemove?: (item: Evidence) => void;
  removing?: boolean;
}

export function EvidenceList({ items, onRemove, removing = false }: Props) {
  const { t } = useTranslation('spbe');
  if (items.length === 0) return <p className="hint">{t('evidence.none')}</p>;
  return (
    <ul className="plain-list">
      {items.map((e) => (
        <li key={e.id}>
          <span>
            {e.kind === 'file' ? (
              <a href={e.url} download aria-label={t('evidence.downloadNamed', { name: e.name })}>
                {e.name}
              </a>
            ) : (
              <a href={e.url} rel="noopener noreferrer">
                {e.name}
              </a>
            )}
            <span className="cell-sub">
              {t(`evidence.kind.${e.kind}`)}
              {e.size !== null && ` · ${sizeText(e.size)}`} · {formatDateTime(e.uploadedAt)}
            </span>
          </span>
          {onRemove && (
            <ConfirmButton
              label={t('evidence.remove', { name: e.name })}
              question={t('evidence.removeQuestion', { name: e.name })}
              confirmLabel={t('evidence.removeConfirm')}
              pending={removing}
              onConfirm={() => onRemove(e)}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
