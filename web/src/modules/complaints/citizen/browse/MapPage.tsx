/**
 * Peta Aduan: the list of complaints in the visible area works first (same filters and address as
 * Daftar Aduan); the map arrives after the first render and, once there, narrows the list to what
 * it shows.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../../ui/useDocumentTitle';
import { ComplaintResults } from './ComplaintResults';
import { FilterForm } from './FilterForm';
import { filtersToParams, hasFilters } from './filters';
import { MapPanel } from './MapPanel';
import { useBrowseFilters } from './useBrowseFilters';
import { type Bbox, usePublicList } from './usePublicList';
import './browse.css';

export default function MapPage() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('map.title'));
  const { filters, page, pageSize, applyFilters, setPage } = useBrowseFilters();
  const [bbox, setBbox] = useState<Bbox | null>(null);
  const result = usePublicList(filters, page, pageSize, bbox);

  // A moved map is a new list: back to its first page (replacing, so Back is not a trail of pans).
  const pageState = useRef({ page, setPage });
  useEffect(() => {
    pageState.current = { page, setPage };
  }, [page, setPage]);
  const onView = useCallback((next: Bbox, moved: boolean) => {
    setBbox(next);
    if (moved && pageState.current.page !== 1) pageState.current.setPage(1, true);
  }, []);

  return (
    <main id="main" className="page">
      <h1>{t('map.title')}</h1>
      <p className="lead">{t('map.lead')}</p>
      <p>
        <Link to={`/aduan?${filtersToParams(filters, 1, pageSize)}`}>{t('map.toList')}</Link>
      </p>
      <FilterForm key={`${filtersToParams(filters, 1, pageSize)}`} filters={filters} pageSize={pageSize} onApply={applyFilters} />
      <MapPanel filters={filters} onView={onView} />
      <h2>{bbox ? t('map.listTitleInView') : t('map.listTitle')}</h2>
      <ComplaintResults
        result={result}
        page={page}
        pageSize={pageSize}
        onPage={setPage}
        countKey={bbox ? 'browse.countInView' : 'browse.count'}
        emptyHint={hasFilters(filters) ? t('browse.emptyFiltered') : bbox ? t('map.emptyInView') : t('browse.emptyAll')}
      />
    </main>
  );
}
