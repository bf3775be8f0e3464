/** The produsen data a signed-in OPD officer works for: those registered for their OPDs. */
import { useMemo } from 'react';
import { opdIdsOf, useSession } from '../../../auth/session';
import { useProducers } from '../shared/api';

export function useOwnProducers() {
  const session = useSession();
  const producers = useProducers();
  const opdIds = useMemo(() => opdIdsOf(session.data), [session.data]);
  const items = useMemo(
    () => (producers.data ?? []).filter((p) => opdIds.includes(p.opdId)).sort((a, b) => a.title.localeCompare(b.title, 'id')),
    [producers.data, opdIds],
  );
  return { ...producers, items };
}
