/**
 * The console's first page: for each of the user's roles, how much is waiting and a link to it.
 * Counts come from the staff list (one row asked for; only the total is read), so they follow the
 * same rules as the lists: an officer counts only their OPD's complaints.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasRole, useSession } from '../../../auth/session';
import { formatNumber } from '../../../i18n/format';
import { ErrorMessage } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { SatuDataCards } from '../../opendata/console/HomeCards';
import { SmartCityCards } from '../../smartcity/home/HomeCards';
import { SpbeCards } from '../../spbe/console/HomeCards';
import { OPEN_STATUSES } from '../shared/types';
import { type StaffFilter, useStaffList } from './api';
import { isAdminDesk, readsComplaints } from './roles';
import './officer.css';

interface CardProps {
  title: string;
  filter: StaffFilter;
  to: string;
  linkText: string;
  text: string;
}

function CountCard({ title, filter, to, linkText, text }: CardProps) {
  const { t } = useTranslation('officer');
  const count = useStaffList(filter, 1, 1);
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {count.isError ? (
        <ErrorMessage error={count.error} />
      ) : (
        <p className="stat" aria-live="polite">
          {count.data ? (count.data.totalCapped ? t('home.capped', { shown: formatNumber(count.data.total) }) : formatNumber(count.data.total)) : '…'}
          {!count.data && <span className="visually-hidden">{t('home.counting')}</span>}
        </p>
      )}
      <p>{text}</p>
      <p>
        <Link to={to}>{linkText}</Link>
      </p>
    </section>
  );
}

export default function ConsoleHome() {
  const { t } = useTranslation('officer');
  useDocumentTitle(t('home.title'));
  const session = useSession();
  const user = session.data;
  const admin = isAdminDesk(user);
  const officer = hasRole(user, 'operator_opd', 'kepala_opd');
  const reader = hasRole(user, 'auditor', 'eksekutif');
  return (
    <main id="main" className="page officer-page">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.greeting', { name: user?.name ?? '' })}</p>
      <div className="officer-summary">
        {admin && (
          <>
            <CountCard
              title={t('home.toVerify')}
              filter={{ status: 'submitted,returned' }}
              to="/konsol/verifikasi"
              linkText={t('home.openQueue')}
              text={t('home.toVerifyText')}
            />
            <CountCard
              title={t('home.waitingReporter')}
              filter={{ status: 'postponed' }}
              to="/konsol/verifikasi?tab=waiting"
              linkText={t('home.openWaiting')}
              text={t('home.waitingReporterText')}
            />
          </>
        )}
        {officer && (
          <>
            <CountCard
              title={t('home.inboxNew')}
              filter={{ status: 'dispositioned' }}
              to="/konsol/kotak-masuk?tab=new"
              linkText={t('home.openInboxNew')}
              text={t('home.inboxNewText')}
            />
            <CountCard
              title={t('home.inboxWorking')}
              filter={{ status: 'accepted,in_progress,reopened' }}
              to="/konsol/kotak-masuk"
              linkText={t('home.openInbox')}
              text={t('home.inboxWorkingText')}
            />
          </>
        )}
        {reader && !admin && !officer && (
          <CountCard
            title={t('home.open')}
            filter={{ status: OPEN_STATUSES.join(',') }}
            to={`/konsol/aduan?status=${encodeURIComponent(OPEN_STATUSES.join(','))}`}
            linkText={t('home.openSearch')}
            text={t('home.openText')}
          />
        )}
        {readsComplaints(user) && (
          <CountCard
            title={t('home.overdue')}
            filter={{ overdue: true }}
            to="/konsol/terlambat"
            linkText={t('home.openOverdue')}
            text={t('home.overdueText')}
          />
        )}
        <SatuDataCards />
        <SpbeCards />
        <SmartCityCards />
        <section className="card" aria-labelledby="card-stats">
          <h2 id="card-stats">{t('home.stats')}</h2>
          <p>{t('home.statsText')}</p>
          <p>
            <Link to="/konsol/statistik">{t('home.openStats')}</Link>
          </p>
        </section>
      </div>
    </main>
  );
}
