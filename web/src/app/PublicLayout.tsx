/** The citizen portal's frame: a skip link, the city's name, the main links and the language choice. */
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useSite } from '../api/site';
import { hasRole, STAFF_ROLES, useSession } from '../auth/session';
import { LanguageSwitch } from './LanguageSwitch';
import { PageOutlet } from './PageOutlet';

export function PublicLayout() {
  const { t } = useTranslation();
  const site = useSite();
  const session = useSession();
  const staff = hasRole(session.data, ...STAFF_ROLES);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="site-header">
        <div className="header-row">
          <Link to="/" className="brand">
            <span className="brand-name">SAMBAT</span>
            <span className="brand-city">{site.data?.cityName ?? 'Balaikota'}</span>
          </Link>
          <div className="header-tools">
            <LanguageSwitch />
            {staff ? <Link to="/konsol">{t('layout.console')}</Link> : session.data ? null : <Link to="/masuk">{t('layout.signIn')}</Link>}
          </div>
        </div>
        <nav aria-label={t('layout.mainNav')} className="main-nav">
          <NavLink to="/" end>
            {t('layout.nav.home')}
          </NavLink>
          <NavLink to="/aduan/baru">{t('layout.nav.file')}</NavLink>
          <NavLink to="/lacak">{t('layout.nav.track')}</NavLink>
          <NavLink to="/peta">{t('layout.nav.map')}</NavLink>
          <NavLink to="/aduan" end>
            {t('layout.nav.list')}
          </NavLink>
          <NavLink to="/kinerja">{t('layout.nav.performance')}</NavLink>
          <NavLink to="/data">{t('layout.nav.data')}</NavLink>
          <NavLink to="/spbe">{t('layout.nav.spbe')}</NavLink>
          <NavLink to="/smartcity">{t('layout.nav.smartcity')}</NavLink>
        </nav>
      </header>
      <PageOutlet />
      <footer className="site-footer">
        <p>{t('layout.footer', { city: site.data?.cityName ?? '' })}</p>
        <p>
          <a href="/api/docs">{t('layout.apiDocs')}</a> · <a href="/open311/v2/discovery.json">Open311</a> · <a href="/api/3/action/status_show">CKAN API</a>
        </p>
      </footer>
    </>
  );
}
