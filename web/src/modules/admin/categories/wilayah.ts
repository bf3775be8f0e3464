/** Kecamatan and kelurahan by id, to name a rule's place and to know which kind a chosen id is. */
import { useMemo } from 'react';
import { useWilayah } from '../../complaints/shared/hooks';

export interface Place {
  name: string;
  kind: 'kecamatan' | 'kelurahan';
  /** The kecamatan a kelurahan lies in. */
  kecamatanId: string;
}

export function usePlaces(): Map<string, Place> {
  const wilayah = useWilayah();
  return useMemo(() => {
    const places = new Map<string, Place>();
    for (const kec of wilayah.data ?? []) {
      places.set(kec.id, { name: kec.name, kind: 'kecamatan', kecamatanId: kec.id });
      for (const kel of kec.kelurahan) places.set(kel.id, { name: kel.name, kind: 'kelurahan', kecamatanId: kec.id });
    }
    return places;
  }, [wilayah.data]);
}
