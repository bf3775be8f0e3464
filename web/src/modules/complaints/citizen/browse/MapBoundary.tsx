/**
 * If the map's code cannot load (a dropped connection, a release that replaced the chunk), only
 * the map gives way to a note: the filters and the list around it keep working.
 */
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function MapFailed() {
  const { t } = useTranslation('citizen');
  return (
    <div className="alert alert-error" role="alert">
      <p>{t('map.mapFailed')}</p>
      <p>{t('map.pointsFailedList')}</p>
      <button type="button" className="button secondary" onClick={() => window.location.reload()}>
        {t('map.reloadPage')}
      </button>
    </div>
  );
}

export class MapBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error(error);
  }

  render() {
    return this.state.failed ? <MapFailed /> : this.props.children;
  }
}
