/**
 * Roadmap kota cerdas (/konsol/smartcity): the OPD's roadmap items with their progress. An OPD's
 * staff see their own OPD's (roadmaps are public, so the page asks for that OPD's); the admin and
 * the city-wide readers see all and can narrow to one OPD. Filters live in the URL, so a list can
 * be bookmarked.
 */
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { opdIdsOf, useSession } from '../../../auth/session';
import { formatNumber } from '../../../i18n/format';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import { Pagination } from '../../../ui/Pagination';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../../admin/components/admin.css';
import { AdminTable } from '../../admin/components/AdminTable';
import { OpdSelect } from '../../admin/components/OpdSelect';
import { StatusLine } from '../../admin/components/StatusLine';
import { usePageParam } from '../../complaints/officer/components/usePageParam';
import '../../complaints/officer/officer.css';
import { useDimensions, useRoadmap } from '../shared/api';
import { rupiahText, yearsText } from '../shared/format';
import { useDimensionNames } from '../shared/names';
import { ProgressBar } from '../shared/ProgressBar';
import { seesAllOpds, writesRoadmap } from '../shared/roles';
import '../shared/smartcity.css';
import { HORIZONS, type Horizon } from '../shared/types';

const PAGE_SIZE = 25;

/** A year typed into the filter, when it is one the roadmap can hold. */
function yearOf(text: string | null): number | undefined {
  const year = Number(text);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
}

export default function RoadmapPage() {
  const { t } = useTranslation('smartcity');
  useDocumentTitle(t('roadmap.title'));
  const session = useSession();
  // What the item page says after removing an item, shown here where the item was listed.
  const message = (useLocation().state as { message?: string } | null)?.message ?? null;
  const all = seesAllOpds(session.data);
  const [params, setParams] = useSearchParams();
  const [page, setPage] = usePageParam();
  const horizonParam = params.get('horizon');
  const own = opdIdsOf(session.data);
  const opdParam = params.get('opd') ?? '';
  const filter = {
    opdId: all ? opdParam || undefined : own.includes(opdParam) ? opdParam : own[0],
    dimension: params.get('dimensi') || undefined,
    horizon: HORIZONS.includes(horizonParam as Horizon) ? (horizonParam as Horizon) : undefined,
    year: yearOf(params.get('tahun')),
    q: params.get('q')?.trim() || undefined,
  };
  const list = useRoadmap(filter, page, PAGE_SIZE);
  const dimensions = useDimensions();
  const names = useDimensionNames();
  const choose = (key: string, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      next.delete('page');
      return next;
    });
  const columns = [
    t('roadmap.col.item'),
    ...(all ? [t('roadmap.col.opd')] : []),
    t('roadmap.col.dimension'),
    t('roadmap.col.horizon'),
    t('roadmap.col.years'),
    t('roadmap.col.budget'),
    t('roadmap.col.progress'),
  ];

  return (
    <main id="main" className="page officer-page">
      <div className="section-head">
        <h1>{t('roadmap.title')}</h1>
        {writesRoadmap(session.data) && (
          <Link className="button" to="/konsol/smartcity/roadmap/baru">
            {t('roadmap.new')}
          </Link>
        )}
      </div>
      <p className="lead">{t('roadmap.intro')}</p>
      <StatusLine message={message} />
      <div className="filters">
        {(all || own.length > 1) && (
          <div className="field">
            <label htmlFor="roadmap-opd">{t('roadmap.filter.opd')}</label>
            <OpdSelect
              id="roadmap-opd"
              value={filter.opdId ?? ''}
              onChange={(id) => choose('opd', id)}
              emptyLabel={all ? t('roadmap.filter.allOpds') : t('roadmap.filter.chooseOpd')}
              only={all ? undefined : own}
            />
          </div>
        )}
        <div className="field">
          <label htmlFor="roadmap-dimension">{t('roadmap.filter.dimension')}</label>
          <select id="roadmap-dimension" value={filter.dimension ?? ''} onChange={(e) => choose('dimensi', e.target.value)}>
            <option value="">{t('roadmap.filter.allDimensions')}</option>
            {(dimensions.data ?? []).map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="roadmap-q">{t('roadmap.filter.search')}</label>
          <input id="roadmap-q" type="search" defaultValue={filter.q ?? ''} onChange={(e) => choose('q', e.target.value.trim())} />
        </div>
        <div className="field">
          <label htmlFor="roadmap-year">{t('roadmap.filter.year')}</label>
          <input
            id="roadmap-year"
            type="number"
            inputMode="numeric"
            min={2000}
            max={2100}
            defaultValue={filter.year ?? ''}
            onChange={(e) => choose('tahun', yearOf(e.target.value) ? e.target.value : '')}
          />
        </div>
        <div className="field">
          <label htmlFor="roadmap-horizon">{t('roadmap.filter.horizon')}</label>
          <select id="roadmap-horizon" value={filter.horizon ?? ''} onChange={(e) => choose('horizon', e.target.value)}>
            <option value="">{t('roadmap.filter.allHorizons')}</option>
            {HORIZONS.map((h) => (
              <option key={h} value={h}>
                {t(`horizon.${h}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : list.data.items.length === 0 && (filter.dimension || filter.horizon || filter.year || filter.q) ? (
        <EmptyState title={t('roadmap.noMatch')} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('roadmap.empty')}>
          <p>{writesRoadmap(session.data) ? t('roadmap.emptyText') : t('roadmap.emptyReader')}</p>
        </EmptyState>
      ) : (
        <>
          <p className="hint" role="status">
            {t('roadmap.count', { count: list.data.total, n: formatNumber(list.data.total) })}
          </p>
          <AdminTable caption={t('roadmap.caption')} columns={columns}>
            {list.data.items.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link to={`/konsol/smartcity/roadmap/${item.id}`}>{item.title}</Link>
                  <div className="hint">{item.owner}</div>
                </td>
                {all && <td>{item.opdName ?? '—'}</td>}
                <td>
                  {names.dimension(item.dimension)}
                  <div className="hint">{names.element(item.dimension, item.element)}</div>
                </td>
                <td>{t(`horizon.${item.horizon}`)}</td>
                <td>{yearsText(item)}</td>
                <td className="number">{rupiahText(item.budget)}</td>
                <td>
                  <ProgressBar progress={item.progress} label={t('progressOf', { name: item.title })} />
                </td>
              </tr>
            ))}
          </AdminTable>
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} totalCapped={list.data.totalCapped} onPage={setPage} />
        </>
      )}
    </main>
  );
}
