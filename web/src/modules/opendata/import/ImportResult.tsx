/**
 * How an import ended: its report (imported, skipped because already there, failed), the server's
 * word when it stopped, or, when the check found problems, every one of them by the catalogue's
 * row and column, nothing having been written.
 */
import { type ReactNode, type RefObject, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../api/problem';
import { formatNumber } from '../../../i18n/format';
import { ErrorMessage } from '../../../ui/feedback';
import { AdminTable } from '../../admin/components/AdminTable';
import type { ImportState } from './importState';
import type { ImportReport } from './importStream';

/** A problem of the check, where the walidata finds it in the catalogue. */
interface RowProblem {
  field: string;
  row: number;
  column: string;
  message: string;
}

/** "frekuensi:2": the column and row as the server names a problem's field. */
const FIELD = /^(.+):(\d+)$/;

/**
 * The 422's problems when it lists them by row; any other refusal lists none. The row and column
 * are read from the field as well, as the route's documented problem schema does not carry them.
 */
function rowProblemsOf(error: unknown): { problems: RowProblem[]; total: number } {
  if (!(error instanceof ApiError)) return { problems: [], total: 0 };
  const problems: RowProblem[] = [];
  for (const p of (error.problem.errors ?? []) as Array<{ field: string; message: string; row?: number; column?: string }>) {
    const named = FIELD.exec(p.field);
    const row = p.row ?? (named ? Number(named[2]) : undefined);
    const column = p.column ?? named?.[1];
    if (row !== undefined && column !== undefined) problems.push({ field: p.field, row, column, message: p.message });
  }
  return { problems, total: (error.problem as { total?: number }).total ?? problems.length };
}

function Problems({ error, headingRef }: { error: unknown; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useTranslation('opendata');
  const { problems, total } = rowProblemsOf(error);
  if (problems.length === 0) return <ErrorMessage error={error} />;
  return (
    <section aria-labelledby="od-import-problems">
      <h2 id="od-import-problems" ref={headingRef} tabIndex={-1}>
        {t('import.problems.title')}
      </h2>
      <div className="alert alert-error" role="alert">
        {/* The server's sentence: nothing was imported, and how many problems there are. */}
        <p>{(error as ApiError).message}</p>
        {total > problems.length && <p>{t('import.problems.more', { shown: formatNumber(problems.length), total: formatNumber(total) })}</p>}
      </div>
      <AdminTable caption={t('import.problems.caption')} columns={[t('import.problems.row'), t('import.problems.column'), t('import.problems.problem')]}>
        {problems.map((p) => (
          // One cell may have several problems: the message keeps their keys apart.
          <tr key={`${p.field}: ${p.message}`}>
            <td>{p.row}</td>
            <td>{p.column}</td>
            <td>{p.message}</td>
          </tr>
        ))}
      </AdminTable>
    </section>
  );
}

function NameList({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <>
      <h3 id={id}>{title}</h3>
      <ul aria-labelledby={id}>{children}</ul>
    </>
  );
}

function Report({ report, reviews, headingRef }: { report: ImportReport; reviews: boolean; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t, i18n } = useTranslation('opendata');
  const lng = i18n.language === 'en' ? 'en' : 'id';
  // The walidata reviews a draft on the review page; a published dataset, or anyone else, sees the dataset's own page.
  const hrefOf = (name: string, published: boolean) =>
    reviews && !published ? `/konsol/data/verifikasi/${encodeURIComponent(name)}` : `/data/${encodeURIComponent(name)}`;
  return (
    <section aria-labelledby="od-import-report">
      <h2 id="od-import-report" ref={headingRef} tabIndex={-1}>
        {t('import.report.title')}
      </h2>
      <p role="status">
        {t('import.report.summary', {
          imported: formatNumber(report.imported.length),
          skipped: formatNumber(report.skipped.length),
          failed: formatNumber(report.failed.length),
        })}
      </p>
      {report.imported.length > 0 && (
        <>
          <p>{report.published ? t('import.report.published') : t('import.report.drafts')}</p>
          <NameList title={t('import.report.imported', { n: formatNumber(report.imported.length) })}>
            {report.imported.map((name) => (
              <li key={name}>
                <Link to={hrefOf(name, report.published)}>{name}</Link>
              </li>
            ))}
          </NameList>
        </>
      )}
      {report.skipped.length > 0 && (
        <NameList title={t('import.report.skipped', { n: formatNumber(report.skipped.length) })}>
          {report.skipped.map((s) => (
            <li key={s.name}>
              {t('import.report.row', { row: s.row })} <Link to={hrefOf(s.name, false)}>{s.name}</Link>
            </li>
          ))}
        </NameList>
      )}
      {report.failed.length > 0 && (
        <>
          <NameList title={t('import.report.failed', { n: formatNumber(report.failed.length) })}>
            {report.failed.map((f) => (
              <li key={f.name}>
                {t('import.report.row', { row: f.row })} {f.name}: {f.message[lng]}
              </li>
            ))}
          </NameList>
          <p>{t('import.report.failedAgain')}</p>
        </>
      )}
    </section>
  );
}

interface Props {
  state: ImportState;
  /** Whether the user reviews datasets (the walidata), so a draft links to its review page. */
  reviews: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

export function ImportResult({ state, reviews, headingRef }: Props) {
  const { t } = useTranslation('opendata');
  if (state.phase === 'refused') return <Problems error={state.error} headingRef={headingRef} />;
  if (state.phase === 'done' && state.report) return <Report report={state.report} reviews={reviews} headingRef={headingRef} />;
  if (state.phase === 'stopped' || state.phase === 'cut') {
    return (
      <div className="alert alert-error" role="alert">
        <p>{state.phase === 'stopped' ? t('import.report.stopped', { message: state.stopped ?? '' }) : t('import.report.cut')}</p>
        {state.phase === 'stopped' && <p>{t('import.report.again')}</p>}
      </div>
    );
  }
  return null;
}
