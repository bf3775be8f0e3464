/**
 * Browser tests drive the built product: build it first when the sources are newer.
 * E2E_SKIP_BUILD=1 runs them against dist/ as it is (while someone else is editing web/, say).
 */
import { buildIfStale } from '../scripts/build-if-stale.mjs';

export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD !== '1') buildIfStale();
}
