/**
 * The citizen's front door: what SAMBAT is for, the three ways in (file, track, look at the map),
 * what kinds of report there are, how long each step may take, and this month's figures.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSite } from '../../../../api/site';
import { useDocumentTitle } from '../../../../ui/useDocumentTitle';
import { KINDS } from '../../shared/types';
import { HomeStats } from './HomeStats';
import { TimeLimits } from './TimeLimits';
import './home.css';

export default function HomePage() {
  const { t } = useTranslation('citizen');
  const site = useSite();
  const city = site.data?.cityName ?? '';
  useDocumentTitle(t('home.title'));

  return (
    <main id="main" className="page">
      <div className="home-hero">
        <h1>{t('home.heading', { city })}</h1>
        <p className="lead">{t('home.lead', { city })}</p>
        <div className="button-row">
          <Link to="/aduan/baru" className="button">
            {t('home.cta.file')}
          </Link>
          <Link to="/lacak" className="button secondary">
            {t('home.cta.track')}
          </Link>
          <Link to="/peta" className="button secondary">
            {t('home.cta.map')}
          </Link>
        </div>
      </div>

      <section aria-labelledby="home-what-title">
        <h2 id="home-what-title">{t('home.what.title')}</h2>
        <div className="grid three home-what">
          <div className="card">
            <h3>{t('home.what.fileTitle')}</h3>
            <p>{t('home.what.fileText')}</p>
          </div>
          <div className="card">
            <h3>{t('home.what.trackTitle')}</h3>
            <p>{t('home.what.trackText')}</p>
          </div>
          <div className="card">
            <h3>{t('home.what.seeTitle')}</h3>
            <p>
              {t('home.what.seeText')} <Link to="/aduan">{t('home.what.seeList')}</Link>
            </p>
          </div>
        </div>
      </section>

      <section aria-labelledby="home-kinds-title">
        <h2 id="home-kinds-title">{t('home.kinds.title')}</h2>
        <dl className="home-kinds">
          {KINDS.map((kind) => (
            <div key={kind}>
              <dt>{t(`common:kind.${kind}`)}</dt>
              <dd>{t(`home.kinds.${kind}`)}</dd>
            </div>
          ))}
        </dl>
        <p className="hint">{t('home.kinds.privacy')}</p>
      </section>

      <TimeLimits />
      <HomeStats />
    </main>
  );
}
