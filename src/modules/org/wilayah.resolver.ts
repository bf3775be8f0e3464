/**
 * Where a point lies: pure geometry, no database. Points are {lat, lon}; GeoJSON positions are
 * [lon, lat], so the conversion happens here and nowhere else.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { GeoJsonGeometry } from './org.tables.js';

export interface LatLon {
  lat: number;
  lon: number;
}

export interface Bbox {
  minLat: number;
  minLon: number;
  maxLat: number;
  maxLon: number;
}

/** The mean Earth radius (IUGG), in metres. */
const EARTH_RADIUS_M = 6_371_008.8;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres (haversine). */
export function distanceMetres(a: LatLon, b: LatLon): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The centre nearest to the point, with its distance; null when there are no centres. */
export function nearestCentre<T extends LatLon>(point: LatLon, centres: readonly T[]): { centre: T; metres: number } | null {
  let best: { centre: T; metres: number } | null = null;
  for (const centre of centres) {
    const metres = distanceMetres(point, centre);
    if (!best || metres < best.metres) best = { centre, metres };
  }
  return best;
}

/** Whether the point lies inside (or on the edge of) a Polygon or MultiPolygon, holes excluded. */
export function pointInBoundary(point: LatLon, geometry: GeoJsonGeometry): boolean {
  return booleanPointInPolygon([point.lon, point.lat], geometry as Parameters<typeof booleanPointInPolygon>[1]);
}

/** Whether the point lies inside the box, edges included. */
export function insideBbox(point: LatLon, bbox: Bbox): boolean {
  return point.lat >= bbox.minLat && point.lat <= bbox.maxLat && point.lon >= bbox.minLon && point.lon <= bbox.maxLon;
}
