/** OPDs by kind and name: searchable, by kind, today's or of every period. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { cityDay, formatDate, formatNumber } from '../../../i18n/format';
import { Pagination } from '../../../ui/Pagination';
import { AdminTable } from '../components/AdminTable';
import { OPD_KINDS, type OpdRecord, useOpdName } from '../components/opds';
import { QueryView } from '../components/QueryView';
import type { usePageParams } from '../components/usePageParams';
import { PAGE_SIZE, useOpdList } from './api';

function Validity({ opd }: { opd: OpdRecord }) {
  const { t } = useTranslation('admin');
  const today = cityDay(new Date());
  const closed = opd.validTo !== null && opd.validTo < today;
  const future = opd.validFrom > today;
  return (
    <>
      {closed && <span className="badge state-off">{t('opds.list.closed')}</span>}
      {future && <span className="badge state-warn">{t('opds.list.future')}</span>}
      <span className="cell-sub">
        {opd.validTo
          ? t('opds.list.validRange', { from: formatDate(opd.validFrom), to: formatDate(opd.validTo) })
          : t('opds.list.validSince', { from: formatDate(opd.validFrom) })}
      </span>
    </>
  );
}

export function OpdList({ params }: { params: ReturnType<typeof usePageParams> }) {
  const { t } = useTranslation('admin');
  const opdName = useOpdName();
  const filter = { q: params.get('q'), kind: params.get('jenis'), allPeriods: params.get('periode') === 'semua', page: params.page };
  const opds = useOpdList(filter);
  const [q, setQ] = useState(filter.q);
  const [kind, setKind] = useState(filter.kind);
  const [allPeriods, setAllPeriods] = useState(filter.allPeriods);

  const search = (event: FormEvent) => {
    event.preventDefault();
    params.set({ q: q.trim(), jenis: kind, periode: allPeriods ? 'semua' : null });
  };

  return (
    <section aria-labelledby="opd-list-title">
      <h2 id="opd-list-title">{t('opds.list.title')}</h2>
      <form className="filters" onSubmit={search} aria-label={t('opds.list.searchLabel')}>
        <div className="field">
          <label htmlFor="opds-q">{t('opds.list.q')}</label>
          <input id="opds-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="opds-kind">{t('opds.fields.kind')}</label>
          <select id="opds-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">{t('opds.list.anyKind')}</option>
            {OPD_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`opdKinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="choice">
          <input id="opds-all" type="checkbox" checked={allPeriods} onChange={(e) => setAllPeriods(e.target.checked)} />
          <label htmlFor="opds-all">{t('opds.list.allPeriods')}</label>
        </div>
        <div>
          <button type="submit" className="button">
            {t('shared.search')}
          </button>
        </div>
      </form>
      <QueryView query={opds} isEmpty={(d) => d.items.length === 0} emptyTitle={t('opds.list.empty')} emptyText={t('opds.list.emptyText')}>
        {(data) => (
          <>
            <p className="hint" role="status">
              {t('opds.list.count', { count: data.total, n: formatNumber(data.total) })}
            </p>
            <AdminTable
              caption={t('opds.list.caption')}
              columns={[
                t('opds.fields.code'),
                t('opds.fields.name'),
                t('opds.fields.kind'),
                t('opds.fields.parent'),
                t('opds.list.validity'),
                t('opds.list.contact'),
              ]}
              actions
            >
              {data.items.map((opd) => (
                <tr key={opd.id}>
                  <td>{opd.code}</td>
                  <td>
                    {opd.name}
                    <span className="cell-sub">{opd.shortName}</span>
                  </td>
                  <td>{t(`opdKinds.${opd.kind}`)}</td>
                  <td>{opd.parentId ? opdName(opd.parentId) : '—'}</td>
                  <td>
                    <Validity opd={opd} />
                  </td>
                  <td className="wrap-anywhere">
                    {opd.headName && <span className="cell-sub">{t('opds.list.head', { name: opd.headName })}</span>}
                    {opd.email && <span className="cell-sub">{opd.email}</span>}
                    {opd.phone && <span className="cell-sub">{opd.phone}</span>}
                    {!opd.headName && !opd.email && !opd.phone && '—'}
                  </td>
                  <td>
                    <Link to={{ search: params.searchWith({ ubah: opd.id }) }} aria-label={t('shared.editNamed', { name: opd.shortName })}>
                      {t('shared.edit')}
                    </Link>
                  </td>
                </tr>
              ))}
            </AdminTable>
            <Pagination page={data.page} pageSize={PAGE_SIZE} total={data.total} onPage={params.setPage} />
          </>
        )}
      </QueryView>
    </section>
  );
}
