/** "Gunakan lokasi saya": the device's position once, with a reason in words when there is none. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LatLon } from './photos';

export type GeoProblem = 'unsupported' | 'denied' | 'unavailable' | 'timeout';

export type GeoState = { status: 'idle' } | { status: 'locating' } | { status: 'found'; accuracy: number } | { status: 'failed'; problem: GeoProblem };

export function useGeolocation(onFound: (point: LatLon) => void) {
  const [state, setState] = useState<GeoState>({ status: 'idle' });
  const onFoundRef = useRef(onFound);
  onFoundRef.current = onFound;
  // A late answer after the step was left must not move a pin nobody is looking at.
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) {
      setState({ status: 'failed', problem: 'unsupported' });
      return;
    }
    setState({ status: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        if (!alive.current) return;
        setState({ status: 'found', accuracy: position.coords.accuracy });
        onFoundRef.current({ lat: position.coords.latitude, lon: position.coords.longitude });
      },
      (error) => {
        if (!alive.current) return;
        const problem: GeoProblem = error.code === error.PERMISSION_DENIED ? 'denied' : error.code === error.TIMEOUT ? 'timeout' : 'unavailable';
        setState({ status: 'failed', problem });
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  }, []);

  return { state, locate };
}
