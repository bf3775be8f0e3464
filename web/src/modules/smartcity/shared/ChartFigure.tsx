/**
 * A chart with its title and, folded beneath it, the same figures as a table for those who cannot
 * see the canvas. chart.js arrives with the first chart, after the page's own figures.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/feedback';
import { TableScroll } from '../../../ui/TableScroll';
import { indexText, scoreText } from './format';
import type { ChartSeries } from './SmartCityChart';

const SmartCityChart = lazy(() => import('./SmartCityChart'));

interface Props {
  title: string;
  /** What the chart shows, in a sentence: the canvas's name for screen readers. */
  description: string;
  series: ChartSeries;
  labelHeading: string;
}

export function ChartFigure({ title, description, series, labelHeading }: Props) {
  const { t } = useTranslation('smartcity');
  return (
    <figure className="card sc-figure">
      <figcaption>
        <h3>{title}</h3>
      </figcaption>
      <Suspense fallback={<Loading label={t('chart.drawing')} />}>
        <SmartCityChart series={series} label={description} />
      </Suspense>
      <details>
        <summary>{t('chart.asTable')}</summary>
        <TableScroll label={description}>
          <table className="sc-table">
            <caption className="visually-hidden">{description}</caption>
            <thead>
              <tr>
                <th scope="col">{labelHeading}</th>
                <th scope="col" className="number">
                  {series.seriesLabel}
                </th>
              </tr>
            </thead>
            <tbody>
              {series.labels.map((label, index) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td className="number">{series.kind === 'history' ? scoreText(series.values[index]) : indexText(series.values[index])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
