/**
 * What if: change the levels of some indicators and see the index and predicate after, computed by
 * the server with the same rule as the real index. Nothing is saved.
 */

import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../ui/feedback';
import { TableScroll } from '../../../ui/TableScroll';
import { useSimulate } from '../shared/api';
import { PredicateBadge } from '../shared/badges';
import { formatGain, formatIndex, formatWeight } from '../shared/format';
import { LEVELS, levelOnBasis } from '../shared/levels';
import type { Assessment, EvaluationDetail, SpbeIndex } from '../shared/types';
import { BasisToggle, useBasis } from './useBasis';

export function SimulateTab({ evaluation }: { evaluation: EvaluationDetail }) {
  const { t } = useTranslation('spbe');
  const [basis, setBasis] = useBasis();
  const simulate = useSimulate(evaluation.year);
  const [levels, setLevels] = useState<Record<number, number>>({});
  const current = (a: Assessment) => levelOnBasis(a, basis);
  const changed = Object.fromEntries(
    Object.entries(levels).filter(([number, level]) => {
      const a = evaluation.indicators.find((x) => x.number === Number(number));
      return a && current(a) !== level;
    }),
  );
  const count = Object.keys(changed).length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    simulate.mutate({ basis, levels: changed });
  };
  const changeBasis = (next: typeof basis) => {
    setBasis(next);
    setLevels({});
    simulate.reset();
  };

  return (
    <section aria-labelledby="spbe-sim">
      <h2 id="spbe-sim">{t('simulate.title')}</h2>
      <p className="hint">{t('simulate.intro')}</p>
      <BasisToggle basis={basis} onChange={changeBasis} />
      <form className="form spbe-sim" onSubmit={submit} noValidate>
        <TableScroll label={t('simulate.tableCaption')}>
          <table className="spbe-table">
            <caption className="visually-hidden">{t('simulate.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('indicators.col.indicator')}</th>
                <th scope="col" className="number">
                  {t('indicators.col.weight')}
                </th>
                <th scope="col" className="number">
                  {t('simulate.col.now')}
                </th>
                <th scope="col">{t('simulate.col.what')}</th>
              </tr>
            </thead>
            <tbody>
              {[...evaluation.indicators]
                .sort((a, b) => a.number - b.number)
                .map((a) => (
                  <tr key={a.number}>
                    <th scope="row">{t('indicators.name', { number: a.number, name: a.name })}</th>
                    <td className="number">{formatWeight(a.weight)}</td>
                    <td className="number">{current(a)}</td>
                    <td>
                      <label htmlFor={`spbe-sim-${a.number}`} className="visually-hidden">
                        {t('simulate.levelOf', { number: a.number })}
                      </label>
                      <select
                        id={`spbe-sim-${a.number}`}
                        value={levels[a.number] ?? current(a)}
                        onChange={(e) => setLevels((l) => ({ ...l, [a.number]: Number(e.target.value) }))}
                      >
                        {[0, ...LEVELS].map((level) => (
                          <option key={level} value={level}>
                            {level === 0 ? t('level.zero') : t('level.named', { level, name: a.levelNames[level - 1] ?? '' })}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </TableScroll>
        <div className="spbe-savebar">
          <ErrorMessage error={simulate.error} />
          <div className="button-row">
            <button type="submit" className="button" disabled={simulate.isPending}>
              {simulate.isPending ? t('working') : t('simulate.run', { count })}
            </button>
            <button
              type="button"
              className="button secondary"
              disabled={count === 0}
              onClick={() => {
                setLevels({});
                simulate.reset();
              }}
            >
              {t('simulate.reset')}
            </button>
          </div>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {simulate.data && <SimulationResult before={simulate.data.before} after={simulate.data.after} />}
      </div>
    </section>
  );
}

function SimulationResult({ before, after }: { before: SpbeIndex; after: SpbeIndex }) {
  const { t } = useTranslation('spbe');
  return (
    <div>
      <h3>{t('simulate.result')}</h3>
      <div className="spbe-compare">
        <div className="card">
          <p className="hint">{t('simulate.before')}</p>
          <p className="spbe-score">
            <span className="spbe-big">{formatIndex(before.total)}</span> <PredicateBadge predicate={before.predicate} />
          </p>
        </div>
        <div className="card">
          <p className="hint">{t('simulate.after')}</p>
          <p className="spbe-score">
            <span className="spbe-big">{formatIndex(after.total)}</span> <PredicateBadge predicate={after.predicate} />
          </p>
          <p>{t('simulate.change', { change: formatGain(after.total - before.total) })}</p>
        </div>
      </div>
      <TableScroll label={t('simulate.domainsCaption')}>
        <table className="spbe-table">
          <caption className="visually-hidden">{t('simulate.domainsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('index.col.part')}</th>
              <th scope="col" className="number">
                {t('simulate.before')}
              </th>
              <th scope="col" className="number">
                {t('simulate.after')}
              </th>
            </tr>
          </thead>
          <tbody>
            {after.domains.map((d) => (
              <tr key={d.number}>
                <th scope="row">{t('index.domain', { number: d.number, name: d.name })}</th>
                <td className="number">{formatIndex(before.domains.find((b) => b.number === d.number)?.index ?? 0)}</td>
                <td className="number">{formatIndex(d.index)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
