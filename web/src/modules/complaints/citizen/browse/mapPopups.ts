/**
 * What a marker's popup says, built as DOM nodes (text only, never HTML from the data). Links go
 * through the router, so opening a complaint from the map keeps the app loaded.
 */
import type { TFunction } from 'i18next';
import { formatNumber } from '../../../../i18n/format';
import type { MapPoint } from '../../../../map/clusters';

type Go = (path: string) => void;

function link(text: string, path: string, go: Go): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = path;
  a.textContent = text;
  a.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    go(path);
  });
  return a;
}

function line(text: string, className?: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  if (className) p.className = className;
  return p;
}

export function pointPopup(point: MapPoint, t: TFunction<'citizen'>, go: Go): HTMLElement {
  const box = document.createElement('div');
  box.className = 'map-popup';
  box.append(
    line(point.trackingNo, 'map-popup-title'),
    line(point.category),
    line(t('map.popupStatus', { status: point.statusLabel })),
    link(t('map.popupLink'), `/lacak/${encodeURIComponent(point.trackingNo)}`, go),
  );
  return box;
}

export function spotPopup(points: MapPoint[], total: number, t: TFunction<'citizen'>, go: Go): HTMLElement {
  const box = document.createElement('div');
  box.className = 'map-popup';
  box.append(line(t('map.spotTitle', { count: total, value: formatNumber(total) }), 'map-popup-title'));
  const list = document.createElement('ul');
  for (const point of points) {
    const item = document.createElement('li');
    item.append(
      link(point.trackingNo, `/lacak/${encodeURIComponent(point.trackingNo)}`, go),
      document.createTextNode(` · ${point.category} · ${point.statusLabel}`),
    );
    list.append(item);
  }
  box.append(list);
  if (total > points.length) box.append(line(t('map.spotMore', { count: total - points.length, value: formatNumber(total - points.length) })));
  return box;
}
