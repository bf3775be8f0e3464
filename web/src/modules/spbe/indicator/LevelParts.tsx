/** Pieces of a level's box: its heading with the level's name and meaning, and whether it counts. */
import { useTranslation } from 'react-i18next';
import type { LevelGap } from '../shared/levels';
import type { Assessment } from '../shared/types';

export function LevelHeading({ level, assessment: a }: { level: number; assessment: Assessment }) {
  const { t } = useTranslation('spbe');
  return (
    <>
      <h3 id={`spbe-level-${level}`}>{t('level.named', { level, name: a.levelNames[level - 1] ?? '' })}</h3>
      <p>{a.levelDescriptions[level - 1]}</p>
    </>
  );
}

export function LevelNote({ gap }: { gap: LevelGap }) {
  const { t } = useTranslation('spbe');
  return <p className={`spbe-level-note ${gap === null ? 'counted' : 'not-counted'}`}>{t(`fill.gap.${gap ?? 'counted'}`)}</p>;
}
