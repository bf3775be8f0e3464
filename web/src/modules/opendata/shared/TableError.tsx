/**
 * A refused upload or column confirmation. When the server lists the cells that do not fit (a
 * table's 422), they show as a table by row and column, as in the spreadsheet, so each can be
 * found and fixed; any other problem shows as the app's usual error message.
 */
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/problem';
import { formatNumber } from '../../../i18n/format';
import { ErrorMessage } from '../../../ui/feedback';

interface CellProblem {
  field: string;
  row?: number;
  column?: string;
  header?: string;
  message: string;
}

export function TableError({ error }: { error: unknown }) {
  const { t } = useTranslation('opendata');
  if (!(error instanceof ApiError)) return <ErrorMessage error={error} />;
  const cells = (error.problem.errors ?? []) as CellProblem[];
  if (!cells.some((c) => c.row !== undefined)) return <ErrorMessage error={error} />;
  const total = (error.problem as { total?: number }).total ?? cells.length;
  return (
    <div className="alert alert-error" role="alert">
      <p>{error.message}</p>
      {total > cells.length && <p>{t('cells.more', { shown: formatNumber(cells.length), total: formatNumber(total) })}</p>}
      <div className="table-wrap">
        <table>
          <caption>{t('cells.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cells.cell')}</th>
              <th scope="col">{t('cells.column')}</th>
              <th scope="col">{t('cells.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {cells.map((c) => (
              <tr key={c.field}>
                <td>{c.field}</td>
                <td>{c.header ?? c.column ?? ''}</td>
                <td>{c.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
