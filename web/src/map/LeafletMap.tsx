/**
 * A Leaflet map on the city's configured tiles (OpenStreetMap by default). When tiles cannot load
 * (offline, blocked) the map stays a plain grey surface where markers, clicks and keyboard panning
 * still work, and a line under it says so. Load this module lazily: Leaflet is the heaviest part
 * of a citizen page.
 */
import { map as createMap, type Map as LeafletMapInstance, tileLayer } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSite } from '../api/site';

export interface LeafletMapProps {
  /** [lat, lon]; defaults to the middle of the city's bounding box. */
  center?: [number, number];
  zoom?: number;
  className?: string;
  /** Names the map for screen readers. */
  label: string;
  /** Called once with the live map; return a cleanup to undo what was added. */
  onReady?: (map: LeafletMapInstance) => undefined | (() => void);
}

/** Enough failed tiles and none loaded: the background is not coming. */
const FAILED_TILES_BEFORE_NOTICE = 4;

export default function LeafletMap({ center, zoom = 14, className = 'map', label, onReady }: LeafletMapProps) {
  const { t } = useTranslation();
  const site = useSite();
  const container = useRef<HTMLDivElement>(null);
  const [tilesFailed, setTilesFailed] = useState(false);
  const [map, setMap] = useState<LeafletMapInstance | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is made once per site; later moves are the caller's, through onReady.
  useEffect(() => {
    if (!container.current || !site.data) return;
    const [minLon, minLat, maxLon, maxLat] = site.data.bbox;
    const start: [number, number] = center ?? [(minLat + maxLat) / 2, (minLon + maxLon) / 2];
    const instance = createMap(container.current, { center: start, zoom, keyboard: true, attributionControl: true });
    let failed = 0;
    let loaded = 0;
    tileLayer(site.data.tileUrl, { attribution: site.data.tileAttribution, maxZoom: 19 })
      .on('tileerror', () => {
        failed += 1;
        if (loaded === 0 && failed >= FAILED_TILES_BEFORE_NOTICE) setTilesFailed(true);
      })
      .on('tileload', () => {
        loaded += 1;
        setTilesFailed(false);
      })
      .addTo(instance);
    setMap(instance);
    return () => {
      setMap(null);
      instance.remove();
    };
  }, [site.data]);

  useEffect(() => {
    if (!map || !onReady) return;
    return onReady(map) ?? undefined;
  }, [map, onReady]);

  return (
    <div>
      <section ref={container} className={className} aria-label={label} />
      {tilesFailed && (
        <p className="map-notice" role="status">
          {t('map.tilesFailed')}
        </p>
      )}
    </div>
  );
}
