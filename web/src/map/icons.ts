/**
 * Markers drawn as inline SVG: no image files to resolve, and they show even when nothing else
 * from the network does.
 */
import { type DivIcon, divIcon } from 'leaflet';

function pinSvg(fill: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="28" height="40" viewBox="0 0 28 40" aria-hidden="true"><path d="M14 0C6.3 0 0 6.2 0 13.9 0 24.3 14 40 14 40s14-15.7 14-26.1C28 6.2 21.7 0 14 0z" fill="${fill}" stroke="#fff" stroke-width="2"/><circle cx="14" cy="14" r="5" fill="#fff"/></svg>`;
}

export function pinIcon(fill = '#b3261e'): DivIcon {
  return divIcon({ html: pinSvg(fill), className: 'pin-icon', iconSize: [28, 40], iconAnchor: [14, 40], popupAnchor: [0, -36] });
}

/** Colours by status group: waiting, being handled, answered. */
export function statusColour(status: string): string {
  if (status === 'responded' || status === 'closed') return '#1d6b34';
  if (status === 'submitted' || status === 'postponed') return '#8a5a00';
  return '#0b4f8a';
}
