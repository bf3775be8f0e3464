/**
 * SPBE on the console's first page, for the open year's evaluation: the OPD's staff see how many
 * of their indicators wait for them, the assessor how many wait for review, the coordination team
 * how many are reviewed. Built like the complaint and Satu Data cards beside it.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasRole, opdIdsOf, useSession } from '../../../auth/session';
import { formatNumber } from '../../../i18n/format';
import { ErrorMessage } from '../../../ui/feedback';
import { useEvaluation, useEvaluations } from '../shared/api';
import { assesses, coordinates, SPBE_READERS } from '../shared/roles';

export function SpbeCards() {
  const session = useSession();
  if (!hasRole(session.data, ...SPBE_READERS)) return null;
  return <SpbeCard />;
}

function SpbeCard() {
  const { t } = useTranslation('spbe');
  const headingId = useId();
  const session = useSession();
  const user = session.data;
  const evaluations = useEvaluations();
  const open = (evaluations.data ?? []).filter((e) => e.status === 'open').sort((a, b) => b.year - a.year)[0];
  const detail = useEvaluation(open?.year);
  const rows = detail.data?.indicators ?? [];
  const own = opdIdsOf(user);
  let count: number | undefined;
  let text = t('home.noOpen');
  let to = '/konsol/spbe';
  if (open && detail.data) {
    if (own.length > 0) {
      count = rows.filter((a) => a.opdId && own.includes(a.opdId) && (a.status === 'draft' || a.status === 'returned')).length;
      text = t('home.forOpd', { year: open.year });
      to = `/konsol/spbe/${open.year}?opd=saya`;
    } else if (assesses(user)) {
      count = rows.filter((a) => a.status === 'submitted').length;
      text = t('home.forAssessor', { year: open.year });
      to = `/konsol/spbe/${open.year}?status=submitted`;
    } else {
      count = rows.filter((a) => a.status === 'confirmed' || a.status === 'corrected').length;
      text = t(coordinates(user) ? 'home.forCoordinator' : 'home.forReader', { year: open.year, total: rows.length });
      to = `/konsol/spbe/${open.year}`;
    }
  }
  const error = evaluations.error ?? detail.error;
  const counting = evaluations.isPending || (!!open && detail.isPending);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('home.title')}</h2>
      {error ? (
        <ErrorMessage error={error} />
      ) : (
        (counting || count !== undefined) && (
          <p className="stat" aria-live="polite">
            {counting ? '…' : formatNumber(count ?? 0)}
            {counting && <span className="visually-hidden">{t('home.counting')}</span>}
          </p>
        )
      )}
      <p>{text}</p>
      <p>
        <Link to={to}>{t('home.open')}</Link>
      </p>
    </section>
  );
}
