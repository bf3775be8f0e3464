import { useTranslation } from 'react-i18next';
import { changeLanguage, type Language } from '../i18n/i18n';
import { queryClient } from './queryClient';

/**
 * Bahasa Indonesia first; English by choice. Each option names itself in its own language. The
 * server words some answers (status labels, category names, messages) in the language asked
 * for, so a switch fetches them again.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = (i18n.language === 'en' ? 'en' : 'id') as Language;
  const other: Language = current === 'id' ? 'en' : 'id';
  return (
    <button
      type="button"
      className="link-button"
      lang={other}
      onClick={() => void changeLanguage(other).then(() => queryClient.invalidateQueries())}
      aria-label={t('language.switchTo')}
    >
      {other === 'en' ? 'English' : 'Bahasa Indonesia'}
    </button>
  );
}
