/**
 * The import as it runs: a progress bar, the count said to screen readers as it changes, and a
 * line per dataset done. The list itself is not announced: forty lines read aloud help no one.
 */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { doneCount, type ImportState } from './importState';
import type { ProgressLine } from './importStream';

export function ImportProgress({ state }: { state: ImportState }) {
  const { t, i18n } = useTranslation('opendata');
  const done = doneCount(state);
  const lng = i18n.language === 'en' ? 'en' : 'id';
  const outcomeOf = (line: ProgressLine) =>
    line.message ? `${t(`import.progress.outcome.${line.outcome}`)}: ${line.message[lng]}` : t(`import.progress.outcome.${line.outcome}`);
  return (
    <section aria-labelledby="od-import-progress-title">
      <h2 id="od-import-progress-title">{t('import.progress.title')}</h2>
      {state.phase === 'checking' ? (
        <p role="status">{t('import.progress.checking')}</p>
      ) : (
        <>
          <p>{t('import.progress.checked', { total: formatNumber(state.total), toImport: formatNumber(state.toImport) })}</p>
          <div className="od-import-bar">
            <label htmlFor="od-import-progress">{t('import.progress.label')}</label>
            <progress id="od-import-progress" value={done} max={Math.max(state.total, 1)} />
            <p role="status" aria-atomic="true">
              {t('import.progress.count', { done: formatNumber(done), total: formatNumber(state.total) })}
            </p>
          </div>
          {state.lines.length > 0 && (
            <ol className="od-import-lines" aria-label={t('import.progress.listLabel')}>
              {state.lines.map((line) => (
                <li key={line.row} className={`od-outcome-${line.outcome}`}>
                  {t('import.progress.line', { row: line.row, name: line.name })} — {outcomeOf(line)}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
