/**
 * One year's SPBE self-evaluation (/konsol/spbe/:year): its indicators by domain and aspect (the
 * coordinator assigns them to OPDs here), the index on the OPDs' own levels or the final ones, the
 * gap analysis and the what-if simulator, the exports, and the coordinator's finalization.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api/problem';
import { formatDate } from '../../../i18n/format';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../../admin/components/admin.css';
import { StatusLine } from '../../admin/components/StatusLine';
import { StatusTabs, useTab } from '../../complaints/officer/components/StatusTabs';
import '../../complaints/officer/officer.css';
import { exportHref, useEvaluation, useFramework } from '../shared/api';
import { EvaluationStatusBadge } from '../shared/badges';
import '../shared/spbe.css';
import { FinalizePanel } from './FinalizePanel';
import { GapsTab } from './GapsTab';
import { IndexTab } from './IndexTab';
import { IndicatorsTab } from './IndicatorsTab';
import { ProgressText } from './ProgressText';
import { SimulateTab } from './SimulateTab';

const TABS = ['indikator', 'indeks', 'kesenjangan', 'simulasi'] as const;

export default function EvaluationPage() {
  const { year = '' } = useParams();
  return <Evaluation key={year} year={Number(year)} />;
}

function Evaluation({ year }: { year: number }) {
  const { t } = useTranslation('spbe');
  const title = t('evaluation.title', { year });
  useDocumentTitle(title);
  const evaluation = useEvaluation(Number.isInteger(year) ? year : undefined);
  const framework = useFramework(evaluation.data?.frameworkCode);
  const tabs = TABS.map((key) => ({ key, label: t(`evaluation.tab.${key}`) }));
  const tab = useTab(tabs);
  const [message, setMessage] = useState<string | null>(null);
  const done = (text: string) => {
    setMessage(text);
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };
  const e = evaluation.data;

  if (!e) {
    const missing = !Number.isInteger(year) || (evaluation.error instanceof ApiError && evaluation.error.status === 404);
    return (
      <main id="main" className="page officer-page">
        <p>
          <Link to="/konsol/spbe">{t('evaluation.back')}</Link>
        </p>
        <h1>{title}</h1>
        {missing ? <EmptyState title={t('evaluation.notFound')} /> : evaluation.isError ? <ErrorMessage error={evaluation.error} /> : <Loading />}
      </main>
    );
  }
  return (
    <main id="main" className="page officer-page">
      <p className="no-print">
        <Link to="/konsol/spbe">{t('evaluation.back')}</Link>
      </p>
      <h1>{title}</h1>
      <div className="officer-heading-badges">
        <EvaluationStatusBadge status={e.status} />
        <span>{e.frameworkName}</span>
        {e.finalizedAt && <span className="hint">{t('evaluation.finalizedAt', { date: formatDate(e.finalizedAt) })}</span>}
      </div>
      <p>
        <ProgressText progress={e.progress} />
      </p>
      <div className="button-row no-print">
        <a className="button secondary" href={exportHref(year, 'xlsx')} download>
          {t('evaluation.exportXlsx')}
        </a>
        <a className="button secondary" href={exportHref(year, 'pdf')} download>
          {t('evaluation.exportPdf')}
        </a>
      </div>
      <StatusLine message={message} />
      <FinalizePanel evaluation={e} onDone={done} />
      <StatusTabs tabs={tabs} current={tab} label={t('evaluation.tabsLabel')} />
      {tab === 'indikator' && <IndicatorsTab evaluation={e} framework={framework.data} onDone={done} />}
      {tab === 'indeks' && <IndexTab evaluation={e} />}
      {tab === 'kesenjangan' && <GapsTab evaluation={e} />}
      {tab === 'simulasi' && <SimulateTab evaluation={e} />}
    </main>
  );
}
