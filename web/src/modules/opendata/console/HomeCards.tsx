/**
 * Satu Data on the console's first page: for the walidata, how many datasets wait in the queue;
 * for an OPD's operator or head, how many of its datasets wait for them (drafts, and those sent
 * back or withdrawn). Built like the complaint cards beside them (ConsoleHome's CountCard).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasRole, useSession } from '../../../auth/session';
import { formatNumber } from '../../../i18n/format';
import { ErrorMessage } from '../../../ui/feedback';
import { useDatasetSearch, useQueue } from '../shared/api';
import { useOwnProducers } from './ownProducers';

interface CardProps {
  title: string;
  /** The figure, or undefined while it is counted. */
  count: number | undefined;
  error: unknown;
  text: string;
  to: string;
  linkText: string;
}

function DataCard({ title, count, error, text, to, linkText }: CardProps) {
  const { t } = useTranslation('opendata');
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {error ? (
        <ErrorMessage error={error} />
      ) : (
        <p className="stat" aria-live="polite">
          {count === undefined ? '…' : formatNumber(count)}
          {count === undefined && <span className="visually-hidden">{t('home.counting')}</span>}
        </p>
      )}
      <p>{text}</p>
      <p>
        <Link to={to}>{linkText}</Link>
      </p>
    </section>
  );
}

function QueueCard() {
  const { t } = useTranslation('opendata');
  const queue = useQueue();
  return (
    <DataCard
      title={t('home.queue')}
      count={queue.data?.length}
      error={queue.error}
      text={t('home.queueText')}
      to="/konsol/data/verifikasi"
      linkText={t('home.openQueue')}
    />
  );
}

/** The statuses of the producer console's "draft" tab, which the card opens. */
const WAITING_FOR_PRODUCER = ['DRAFT', 'DITOLAK', 'DIBATALKAN'] as const;

function ProducerCard() {
  const { t } = useTranslation('opendata');
  const producers = useOwnProducers();
  const names = producers.items.map((p) => p.name);
  const none = producers.isSuccess && names.length === 0;
  const waiting = useDatasetSearch({ includePrivate: true, producer: names, status: [...WAITING_FOR_PRODUCER], pageSize: 1 }, names.length > 0);
  return (
    <DataCard
      title={t('home.drafts')}
      count={none ? 0 : waiting.data?.total}
      error={producers.error ?? waiting.error}
      text={none ? t('console.noProducer') : t('home.draftsText')}
      to={none ? '/konsol/data' : '/konsol/data?tab=draft'}
      linkText={t('home.openDrafts')}
    />
  );
}

export function SatuDataCards() {
  const session = useSession();
  return (
    <>
      {hasRole(session.data, 'walidata') && <QueueCard />}
      {hasRole(session.data, 'operator_opd', 'kepala_opd') && <ProducerCard />}
    </>
  );
}
