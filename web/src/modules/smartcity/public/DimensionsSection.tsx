/**
 * The six dimensions with their elements, each with the progress of the OPDs' roadmap items filed
 * under it (the server's roll-up, progress.rollup: an item counts once, in its own element). The
 * dimensions show even before any item exists, with the dash for "nothing to count yet".
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { ErrorMessage, Loading } from '../../../ui/feedback';
import { useDimensions, useProgress } from '../shared/api';
import { ProgressBar } from '../shared/ProgressBar';
import type { Progress } from '../shared/types';

export function DimensionsSection() {
  const { t } = useTranslation('smartcity');
  const headingId = useId();
  const dimensions = useDimensions();
  const progress = useProgress();
  const rollUp: Progress | undefined = progress.data;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('public.dimensionsTitle')}</h2>
      <p>{t('public.dimensionsIntro')}</p>
      {rollUp && (
        <p className="sc-score">
          <span>{t('public.cityProgress', { count: rollUp.city.items, n: formatNumber(rollUp.city.items) })}</span>
          <ProgressBar progress={rollUp.city.progress} label={t('public.cityProgressLabel')} />
        </p>
      )}
      {progress.isError && <p className="hint">{t('public.progressUnavailable')}</p>}
      {dimensions.isPending ? (
        <Loading />
      ) : dimensions.isError ? (
        <ErrorMessage error={dimensions.error} />
      ) : (
        <div className="sc-dimensions">
          {dimensions.data.map((d) => {
            const dim = rollUp?.dimensions.find((x) => x.code === d.code);
            return (
              <section key={d.code} className="card sc-dimension" aria-labelledby={`sc-dim-${d.code}`}>
                <h3 id={`sc-dim-${d.code}`}>{d.name}</h3>
                {rollUp && (
                  <>
                    <ProgressBar progress={dim?.progress ?? null} label={t('progressOf', { name: d.name })} />
                    <p className="sc-meta">{t('public.items', { count: dim?.items ?? 0, n: formatNumber(dim?.items ?? 0) })}</p>
                  </>
                )}
                <ul className="sc-elements" aria-label={t('public.elementsOf', { name: d.name })}>
                  {d.elements.map((e) => {
                    const el = dim?.elements.find((x) => x.code === e.code);
                    return (
                      <li key={e.code}>
                        <span>{e.name}</span>
                        {rollUp && <ProgressBar progress={el?.progress ?? null} label={t('progressOf', { name: e.name })} />}
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}
