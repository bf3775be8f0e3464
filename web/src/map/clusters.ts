/**
 * Thousands of complaints on one map: points are grouped into clusters per zoom level
 * (supercluster, in the browser), so the map draws a few dozen markers, never thousands. Load this
 * module lazily, like LeafletMap: it carries supercluster and the Leaflet marker code.
 *
 * Every marker is a real control: Leaflet makes it focusable with role="button", and here it gets
 * an aria-label, Enter and Space. A cluster zooms in (or, when its points share one spot, lists
 * them); a complaint opens its popup, and the popup takes the focus and gives it back on Escape.
 */
import { type DivIcon, divIcon, type LayerGroup, type LeafletKeyboardEvent, type Map as LeafletMap, layerGroup, type Marker, marker, popup } from 'leaflet';
import Supercluster, { type AnyProps, type ClusterFeature, type PointFeature } from 'supercluster';
import { pinIcon, statusColour } from './icons';

export interface MapPoint {
  trackingNo: string;
  status: string;
  statusLabel: string;
  category: string;
  lat: number;
  lon: number;
}

export type ClusterIndex = Supercluster<MapPoint, AnyProps>;

/** Clusters down to the last zoom level the tiles have, so points on one spot never overlap unseen. */
const MAX_CLUSTER_ZOOM = 19;

export function clusterIndex(points: MapPoint[]): ClusterIndex {
  const index = new Supercluster<MapPoint, AnyProps>({ radius: 60, maxZoom: MAX_CLUSTER_ZOOM });
  index.load(points.map((p) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: p })));
  return index;
}

/** Words and popups come from the page, in the reader's language; this module only draws. */
export interface ClusterLayerOptions {
  formatCount: (count: number) => string;
  clusterLabel: (count: number) => string;
  pointLabel: (point: MapPoint) => string;
  pointPopup: (point: MapPoint) => HTMLElement;
  /** Points that share one spot, listed when zooming in cannot part them (at most `shown` of `total`). */
  spotPopup: (points: MapPoint[], total: number) => HTMLElement;
  closeLabel: string;
}

export interface ClusterLayer {
  setPoints: (points: MapPoint[]) => void;
  remove: () => void;
}

const SPOT_LIST_LIMIT = 50;
const isActivation = (e: LeafletKeyboardEvent) => e.originalEvent.key === 'Enter' || e.originalEvent.key === ' ';

export function createClusterLayer(map: LeafletMap, options: ClusterLayerOptions): ClusterLayer {
  let index = clusterIndex([]);
  let generation = 0;
  const group: LayerGroup = layerGroup().addTo(map);
  const shown = new Map<string, Marker>();
  const pins = new Map<string, DivIcon>();

  const pinFor = (status: string) => {
    const colour = statusColour(status);
    const known = pins.get(colour);
    if (known) return known;
    const icon = pinIcon(colour);
    pins.set(colour, icon);
    return icon;
  };

  /** Focus into a popup when it opens, and back to the marker that opened it when Escape closes it. */
  function focusPopup(element: HTMLElement | undefined, owner: Marker) {
    if (!element) return;
    element.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', options.closeLabel);
    element.querySelector<HTMLElement>('a:not(.leaflet-popup-close-button), button')?.focus();
    element.onkeydown = (event) => {
      if (event.key !== 'Escape') return;
      map.closePopup();
      owner.getElement()?.focus();
    };
  }

  function label(item: Marker, text: string) {
    item.getElement()?.setAttribute('aria-label', text);
  }

  function clusterMarker(feature: ClusterFeature<AnyProps>): Marker {
    const [lon, lat] = feature.geometry.coordinates;
    const { cluster_id: id, point_count: count } = feature.properties;
    const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
    const diameter = { small: 36, medium: 42, large: 50 }[size];
    const item = marker([lat, lon], {
      icon: divIcon({ html: `<span>${options.formatCount(count)}</span>`, className: `cluster-icon cluster-${size}`, iconSize: [diameter, diameter] }),
      riseOnHover: true,
    });
    const open = () => {
      const expansion = index.getClusterExpansionZoom(id);
      if (expansion <= map.getMaxZoom() && map.getZoom() < MAX_CLUSTER_ZOOM) {
        map.setView([lat, lon], expansion);
        // The cluster's marker is gone after the zoom; the map keeps the keyboard where it was.
        map.getContainer().focus();
        return;
      }
      const leaves = index.getLeaves(id, SPOT_LIST_LIMIT).map((leaf) => leaf.properties);
      const list = popup({ maxHeight: 260 }).setLatLng([lat, lon]).setContent(options.spotPopup(leaves, count)).openOn(map);
      focusPopup(list.getElement(), item);
    };
    item.on('click', open);
    item.on('keydown', (e) => {
      if (!isActivation(e as LeafletKeyboardEvent)) return;
      (e as LeafletKeyboardEvent).originalEvent.preventDefault();
      open();
    });
    item.on('add', () => label(item, options.clusterLabel(count)));
    return item;
  }

  function pointMarker(feature: PointFeature<MapPoint>): Marker {
    const point = feature.properties;
    const item = marker([point.lat, point.lon], { icon: pinFor(point.status), riseOnHover: true });
    // Leaflet opens a bound popup on click and on Enter; Space is added for a role="button".
    item.bindPopup(() => options.pointPopup(point));
    item.on('keydown', (e) => {
      if ((e as LeafletKeyboardEvent).originalEvent.key !== ' ') return;
      (e as LeafletKeyboardEvent).originalEvent.preventDefault();
      item.openPopup();
    });
    item.on('popupopen', () => focusPopup(item.getPopup()?.getElement(), item));
    item.on('add', () => label(item, options.pointLabel(point)));
    return item;
  }

  /**
   * Draws what the current view needs. Markers already drawn stay as they are (a focused marker
   * keeps its focus, an open popup stays open); only those that changed are swapped.
   */
  function render() {
    const bounds = map.getBounds().pad(0.25);
    const zoom = Math.round(map.getZoom());
    const features = index.getClusters([bounds.getWest(), Math.max(bounds.getSouth(), -85), bounds.getEast(), Math.min(bounds.getNorth(), 85)], zoom);
    const wanted = new Map<string, ClusterFeature<AnyProps> | PointFeature<MapPoint>>();
    for (const feature of features) {
      const props = feature.properties as Partial<ClusterFeature<AnyProps>['properties']> & Partial<MapPoint>;
      wanted.set(props.cluster ? `c:${generation}:${props.cluster_id}` : `p:${props.trackingNo}:${props.status}`, feature);
    }
    for (const [key, item] of shown) {
      if (wanted.has(key)) continue;
      group.removeLayer(item);
      shown.delete(key);
    }
    for (const [key, feature] of wanted) {
      if (shown.has(key)) continue;
      const item =
        'cluster' in feature.properties && feature.properties.cluster
          ? clusterMarker(feature as ClusterFeature<AnyProps>)
          : pointMarker(feature as PointFeature<MapPoint>);
      group.addLayer(item);
      shown.set(key, item);
    }
  }

  map.on('moveend', render);
  return {
    setPoints(points) {
      index = clusterIndex(points);
      generation += 1;
      render();
    },
    remove() {
      map.off('moveend', render);
      group.remove();
      shown.clear();
    },
  };
}
