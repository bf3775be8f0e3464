/**
 * A simple chart of one table: bar or line, a column for the X axis and a numeric column for Y,
 * optionally summed per X value (the long tables of Satu Data repeat a region or a year on many
 * rows). The figures drawn are also listed in a table, for those who cannot see the chart.
 */
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import { sortOn, useRows } from '../shared/api';
import type { ColumnSpec, DatastoreResult } from '../shared/types';
import { cellText, isNumeric } from '../shared/values';
import type { ChartPoints } from './ChartCanvas';

const ChartCanvas = lazy(() => import('./ChartCanvas'));

/** A chart of more points than this is unreadable; the builder says when it drew only the first ones. */
const MAX_ROWS = 1000;

function pointsOf(data: DatastoreResult, x: ColumnSpec, y: ColumnSpec, sum: boolean, yes: string, no: string): { labels: string[]; values: number[] } {
  const labels: string[] = [];
  const values: number[] = [];
  const at = new Map<string, number>();
  for (const record of data.records) {
    const label = cellText(record[x.name], x.type, yes, no, x.name);
    const raw = record[y.name];
    const value = typeof raw === 'number' ? raw : Number(raw);
    if (!Number.isFinite(value)) continue;
    const index = sum ? at.get(label) : undefined;
    if (index === undefined) {
      at.set(label, labels.length);
      labels.push(label);
      values.push(value);
    } else values[index] += value;
  }
  return { labels, values };
}

export function ChartBuilder({ resourceId, resourceName, columns }: { resourceId: string; resourceName: string; columns: ColumnSpec[] }) {
  const { t } = useTranslation('opendata');
  const id = useId();
  const numeric = columns.filter((c) => isNumeric(c.type));
  const [kind, setKind] = useState<'bar' | 'line'>('bar');
  const [xName, setXName] = useState(columns.find((c) => !isNumeric(c.type))?.name ?? columns[0]?.name ?? '');
  // Long tables end with their figure: the last numeric column is the one worth drawing (not the year).
  const [yName, setYName] = useState(numeric.at(-1)?.name ?? '');
  const [sum, setSum] = useState(true);
  const x = columns.find((c) => c.name === xName);
  const y = numeric.find((c) => c.name === yName);
  const rows = useRows(
    resourceId,
    { limit: MAX_ROWS, offset: 0, fields: x && y ? [...new Set([x.name, y.name])] : undefined, sort: x ? sortOn(x.name, 'asc') : undefined },
    !!x && !!y,
  );
  const yes = t('preview.yes');
  const no = t('preview.no');
  const drawn = useMemo(() => (rows.data && x && y ? pointsOf(rows.data, x, y, sum, yes, no) : null), [rows.data, x, y, sum, yes, no]);

  if (numeric.length === 0) {
    return (
      <EmptyState title={t('chart.noNumbers')}>
        <p>{t('chart.noNumbersText')}</p>
      </EmptyState>
    );
  }
  const yLabel = y ? (y.unit ? `${y.name} (${y.unit})` : y.name) : '';
  const seriesLabel = sum ? t('chart.sumOf', { column: yLabel }) : yLabel;
  const points: ChartPoints | null = drawn && x && y ? { kind, labels: drawn.labels, values: drawn.values, seriesLabel } : null;
  const description = x && y ? t(`chart.alt.${kind}`, { y: seriesLabel, x: x.name, name: resourceName }) : '';

  return (
    <div className="od-chart-builder">
      <fieldset className="od-chart-controls">
        <legend>{t('chart.settings')}</legend>
        <fieldset className="od-inline">
          <legend>{t('chart.kind')}</legend>
          {(['bar', 'line'] as const).map((k) => (
            <label key={k} className="choice">
              <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />
              {t(`chart.kinds.${k}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-x`}>{t('chart.x')}</label>
          <select id={`${id}-x`} value={xName} onChange={(e) => setXName(e.target.value)}>
            {columns.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-y`}>{t('chart.y')}</label>
          <select id={`${id}-y`} value={yName} onChange={(e) => setYName(e.target.value)}>
            {numeric.map((c) => (
              <option key={c.name} value={c.name}>
                {c.unit ? `${c.name} (${c.unit})` : c.name}
              </option>
            ))}
          </select>
        </div>
        <label className="choice">
          <input type="checkbox" checked={sum} onChange={(e) => setSum(e.target.checked)} />
          {t('chart.sum')}
        </label>
      </fieldset>
      {rows.isPending ? (
        <Loading label={t('chart.loading')} />
      ) : rows.isError ? (
        <ErrorMessage error={rows.error} />
      ) : !points || points.labels.length === 0 ? (
        <EmptyState title={t('chart.empty')}>
          <p>{t('chart.emptyText')}</p>
        </EmptyState>
      ) : (
        <figure className="od-figure">
          <figcaption>{description}</figcaption>
          {(rows.data.total ?? 0) > MAX_ROWS && <p className="hint">{t('chart.capped', { n: formatNumber(MAX_ROWS) })}</p>}
          <Suspense fallback={<Loading label={t('chart.drawing')} />}>
            <ChartCanvas points={points} label={description} />
          </Suspense>
          <details className="od-chart-table">
            <summary>{t('chart.asTable')}</summary>
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{description}</caption>
                <thead>
                  <tr>
                    <th scope="col">{x?.name}</th>
                    <th scope="col" className="number">
                      {seriesLabel}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {points.labels.map((label, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: without a sum the same label may repeat
                    <tr key={index}>
                      <th scope="row">{label}</th>
                      <td className="number">{formatNumber(points.values[index], 4)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </figure>
      )}
    </div>
  );
}
