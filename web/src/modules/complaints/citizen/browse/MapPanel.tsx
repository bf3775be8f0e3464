/**
 * The map of the map page, loaded after the page's first render (Leaflet and supercluster are
 * both lazy chunks): it starts on the whole city, reports the visible area to the page (for the
 * list), and loads that area's points on moveend, debounced. No fetch when the new view lies
 * inside the area loaded last, if that load was complete or the map has not zoomed in since (a
 * truncated load holds the area's newest points; zooming in may find others).
 */
import type { Map as LeafletMapInstance } from 'leaflet';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../../api/problem';
import { useSite } from '../../../../api/site';
import { formatNumber } from '../../../../i18n/format';
import type { BrowseFilters } from './filters';
import { MapBoundary } from './MapBoundary';
import { loadPoints } from './mapPoints';
import { pointPopup, spotPopup } from './mapPopups';
import type { Bbox } from './usePublicList';

const LeafletMap = lazy(() => import('../../../../map/LeafletMap'));

const DEBOUNCE_MS = 350;

type PointsState = { state: 'loading' } | { state: 'ready'; count: number; complete: boolean } | { state: 'error'; message: string | null };

function boundsOf(map: LeafletMapInstance, pad = 0): Bbox {
  const b = map.getBounds().pad(pad);
  return [Math.max(b.getWest(), -180), Math.max(b.getSouth(), -90), Math.min(b.getEast(), 180), Math.min(b.getNorth(), 90)];
}

const inside = (inner: Bbox, outer: Bbox) => inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];

interface Props {
  filters: BrowseFilters;
  /** The visible area; `moved` is false for the first view, true when the reader moved the map. */
  onView: (bbox: Bbox, moved: boolean) => void;
}

export function MapPanel({ filters, onView }: Props) {
  const { t } = useTranslation('citizen');
  const navigate = useNavigate();
  const site = useSite();
  const [points, setPoints] = useState<PointsState>({ state: 'loading' });
  const fitted = useRef(false);
  const retry = useRef<(() => void) | null>(null);
  const filterKey = JSON.stringify(filters);
  // The router's navigate and the page's callback change with the address (every page of the
  // list); read through a ref, they do not rebuild the map's layer each time.
  const latest = useRef({ navigate, onView });
  useEffect(() => {
    latest.current = { navigate, onView };
  }, [navigate, onView]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: filterKey stands for filters; a new onReady (new filters) reloads the points.
  const onReady = useCallback(
    (map: LeafletMapInstance) => {
      let cancelled = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let controller: AbortController | null = null;
      // The last area loaded: in full, or (truncated) only its newest points, good until zooming in.
      let loaded: { area: Bbox; complete: boolean; zoom: number } | null = null;
      const clusters = import('../../../../map/clusters').then((module) =>
        module.createClusterLayer(map, {
          formatCount: (count) => formatNumber(count),
          clusterLabel: (count) => t('map.clusterLabel', { count, value: formatNumber(count) }),
          pointLabel: (point) => t('map.pointLabel', { no: point.trackingNo, category: point.category, status: point.statusLabel }),
          pointPopup: (point) => pointPopup(point, t, (path) => latest.current.navigate(path)),
          spotPopup: (list, total) => spotPopup(list, total, t, (path) => latest.current.navigate(path)),
          closeLabel: t('map.closePopup'),
        }),
      );

      const load = async () => {
        const view = boundsOf(map);
        const zoom = map.getZoom();
        if (loaded && inside(view, loaded.area) && (loaded.complete || zoom <= loaded.zoom)) return;
        controller?.abort();
        const mine = new AbortController();
        controller = mine;
        // A margin around the view, so that small moves need no new request.
        const area = boundsOf(map, 0.5);
        setPoints({ state: 'loading' });
        try {
          const [result, layer] = await Promise.all([loadPoints(filters, area, mine.signal), clusters]);
          if (cancelled || mine.signal.aborted) return;
          layer.setPoints(result.points);
          loaded = { area, complete: result.complete, zoom };
          setPoints({ state: 'ready', count: result.points.length, complete: result.complete });
        } catch (error) {
          if (cancelled || mine.signal.aborted) return;
          setPoints({ state: 'error', message: error instanceof ApiError ? error.message : null });
        }
      };
      retry.current = () => {
        loaded = null;
        void load();
      };

      if (!fitted.current && site.data) {
        const [minLon, minLat, maxLon, maxLat] = site.data.bbox;
        // Without animation, so the bounds read next are already the city's.
        map.fitBounds(
          [
            [minLat, minLon],
            [maxLat, maxLon],
          ],
          { animate: false },
        );
        fitted.current = true;
      }
      latest.current.onView(boundsOf(map), false);
      void load();

      const moved = () => {
        latest.current.onView(boundsOf(map), true);
        clearTimeout(timer);
        timer = setTimeout(() => void load(), DEBOUNCE_MS);
      };
      map.on('moveend', moved);
      return () => {
        cancelled = true;
        clearTimeout(timer);
        controller?.abort();
        map.off('moveend', moved);
        void clusters.then((layer) => layer.remove());
      };
    },
    [filterKey, site.data, t],
  );

  return (
    <div className="browse-map">
      <MapBoundary>
        <Suspense fallback={<p className="map browse-map-placeholder">{t('map.loadingMap')}</p>}>
          <LeafletMap label={t('map.label')} className="map tall" onReady={onReady} />
        </Suspense>
      </MapBoundary>
      <div className="browse-map-status" role="status" aria-live="polite">
        {points.state === 'loading' && t('map.loadingPoints')}
        {points.state === 'ready' &&
          (points.complete
            ? t('map.pointsShown', { count: points.count, value: formatNumber(points.count) })
            : t('map.pointsTruncated', { value: formatNumber(points.count) }))}
      </div>
      {points.state === 'error' && (
        <div className="alert alert-error" role="alert">
          <p>{points.message ?? t('map.pointsFailed')}</p>
          <p>{t('map.pointsFailedList')}</p>
          <button type="button" className="button secondary" onClick={() => retry.current?.()}>
            {t('map.retry')}
          </button>
        </div>
      )}
      <MapLegend />
      <p className="hint">{t('map.keyboardHint')}</p>
    </div>
  );
}

/** The pins' colours, named in words beside each; the same as statusColour in map/icons.ts, which
 * cannot be imported here without bringing Leaflet into the page's first load. */
function MapLegend() {
  const { t } = useTranslation('citizen');
  const groups = [
    { key: 'waiting', colour: '#8a5a00' },
    { key: 'handling', colour: '#0b4f8a' },
    { key: 'answered', colour: '#1d6b34' },
  ];
  return (
    <div className="browse-legend">
      <p className="browse-legend-title">{t('map.legendTitle')}</p>
      <ul>
        {groups.map((g) => (
          <li key={g.key}>
            <span className="browse-legend-swatch" style={{ background: g.colour }} aria-hidden="true" />
            {t(`map.legend.${g.key}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
