/**
 * After any change in the module, every performance query is read again: one answer moves an
 * offer, a report, the scores and the findings together, and the lists are small.
 */
import { useQueryClient } from '@tanstack/react-query';
import { PERFORMANCE_KEY } from './api';

export function useRefresh(): () => Promise<void> {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: PERFORMANCE_KEY });
}
