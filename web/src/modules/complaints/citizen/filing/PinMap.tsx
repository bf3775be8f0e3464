/**
 * The map where the citizen sets the pin. Leaflet and the pin layer are fetched when this step is
 * first shown, never with the page. Keyboard users pan with the arrow keys and place the pin at
 * the map's centre (Enter on the map, or the button under it).
 */
import type { Map as LeafletMapInstance } from 'leaflet';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../../ui/feedback';
import type { LatLon } from './photos';
import type { PinLayer } from './pinLayer';

const LeafletMap = lazy(() => import('../../../../map/LeafletMap'));
const loadPinLayer = () => import('./pinLayer');

interface Props {
  pin: LatLon | null;
  onPin: (point: LatLon) => void;
}

export function PinMap({ pin, onPin }: Props) {
  const { t } = useTranslation('filing');
  const [map, setMap] = useState<LeafletMapInstance | null>(null);
  const [layer, setLayer] = useState<PinLayer | null>(null);
  const onPinRef = useRef(onPin);
  onPinRef.current = onPin;
  // A pin set on the map is already in view; one set elsewhere (my location, a photo) is brought into view.
  const fromMap = useRef(false);
  // The view the map opens with; later pins move it through the layer.
  const [start] = useState(pin);
  const markerLabel = t('place.markerLabel');

  // Start fetching the pin layer together with the map rather than after it.
  useEffect(() => {
    void loadPinLayer();
  }, []);

  const onReady = useCallback(
    (instance: LeafletMapInstance) => {
      let attached: PinLayer | null = null;
      let gone = false;
      setMap(instance);
      void loadPinLayer().then(({ attachPin }) => {
        if (gone) return;
        attached = attachPin(
          instance,
          (point) => {
            fromMap.current = true;
            onPinRef.current(point);
          },
          markerLabel,
        );
        setLayer(attached);
      });
      return () => {
        gone = true;
        attached?.remove();
        setLayer(null);
        setMap(null);
      };
    },
    [markerLabel],
  );

  useEffect(() => {
    layer?.show(pin, !fromMap.current);
    fromMap.current = false;
  }, [layer, pin]);

  const placeAtCentre = () => {
    if (!map) return;
    const centre = map.getCenter();
    fromMap.current = true;
    onPin({ lat: centre.lat, lon: centre.lng });
  };

  return (
    <div className="pin-map">
      <Suspense fallback={<Loading label={t('place.mapLoading')} />}>
        <LeafletMap label={t('place.mapLabel')} center={start ? [start.lat, start.lon] : undefined} zoom={start ? 17 : 14} onReady={onReady} />
      </Suspense>
      <div className="button-row">
        <button type="button" className="button secondary" onClick={placeAtCentre} disabled={!map}>
          {t('place.pinAtCentre')}
        </button>
      </div>
    </div>
  );
}
