/**
 * GET /api/site: what the web app needs to know about this city before it draws anything: the
 * name, the clock it keeps, the map background, the area a pin may be placed in and the photo limits.
 */
import { Type } from '@sinclair/typebox';
import type { Config } from '../../config.js';
import type { App } from '../module.js';

const SiteInfo = Type.Object({
  cityName: Type.String(),
  timeZone: Type.String({ description: 'IANA zone; times are shown in it (WIB for Asia/Jakarta)' }),
  tileUrl: Type.String({ description: 'Leaflet tile URL template (MAP_TILE_URL)' }),
  tileAttribution: Type.String({ description: 'HTML credit line for the tiles' }),
  bbox: Type.Tuple([Type.Number(), Type.Number(), Type.Number(), Type.Number()], { description: '[minLon, minLat, maxLon, maxLat] (CITY_BBOX)' }),
  defaultLocale: Type.Union([Type.Literal('id'), Type.Literal('en')]),
  uploads: Type.Object(
    { maxFiles: Type.Integer(), maxBytes: Type.Integer() },
    { description: 'Photos per complaint and bytes per photo (UPLOAD_MAX_FILES, UPLOAD_MAX_BYTES), so forms can say so before sending' },
  ),
});

export function registerSiteInfo(app: App, config: Config): void {
  const { minLon, minLat, maxLon, maxLat } = config.cityBbox;
  const answer = {
    cityName: config.cityName,
    timeZone: config.cityTimezone,
    tileUrl: config.map.tileUrl,
    tileAttribution: config.map.tileAttribution,
    bbox: [minLon, minLat, maxLon, maxLat] as [number, number, number, number],
    defaultLocale: config.defaultLocale,
    uploads: { maxFiles: config.uploadMaxFiles, maxBytes: config.uploadMaxBytes },
  };
  app.get(
    '/api/site',
    { schema: { tags: ['platform'], summary: "The city's name, clock, map tiles and bounds, for the web app", response: { 200: SiteInfo } } },
    async () => answer,
  );
}

/** The tile server's origin for the Content-Security-Policy: {s} subdomains become a wildcard. */
export function tileOrigin(tileUrl: string): string {
  const withWildcard = tileUrl.replaceAll('{s}', 'tilesubdomain');
  const origin = new URL(withWildcard.replace(/\{[a-z]+\}/g, '0')).origin;
  return origin.replace('tilesubdomain', '*');
}
