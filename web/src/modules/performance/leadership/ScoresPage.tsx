/**
 * Kinerja OPD (/konsol/kinerja), the mayor's view: for a year and quarter, every scored OPD with its
 * traffic light, predicate and composite, the parts of the composite, its rank and its trend; one
 * OPD opened below (?opd=). The eksekutif also runs the rules, decides their findings and publishes
 * the quarter; everyone here may download the XLSX.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../../auth/session';
import { formatNumber } from '../../../i18n/format';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../../admin/components/admin.css';
import { StatusLine } from '../../admin/components/StatusLine';
import '../../complaints/officer/officer.css';
import { useSettings } from '../shared/api';
import { PeriodPicker } from '../shared/PeriodPicker';
import { quarterName } from '../shared/quarters';
import { isEksekutif, makesOffers } from '../shared/roles';
import { usePeriodChoice } from '../shared/usePeriodChoice';
import { YearGate } from '../shared/YearGate';
import '../shared/performance.css';
import { scoresXlsxUrl, useScores } from './api';
import { Findings } from './Findings';
import { OpdDetail } from './OpdDetail';
import { PublishControl } from './PublishControl';
import { ScoreTable } from './ScoreTable';

export default function ScoresPage() {
  const { t } = useTranslation('performance');
  useDocumentTitle(t('scores.title'));
  const session = useSession();
  const choice = usePeriodChoice();
  const { period, quarter } = choice;
  const scores = useScores(period?.id, quarter);
  const settings = useSettings();
  const [message, setMessage] = useState<string | null>(null);
  const bands = settings.data?.bands ?? [];
  const openedId = choice.params.get('opd');
  const opened = scores.data?.items.find((s) => s.opdId === openedId);
  const when = period ? t('when', { quarter: quarterName(quarter), year: period.startYear }) : '';
  const eksekutif = isEksekutif(session.data);

  return (
    <main id="main" className="page officer-page">
      <h1>{t('scores.title')}</h1>
      <p className="lead">{t('scores.intro')}</p>
      <YearGate choice={choice}>
        <PeriodPicker
          idPrefix="scores"
          years={choice.years}
          period={period}
          onPeriod={(id) => choice.setPeriod(id, ['opd'])}
          quarter={quarter}
          onQuarter={(q) => choice.setQuarter(q, ['opd'])}
        />
        <StatusLine message={message} />
        <section aria-labelledby="scores-table-title">
          <h2 id="scores-table-title">{t('scores.tableTitle', { when })}</h2>
          {scores.isPending ? (
            <Loading />
          ) : scores.isError ? (
            <ErrorMessage error={scores.error} />
          ) : scores.data.items.length === 0 ? (
            <EmptyState title={t('scores.empty', { when })}>
              <p>{t('scores.emptyText')}</p>
              {makesOffers(session.data) && (
                <p>
                  <Link to={`/konsol/kinerja/tawaran?periode=${period?.id ?? ''}`}>{t('scores.toOffers')}</Link>
                </p>
              )}
            </EmptyState>
          ) : (
            <>
              <div className="perf-toolbar">
                <p className="hint" role="status">
                  {scores.data.city.mean === null
                    ? t('scores.noMean')
                    : t('scores.cityMean', {
                        mean: formatNumber(scores.data.city.mean, 2),
                        count: scores.data.city.scored,
                        n: formatNumber(scores.data.city.scored),
                      })}
                </p>
                {period && (
                  <a className="button secondary" href={scoresXlsxUrl(period.id, quarter)} download>
                    {t('scores.download')}
                  </a>
                )}
              </div>
              <ScoreTable scores={scores.data} bands={bands} openedId={openedId} caption={t('scores.tableTitle', { when })} />
            </>
          )}
        </section>
        {opened && period && <OpdDetail key={`${opened.opdId}-${period.id}-${quarter}`} score={opened} period={period} quarter={quarter} bands={bands} />}
        {eksekutif && period && <PublishControl period={period} quarter={quarter} when={when} onDone={setMessage} />}
        {period && <Findings period={period} quarter={quarter} when={when} canDecide={eksekutif} onDone={setMessage} />}
      </YearGate>
    </main>
  );
}
