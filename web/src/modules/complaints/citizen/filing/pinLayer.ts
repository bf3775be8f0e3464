/**
 * The one pin on the filing map: a click on the map or Enter on the focused map puts it there,
 * and it can be dragged. Loaded with the map (it needs Leaflet), never with the page.
 */
import { type LeafletKeyboardEvent, type Map as LeafletMap, type LeafletMouseEvent, type Marker, marker } from 'leaflet';
import { pinIcon } from '../../../../map/icons';
import type { LatLon } from './photos';

export interface PinLayer {
  /** Shows the pin (or none); `reveal` brings it into view, for pins set away from the map. */
  show(point: LatLon | null, reveal: boolean): void;
  remove(): void;
}

export function attachPin(map: LeafletMap, onPin: (point: LatLon) => void, label: string): PinLayer {
  let pin: Marker | null = null;
  const onClick = (e: LeafletMouseEvent) => onPin({ lat: e.latlng.lat, lon: e.latlng.lng });
  // Only when the map itself has focus: Enter on a zoom button or on the pin means that button.
  const onKey = (e: LeafletKeyboardEvent) => {
    if (e.originalEvent.key !== 'Enter' || e.originalEvent.target !== map.getContainer()) return;
    const centre = map.getCenter();
    onPin({ lat: centre.lat, lon: centre.lng });
  };
  map.on('click', onClick);
  map.on('keypress', onKey);

  return {
    show(point, reveal) {
      if (!point) {
        pin?.remove();
        pin = null;
        return;
      }
      if (pin) pin.setLatLng([point.lat, point.lon]);
      else {
        pin = marker([point.lat, point.lon], { icon: pinIcon(), draggable: true, keyboard: true, title: label, alt: label }).addTo(map);
        pin.getElement()?.setAttribute('aria-label', label);
        pin.on('dragend', () => {
          const at = pin?.getLatLng();
          if (at) onPin({ lat: at.lat, lon: at.lng });
        });
      }
      // Without animation: the step may be left at once, and Leaflet fails when its map goes mid-animation.
      if (reveal) map.setView([point.lat, point.lon], Math.max(map.getZoom(), 16), { animate: false });
    },
    remove() {
      map.off('click', onClick);
      map.off('keypress', onKey);
      pin?.remove();
      pin = null;
    },
  };
}
