import { describe, expect, it } from 'vitest';
import type { GeoJsonGeometry } from './org.tables.js';
import { KECAMATAN } from './reference-data.js';
import { distanceMetres, insideBbox, nearestCentre, pointInBoundary } from './wilayah.resolver.js';

const centres = KECAMATAN.map((k) => ({ name: k.name, lat: k.centre.lat, lon: k.centre.lon }));
const malang = { minLat: -8.05, minLon: 112.57, maxLat: -7.9, maxLon: 112.7 };

/** A closed square ring in GeoJSON order ([lon, lat]) around a point given as lat, lon. */
function square(lat: number, lon: number, half: number): number[][] {
  return [
    [lon - half, lat - half],
    [lon + half, lat - half],
    [lon + half, lat + half],
    [lon - half, lat + half],
    [lon - half, lat - half],
  ];
}

describe('distanceMetres', () => {
  it('measures one degree of latitude as about 111.2 km', () => {
    expect(distanceMetres({ lat: -8, lon: 112.6 }, { lat: -7, lon: 112.6 })).toBeCloseTo(111_195, -1);
  });

  it('shrinks a degree of longitude away from the equator', () => {
    const atEquator = distanceMetres({ lat: 0, lon: 112 }, { lat: 0, lon: 113 });
    const atSixty = distanceMetres({ lat: 60, lon: 112 }, { lat: 60, lon: 113 });
    expect(atSixty / atEquator).toBeCloseTo(0.5, 2);
  });
});

describe('nearestCentre', () => {
  it('places the alun-alun (-7.9826, 112.6308) in Klojen, about half a kilometre from its centre', () => {
    const nearest = nearestCentre({ lat: -7.9826, lon: 112.6308 }, centres);
    expect(nearest?.centre.name).toBe('Klojen');
    expect(nearest?.metres).toBeGreaterThan(400);
    expect(nearest?.metres).toBeLessThan(600);
  });

  it('places a point in the north-east of the city in Blimbing and one in the south-west in Sukun', () => {
    expect(nearestCentre({ lat: -7.935, lon: 112.66 }, centres)?.centre.name).toBe('Blimbing');
    expect(nearestCentre({ lat: -8.01, lon: 112.6 }, centres)?.centre.name).toBe('Sukun');
  });

  it('gives nothing when there are no centres', () => {
    expect(nearestCentre({ lat: -7.98, lon: 112.63 }, [])).toBeNull();
  });
});

describe('pointInBoundary', () => {
  const kauman: GeoJsonGeometry = { type: 'Polygon', coordinates: [square(-7.984, 112.626, 0.003)] };

  it('finds a point inside a polygon and not one outside it', () => {
    expect(pointInBoundary({ lat: -7.984, lon: 112.626 }, kauman)).toBe(true);
    expect(pointInBoundary({ lat: -7.97, lon: 112.626 }, kauman)).toBe(false);
  });

  it('reads GeoJSON positions as [lon, lat], so a polygon written [lat, lon] holds nothing in the city', () => {
    const swapped: GeoJsonGeometry = { type: 'Polygon', coordinates: [square(-7.984, 112.626, 0.003).map(([lon, lat]) => [lat, lon])] };
    expect(pointInBoundary({ lat: -7.984, lon: 112.626 }, swapped)).toBe(false);
  });

  it('leaves out a hole in a polygon', () => {
    const withHole: GeoJsonGeometry = { type: 'Polygon', coordinates: [square(-7.984, 112.626, 0.01), square(-7.984, 112.626, 0.002)] };
    expect(pointInBoundary({ lat: -7.984, lon: 112.626 }, withHole)).toBe(false);
    expect(pointInBoundary({ lat: -7.984, lon: 112.633 }, withHole)).toBe(true);
  });

  it('finds a point in any part of a MultiPolygon', () => {
    const twoParts: GeoJsonGeometry = { type: 'MultiPolygon', coordinates: [[square(-7.984, 112.626, 0.002)], [square(-7.95, 112.65, 0.002)]] };
    expect(pointInBoundary({ lat: -7.95, lon: 112.65 }, twoParts)).toBe(true);
    expect(pointInBoundary({ lat: -7.967, lon: 112.638 }, twoParts)).toBe(false);
  });
});

describe('insideBbox', () => {
  it('accepts the alun-alun and the box edges, and refuses Kota Batu and a point with lat and lon swapped', () => {
    expect(insideBbox({ lat: -7.9826, lon: 112.6308 }, malang)).toBe(true);
    expect(insideBbox({ lat: -8.05, lon: 112.7 }, malang)).toBe(true);
    expect(insideBbox({ lat: -7.87, lon: 112.52 }, malang)).toBe(false);
    expect(insideBbox({ lat: 112.6308, lon: -7.9826 }, malang)).toBe(false);
  });
});
