/** The last look before sending: every answer, each with a way back to the step that holds it. */
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../i18n/format';
import { useCategories } from '../../shared/hooks';
import type { Draft } from './draft';
import type { QrPlace, ResolvedPlace } from './queries';
import { placeName } from './ResolvedLine';

interface Props {
  draft: Draft;
  qrPlace: QrPlace | null;
  resolved: UseQueryResult<ResolvedPlace>;
  onEdit: (step: number) => void;
}

export function Summary({ draft, qrPlace, resolved, onEdit }: Props) {
  const { t } = useTranslation('filing');
  const categories = useCategories();
  const category = categories.data?.find((c) => c.code === draft.category);

  const place: string[] = [];
  if (qrPlace) place.push(qrPlace.name);
  else if (draft.pin) place.push(t(draft.pin.source === 'photo_gps' ? 'summary.pinFromPhoto' : 'summary.pin'));
  else if (draft.photos.some((p) => p.gps)) place.push(t('summary.photoGpsOnly'));
  if (draft.address.trim()) place.push(draft.address.trim());
  if (resolved.data) place.push(placeName(resolved.data, t));

  const contact = [draft.name, draft.email, draft.phone].map((v) => v.trim()).filter(Boolean);

  // One "change" button per earlier step, on that step's first row; contact and privacy are on this page already.
  const rows: Array<{ label: string; value: string; edit?: { step: number; label: string } }> = [
    { label: t('summary.kind'), value: t(`common:kind.${draft.kind}`), edit: { step: 0, label: t('summary.editKind') } },
    { label: t('summary.category'), value: category?.name ?? draft.category },
    { label: t('summary.place'), value: place.join(' · '), edit: { step: 1, label: t('summary.editPlace') } },
    { label: t('summary.description'), value: draft.description.trim(), edit: { step: 2, label: t('summary.editDetails') } },
    {
      label: t('summary.photos'),
      value: draft.photos.length > 0 ? t('summary.photoCount', { count: draft.photos.length, n: formatNumber(draft.photos.length) }) : t('summary.none'),
    },
    { label: t('summary.contact'), value: contact.length > 0 ? contact.join(' · ') : t('summary.noContact') },
    { label: t('summary.privacy'), value: t(`common:privacy.${draft.privacy}`) },
  ];

  return (
    <section className="filing-summary" aria-labelledby="filing-summary-title">
      <h3 id="filing-summary-title">{t('summary.title')}</h3>
      <dl>
        {rows.map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd>
              <span className="filing-summary-value">{row.value}</span>
              {row.edit && (
                <button type="button" className="link-button" onClick={() => row.edit && onEdit(row.edit.step)}>
                  {row.edit.label}
                </button>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
