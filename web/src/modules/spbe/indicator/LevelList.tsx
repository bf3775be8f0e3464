/**
 * An indicator's five levels as they stand: what each means, whether the OPD claims it with its
 * explanation, its evidence, and whether it counts. Read-only; the OPD edits them in FillForm.
 */
import { useTranslation } from 'react-i18next';
import { fullClaims, LEVELS, levelGaps } from '../shared/levels';
import type { Assessment } from '../shared/types';
import { EvidenceList } from './EvidenceList';
import { LevelHeading, LevelNote } from './LevelParts';

export function LevelList({ assessment: a }: { assessment: Assessment }) {
  const { t } = useTranslation('spbe');
  const claims = fullClaims(a.claims);
  const gaps = levelGaps(claims, a.evidence);
  return (
    <section aria-labelledby="spbe-levels">
      <h2 id="spbe-levels">{t('fill.levelsTitle')}</h2>
      <p className="hint">{t('fill.rule')}</p>
      <ol className="spbe-levels">
        {LEVELS.map((level, i) => {
          const claim = claims[i];
          const evidence = a.evidence.filter((e) => e.level === level);
          return (
            <li key={level}>
              <section className={`spbe-level${gaps[i] === null ? ' counted' : ''}`} aria-labelledby={`spbe-level-${level}`}>
                <LevelHeading level={level} assessment={a} />
                {a.status !== 'unassigned' && (
                  <>
                    <p>
                      <strong>{claim.met ? t('fill.claimedMet') : t('fill.claimedNotMet')}</strong>
                    </p>
                    {claim.explanation && <p className="officer-description">{claim.explanation}</p>}
                    <h4>{t('evidence.title')}</h4>
                    <EvidenceList items={evidence} />
                    <LevelNote gap={gaps[i]} />
                  </>
                )}
              </section>
            </li>
          );
        })}
      </ol>
      {a.explanation && (
        <>
          <h3>{t('fill.explanation')}</h3>
          <p className="officer-description">{a.explanation}</p>
        </>
      )}
    </section>
  );
}
