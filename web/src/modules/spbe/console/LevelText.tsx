/** A level with its name ("3 · Terdefinisi"), or a dash when there is none yet. */
import { useTranslation } from 'react-i18next';

export function LevelText({ level, names }: { level: number | null; names: string[] }) {
  const { t } = useTranslation('spbe');
  if (level === null) return <span className="hint">{t('level.none')}</span>;
  if (level === 0) return <span>{t('level.zero')}</span>;
  return <span>{t('level.named', { level, name: names[level - 1] ?? '' })}</span>;
}
