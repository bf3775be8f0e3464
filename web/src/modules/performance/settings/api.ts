/** Saving the city's settings (score.routes.ts); reading them is shared/api.ts's useSettings. */
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { Settings } from '../shared/types';
import { useRefresh } from '../shared/useRefresh';

export function useSaveSettings() {
  const refresh = useRefresh();
  return useMutation({
    // The API replaces all three parts at once; updatedAt is the server's to set.
    mutationFn: ({ bands, weights, rules }: Omit<Settings, 'updatedAt'>) => api.put<Settings>('/api/performance/settings', { bands, weights, rules }),
    onSuccess: () => refresh(),
  });
}
