/**
 * How long each step may take, read from the categories' limits (working days). Most cities keep
 * one set of limits; when categories differ, the sentence gives the range and a list names each.
 */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../i18n/format';
import { ErrorMessage, Loading } from '../../../../ui/feedback';
import { useCategories } from '../../shared/hooks';
import type { Category } from '../../shared/types';

type Stage = keyof Category['limits'];
const STAGES: Stage[] = ['verifyDays', 'respondDays', 'closeDays'];

/** "3" or "3–5": the days a stage takes across categories. */
function span(categories: Category[], stage: Stage): string {
  const days = categories.map((c) => c.limits[stage]);
  const [min, max] = [Math.min(...days), Math.max(...days)];
  return min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`;
}

export function TimeLimits() {
  const { t } = useTranslation('citizen');
  const categories = useCategories();
  const list = categories.data ?? [];
  const varies = list.some((c) => STAGES.some((s) => c.limits[s] !== list[0].limits[s]));

  return (
    <section aria-labelledby="home-limits-title">
      <h2 id="home-limits-title">{t('home.limits.title')}</h2>
      {categories.isPending && <Loading />}
      {categories.isError && <ErrorMessage error={categories.error} />}
      {list.length > 0 && (
        <>
          <ol className="home-steps">
            <li>{t('home.limits.verify', { days: span(list, 'verifyDays') })}</li>
            <li>{t('home.limits.respond', { days: span(list, 'respondDays') })}</li>
            <li>{t('home.limits.close', { days: span(list, 'closeDays') })}</li>
          </ol>
          <p className="hint">
            {t('home.limits.workingDays')} {varies && t('home.limits.varies')}
          </p>
          {varies && (
            <details className="home-details">
              <summary>{t('home.limits.perCategory')}</summary>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('home.limits.category')}</th>
                      <th scope="col">{t('home.limits.colVerify')}</th>
                      <th scope="col">{t('home.limits.colRespond')}</th>
                      <th scope="col">{t('home.limits.colClose')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((c) => (
                      <tr key={c.id}>
                        <th scope="row">{c.name}</th>
                        {STAGES.map((s) => (
                          <td key={s}>{t('home.limits.days', { count: c.limits[s], value: formatNumber(c.limits[s]) })}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          )}
        </>
      )}
    </section>
  );
}
