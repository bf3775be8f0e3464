/**
 * The complaint's place on a small map: one pin. Loaded lazily with Leaflet, after the rest of the
 * page; the address and wilayah above it say the same in words.
 */
import { marker } from 'leaflet';
import { useCallback } from 'react';
import { pinIcon, statusColour } from '../../../../map/icons';
import LeafletMap from '../../../../map/LeafletMap';

interface Props {
  lat: number;
  lon: number;
  status: string;
  label: string;
  pinTitle: string;
}

export default function PlaceMap({ lat, lon, status, label, pinTitle }: Props) {
  const onReady = useCallback(
    (map: import('leaflet').Map) => {
      const pin = marker([lat, lon], { icon: pinIcon(statusColour(status)), title: pinTitle, alt: pinTitle, keyboard: false }).addTo(map);
      map.setView([lat, lon], map.getZoom());
      return () => {
        pin.remove();
      };
    },
    [lat, lon, status, pinTitle],
  );
  return <LeafletMap center={[lat, lon]} zoom={16} label={label} onReady={onReady} />;
}
