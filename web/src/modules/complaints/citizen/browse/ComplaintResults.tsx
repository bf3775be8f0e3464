/** A page of complaints with its count, and the loading, empty and error states; each links to its tracking page. */
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Paged } from '../../../../api/client';
import { formatDate, formatNumber } from '../../../../i18n/format';
import { EmptyState, ErrorMessage, Loading } from '../../../../ui/feedback';
import { Pagination } from '../../../../ui/Pagination';
import { StatusBadge } from '../../../../ui/StatusBadge';
import type { PublicComplaint } from '../../shared/types';

const EXCERPT = 180;

function excerpt(text: string): string {
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()}…` : text;
}

function ComplaintItem({ complaint }: { complaint: PublicComplaint }) {
  const { t } = useTranslation('citizen');
  const place = [complaint.kelurahan, complaint.kecamatan].filter(Boolean).join(', ') || complaint.address;
  return (
    <li className="browse-item">
      <h3>
        <Link to={`/lacak/${complaint.trackingNo}`}>{complaint.trackingNo}</Link>
      </h3>
      <p className="browse-item-meta">
        <StatusBadge status={complaint.status} label={complaint.statusLabel} />
        <span>{complaint.category.name}</span>
        <span>{t(`common:kind.${complaint.kind}`)}</span>
      </p>
      <p className="browse-item-text">{excerpt(complaint.description)}</p>
      <p className="hint">
        {place && <>{place} · </>}
        <time dateTime={complaint.createdAt}>{formatDate(complaint.createdAt)}</time>
        {complaint.supporters > 0 && <> · {t('browse.item.supporters', { count: complaint.supporters, value: formatNumber(complaint.supporters) })}</>}
      </p>
    </li>
  );
}

interface Props {
  result: UseQueryResult<Paged<PublicComplaint>>;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  /** What the count is of: the whole list, or the visible part of the map. */
  countKey: 'browse.count' | 'browse.countInView';
  emptyHint: string;
}

export function ComplaintResults({ result, page, pageSize, onPage, countKey, emptyHint }: Props) {
  const { t } = useTranslation('citizen');
  const data = result.data;
  const count = data
    ? data.totalCapped
      ? t(`${countKey}Capped`, { value: formatNumber(data.total) })
      : t(countKey, { count: data.total, value: formatNumber(data.total) })
    : '';

  return (
    <div className="browse-results" aria-busy={result.isFetching}>
      <p role="status" aria-live="polite" className="browse-count">
        {result.isFetching && data ? t('browse.updating') : count}
      </p>
      {result.isPending && <Loading />}
      {result.isError && <ErrorMessage error={result.error} />}
      {data && data.items.length === 0 && (
        <EmptyState title={t('browse.emptyTitle')}>
          <p>{emptyHint}</p>
        </EmptyState>
      )}
      {data && data.items.length > 0 && (
        <>
          <ul className="browse-list">
            {data.items.map((complaint) => (
              <ComplaintItem key={complaint.trackingNo} complaint={complaint} />
            ))}
          </ul>
          <Pagination page={page} pageSize={pageSize} total={data.total} totalCapped={data.totalCapped} onPage={onPage} />
        </>
      )}
    </div>
  );
}
