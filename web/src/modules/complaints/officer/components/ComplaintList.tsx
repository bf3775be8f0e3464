/**
 * A page of complaints with the states every console list needs: loading, an error from the
 * server, nothing found, and the table with its count (announced) and pagination.
 */
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paged } from '../../../../api/client';
import { formatNumber } from '../../../../i18n/format';
import { EmptyState, ErrorMessage, Loading } from '../../../../ui/feedback';
import { Pagination } from '../../../../ui/Pagination';
import type { StaffComplaint } from '../api';
import { ComplaintTable, type Selection } from './ComplaintTable';

interface Props {
  query: UseQueryResult<Paged<StaffComplaint>>;
  caption: string;
  emptyTitle: string;
  emptyText?: ReactNode;
  onPage: (page: number) => void;
  selection?: Selection;
}

export function ComplaintList({ query, caption, emptyTitle, emptyText, onPage, selection }: Props) {
  const { t } = useTranslation('officer');
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} />;
  const { items, total, page, pageSize, totalCapped } = query.data;
  return (
    <>
      <p role="status" className="hint">
        {query.isFetching
          ? t('list.refreshing')
          : totalCapped
            ? t('list.countCapped', { count: total, shown: formatNumber(total) })
            : t('list.count', { count: total, shown: formatNumber(total) })}
      </p>
      {items.length === 0 ? <EmptyState title={emptyTitle}>{emptyText}</EmptyState> : <ComplaintTable items={items} caption={caption} selection={selection} />}
      {/* Also under an empty page past the end (an old bookmark), to find the way back. */}
      <Pagination page={page} pageSize={pageSize} total={total} totalCapped={totalCapped} onPage={onPage} />
    </>
  );
}
