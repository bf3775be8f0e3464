/**
 * Tawaran kinerja (/konsol/kinerja/tawaran): a year's offers with their status and deadline. The
 * mayor's team and auditors see every OPD's, an OPD its own (the server decides); the team makes
 * new ones from here.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../../auth/session';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { dayText } from '../shared/figures';
import '../../admin/components/admin.css';
import { AdminTable } from '../../admin/components/AdminTable';
import { useOpdName } from '../../admin/components/opds';
import { QueryView } from '../../admin/components/QueryView';
import { PeriodPicker } from '../shared/PeriodPicker';
import { makesOffers } from '../shared/roles';
import { OfferStatusBadge } from '../shared/StatusBadges';
import { usePeriodChoice } from '../shared/usePeriodChoice';
import { YearGate } from '../shared/YearGate';
import { useOffers } from './api';

export default function OffersPage() {
  const { t } = useTranslation('performance');
  useDocumentTitle(t('offers.title'));
  const session = useSession();
  const choice = usePeriodChoice();
  const offers = useOffers({ periodId: choice.period?.id });
  const opdName = useOpdName();
  const planner = makesOffers(session.data);
  const year = choice.period?.startYear ?? '';

  return (
    <main id="main" className="page officer-page">
      <h1>{t('offers.title')}</h1>
      <p className="lead">{planner ? t('offers.introPlanner') : t('offers.intro')}</p>
      <YearGate choice={choice}>
        <PeriodPicker idPrefix="offers" years={choice.years} period={choice.period} onPeriod={(id) => choice.setPeriod(id)} />
        {planner && (
          <div className="button-row">
            <Link className="button" to={`/konsol/kinerja/tawaran/baru?periode=${choice.period?.id ?? ''}`}>
              {t('offers.create')}
            </Link>
          </div>
        )}
        <h2>{t('offers.listTitle', { year })}</h2>
        <QueryView
          query={offers}
          isEmpty={(items) => items.length === 0}
          emptyTitle={t('offers.empty', { year })}
          emptyText={planner ? t('offers.emptyPlanner') : t('offers.emptyOpd')}
        >
          {(items) => (
            <AdminTable
              caption={t('offers.listTitle', { year })}
              columns={[t('offers.col.opd'), t('offers.col.version'), t('offers.col.deadline'), t('offers.col.status'), t('offers.col.answer')]}
              actions
            >
              {items.map((o) => (
                <tr key={o.id}>
                  <td>{opdName(o.opdId)}</td>
                  <td>{o.version}</td>
                  <td>{dayText(o.deadline)}</td>
                  <td>
                    <OfferStatusBadge status={o.status} />
                  </td>
                  <td>{o.answer ? t(`answerKind.${o.answer.kind}`, { name: o.answer.headName }) : t('offers.noAnswer')}</td>
                  <td>
                    <Link to={`/konsol/kinerja/tawaran/${o.id}`} aria-label={t('offers.openNamed', { opd: opdName(o.opdId) })}>
                      {t('offers.open')}
                    </Link>
                  </td>
                </tr>
              ))}
            </AdminTable>
          )}
        </QueryView>
      </YearGate>
    </main>
  );
}
