/**
 * The officer console's frame: the menu shows only what the user's roles can open.
 */
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { hasRole, useLogout, useSession } from '../auth/session';
import { CONSOLE_GROUPS, CONSOLE_LINKS } from './consoleLinks';
import { LanguageSwitch } from './LanguageSwitch';
import { PageOutlet } from './PageOutlet';

export function ConsoleLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const logout = useLogout();
  const user = session.data;
  const links = CONSOLE_LINKS.filter((link) => hasRole(user, ...link.roles));
  return (
    <div className="console">
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="console-header">
        <Link to="/konsol" className="brand">
          <span className="brand-name">Balaikota</span>
          <span className="brand-city">{t('console.title')}</span>
        </Link>
        <div className="header-tools">
          <span className="user-name">{user?.name}</span>
          <LanguageSwitch />
          <Link to="/">{t('console.publicSite')}</Link>
          <button type="button" className="link-button" onClick={() => logout.mutate(undefined, { onSuccess: () => window.location.assign('/') })}>
            {t('layout.signOut')}
          </button>
        </div>
      </header>
      <div className="console-body">
        <nav className="console-nav" aria-label={t('console.menu')}>
          {CONSOLE_GROUPS.map((group) => {
            const items = links.filter((l) => l.group === group);
            if (items.length === 0) return null;
            return (
              <div key={group}>
                <p className="nav-group">{t(`console.group.${group}`)}</p>
                <ul>
                  {items.map((link) => (
                    <li key={link.path}>
                      <NavLink to={link.path} end={link.end}>
                        {t(link.labelKey)}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </nav>
        <PageOutlet />
      </div>
    </div>
  );
}
