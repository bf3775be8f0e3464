import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';

interface Props {
  page: number;
  pageSize: number;
  total: number;
  totalCapped?: boolean;
  onPage: (page: number) => void;
}

/** Previous / next with "page N of M"; a capped total ("more than 1,000") shows as such. */
export function Pagination({ page, pageSize, total, totalCapped, onPage }: Props) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total <= pageSize && page === 1) return null;
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <button type="button" className="button secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('pagination.previous')}
      </button>
      <span>
        {totalCapped
          ? t('pagination.pageOfMany', { page: formatNumber(page) })
          : t('pagination.pageOf', { page: formatNumber(page), pages: formatNumber(pages) })}
      </span>
      <button type="button" className="button secondary" disabled={!totalCapped && page >= pages} onClick={() => onPage(page + 1)}>
        {t('pagination.next')}
      </button>
    </nav>
  );
}
