/**
 * The masterplan's programmes by horizon: quick wins (within a year), then medium- and long-term
 * programmes, each with its dimension and element, its years, the OPD that leads it and the
 * progress of the OPDs' roadmap items that serve it.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import { useProgrammes } from '../shared/api';
import { yearsText } from '../shared/format';
import { useDimensionNames } from '../shared/names';
import { ProgressBar } from '../shared/ProgressBar';
import { HORIZONS, type Programme } from '../shared/types';

function ProgrammeItem({ programme }: { programme: Programme }) {
  const { t } = useTranslation('smartcity');
  const names = useDimensionNames();
  return (
    <li>
      <h4>
        {programme.code} · {programme.title}
      </h4>
      <p className="sc-meta">
        {names.dimension(programme.dimension)} · {names.element(programme.dimension, programme.element)} · {yearsText(programme)}
        {programme.leadOpdName && ` · ${t('programme.lead', { opd: programme.leadOpdName })}`}
      </p>
      {programme.description && <p>{programme.description}</p>}
      <p className="sc-meta">
        {programme.items === 0 ? (
          t('programme.noItems')
        ) : (
          <>
            {t('programme.items', { count: programme.items, n: formatNumber(programme.items) })}{' '}
            <ProgressBar progress={programme.progress} label={t('progressOf', { name: programme.title })} />
          </>
        )}
      </p>
    </li>
  );
}

export function ProgrammesSection() {
  const { t } = useTranslation('smartcity');
  const headingId = useId();
  const programmes = useProgrammes();

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('public.programmesTitle')}</h2>
      <p>{t('public.programmesIntro')}</p>
      {programmes.isPending ? (
        <Loading />
      ) : programmes.isError ? (
        <ErrorMessage error={programmes.error} />
      ) : programmes.data.length === 0 ? (
        <EmptyState title={t('public.noProgrammes')}>
          <p>{t('public.noProgrammesText')}</p>
        </EmptyState>
      ) : (
        <div className="sc-horizons">
          {HORIZONS.map((horizon) => {
            const items = programmes.data.filter((p) => p.horizon === horizon);
            return (
              <section key={horizon} className="card" aria-labelledby={`sc-horizon-${horizon}`}>
                <h3 id={`sc-horizon-${horizon}`}>{t(`horizon.${horizon}`)}</h3>
                <p className="hint">{t(`horizonText.${horizon}`)}</p>
                {items.length === 0 ? (
                  <p className="hint">{t('public.noneInHorizon')}</p>
                ) : (
                  <ul className="sc-programmes">
                    {items.map((p) => (
                      <ProgrammeItem key={p.id} programme={p} />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}
