/**
 * A map to pick a QR place's point by clicking, beside the latitude and longitude fields (the way
 * by keyboard). Loaded only when opened: Leaflet is heavy and most edits do not need it.
 */
import { type Map as LeafletMapInstance, type LeafletMouseEvent, type Marker, marker } from 'leaflet';
import { useCallback, useEffect, useRef, useState } from 'react';
import { pinIcon } from '../../../map/icons';
import LeafletMap from '../../../map/LeafletMap';

interface Props {
  lat: number | null;
  lon: number | null;
  label: string;
  onPick: (lat: number, lon: number) => void;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

export default function PointMap({ lat, lon, label, onPick }: Props) {
  const [map, setMap] = useState<LeafletMapInstance | null>(null);
  const pin = useRef<Marker | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  const onReady = useCallback((instance: LeafletMapInstance) => {
    const click = (e: LeafletMouseEvent) => pick.current(round(e.latlng.lat), round(e.latlng.lng));
    instance.on('click', click);
    setMap(instance);
    return () => {
      instance.off('click', click);
      pin.current = null;
      setMap(null);
    };
  }, []);

  useEffect(() => {
    if (!map) return;
    if (lat === null || lon === null) {
      pin.current?.remove();
      pin.current = null;
      return;
    }
    if (pin.current) pin.current.setLatLng([lat, lon]);
    else pin.current = marker([lat, lon], { icon: pinIcon(), keyboard: false }).addTo(map);
  }, [map, lat, lon]);

  return <LeafletMap label={label} center={lat !== null && lon !== null ? [lat, lon] : undefined} zoom={15} onReady={onReady} />;
}
