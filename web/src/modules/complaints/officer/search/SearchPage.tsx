/**
 * Search every complaint the user may see: a tracking number or words, and the list filters, all
 * kept in the URL. From here the admin desk or an OPD can take one step on many complaints at
 * once, and anyone may download the list as CSV or XLSX.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { opdIdsOf, useSession } from '../../../../auth/session';
import { useDocumentTitle } from '../../../../ui/useDocumentTitle';
import { useOpds } from '../../shared/hooks';
import type { Opd } from '../../shared/types';
import { useStaffList } from '../api';
import { ComplaintList } from '../components/ComplaintList';
import { usePageParam } from '../components/usePageParam';
import { isAdminDesk, isCityWide } from '../roles';
import { BulkActions } from './BulkActions';
import { ExportLinks } from './ExportLinks';
import { filterFromForm, formFromParams, paramsFromForm } from './filters';
import { SearchFilters } from './SearchFilters';
import '../officer.css';

export default function SearchPage() {
  const { t } = useTranslation('officer');
  useDocumentTitle(t('search.title'));
  const session = useSession();
  const user = session.data;
  const opds = useOpds();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = usePageParam();
  const form = useMemo(() => formFromParams(params), [params]);
  const filter = useMemo(() => filterFromForm(form), [form]);
  const query = useStaffList(filter, page);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  // A new search or page starts with nothing selected: a bulk step only acts on rows in view.
  const listKey = params.toString();
  // The form starts again from the URL when the search changes (Back, a new search), not on a new page.
  const formKey = paramsFromForm(form).toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: listKey is the trigger, not a value read inside.
  useEffect(() => setSelected(new Set()), [listKey]);

  const adminDesk = isAdminDesk(user);
  const myOpds = opdIdsOf(user);
  const bulkActions = adminDesk ? (['verify', 'redisposition', 'reject'] as const) : myOpds.length ? (['accept', 'start'] as const) : [];
  const opdChoices = (all: Opd[]) => (isCityWide(user) ? all : all.filter((o) => myOpds.includes(o.id)));
  const items = query.data?.items ?? [];

  const selection = {
    selected,
    toggle: (id: string) =>
      setSelected((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    toggleAll: (ids: string[]) => setSelected((current) => (ids.every((id) => current.has(id)) ? new Set() : new Set(ids))),
  };

  return (
    <main id="main" className="page officer-page">
      <h1>{t('search.title')}</h1>
      <SearchFilters key={formKey} initial={form} opdChoices={opdChoices} onSearch={(next) => setParams(paramsFromForm(next))} />
      <div className="officer-toolbar">
        <h2>{t('search.results')}</h2>
        <ExportLinks filter={filter} />
      </div>
      <ComplaintList
        query={query}
        caption={t('search.caption')}
        emptyTitle={t('search.empty')}
        emptyText={<p>{t('search.emptyHint')}</p>}
        onPage={setPage}
        selection={bulkActions.length ? selection : undefined}
      />
      {bulkActions.length > 0 && query.isSuccess && (
        <BulkActions
          selected={[...selected]}
          actions={[...bulkActions]}
          opds={opds.data ?? []}
          numberOf={(id) => items.find((c) => c.id === id)?.trackingNo ?? id}
          onDone={(done) =>
            setSelected((current) => {
              const next = new Set(current);
              for (const id of done) next.delete(id);
              return next;
            })
          }
        />
      )}
    </main>
  );
}
