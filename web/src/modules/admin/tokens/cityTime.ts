/**
 * The instant a city day ends, whatever the zone of the admin's device: a token "valid until the
 * 31st" should stop at midnight in the city (WIB, WITA or WIT), not at the device's midnight.
 */

/** How far the zone's clock is ahead of UTC at an instant, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - instant;
}

/** ISO instant of 23:59:59 on `day` (YYYY-MM-DD) in `timeZone`. Indonesian zones keep no summer time, so one correction is exact. */
export function endOfCityDay(day: string, timeZone: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const asUtc = Date.UTC(y, m - 1, d, 23, 59, 59);
  return new Date(asUtc - zoneOffset(asUtc, timeZone)).toISOString();
}
