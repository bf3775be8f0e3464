/**
 * One indicator of a report: its targets for the quarter and the year, how it is computed, the
 * realization with its note, the achievement as the server computed it, and the evidence. The OPD
 * edits its own figures here while the report is open; the platform fills in computed ones.
 */
import { useTranslation } from 'react-i18next';
import { figureText, percentText } from '../shared/figures';
import type { ReportLine } from '../shared/types';
import { EvidenceSection } from './EvidenceSection';
import { RealizationForm } from './RealizationForm';

interface Props {
  reportId: string;
  line: ReportLine;
  editable: boolean;
  onDone: (message: string) => void;
}

export function IndicatorCard({ reportId, line, editable, onDone }: Props) {
  const { t } = useTranslation('performance');
  const titleId = `indicator-${line.indicatorId}`;
  const r = line.realization;
  return (
    <section className="card perf-indicator" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {line.code} {line.name}
      </h3>
      <dl className="perf-figures">
        <dt>{t('report.quarterTarget')}</dt>
        <dd>
          {figureText(line.target.quarter, line.unit, line.target.quarterUpper)}
          {line.target.quarterFromYear && <span className="hint"> {t('report.fromYear')}</span>}
        </dd>
        <dt>{t('report.yearlyTarget')}</dt>
        <dd>{figureText(line.target.yearly, line.unit, line.target.yearlyUpper)}</dd>
        <dt>{t('report.direction')}</dt>
        <dd>{t(`direction.${line.direction}`, { defaultValue: line.direction })}</dd>
        <dt>{t('report.formula')}</dt>
        <dd>{line.formula}</dd>
        <dt>{t('report.realization')}</dt>
        <dd>
          {figureText(r.value, line.unit)}
          {r.computed && <span className="hint"> {r.provisional ? t('report.provisional') : t('report.computed')}</span>}
        </dd>
        {r.note && (
          <>
            <dt>{t('report.noteShown')}</dt>
            <dd className="officer-description">{r.note}</dd>
          </>
        )}
        <dt>{t('report.achievement')}</dt>
        <dd>
          <strong>{percentText(line.achievement.percent)}</strong> <span className="perf-explanation">{line.achievement.explanation}</span>
        </dd>
      </dl>
      {editable && line.source === 'opd' && <RealizationForm reportId={reportId} line={line} onSaved={onDone} />}
      <EvidenceSection reportId={reportId} line={line} editable={editable} onDone={onDone} />
    </section>
  );
}
