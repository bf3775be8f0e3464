/**
 * The three states every admin list has besides its rows: loading, failed (with the server's
 * reason), and empty (with a sentence saying what would fill it).
 */
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';

interface Props<T> {
  query: UseQueryResult<T>;
  isEmpty: (data: T) => boolean;
  emptyTitle: string;
  emptyText?: string;
  children: (data: T) => ReactNode;
}

export function QueryView<T>({ query, isEmpty, emptyTitle, emptyText, children }: Props<T>) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} />;
  if (isEmpty(query.data)) {
    return <EmptyState title={emptyTitle}>{emptyText && <p>{emptyText}</p>}</EmptyState>;
  }
  return <>{children(query.data)}</>;
}
