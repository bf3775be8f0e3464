/**
 * Runs one import at a time and follows it. Leaving the page stops reading, not the import: the
 * server carries on, and running the same import again skips what it finished.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { OPENDATA_KEY } from '../shared/api';
import { IDLE, importReducer } from './importState';
import { readImport, sendImport } from './importStream';

export function useImport() {
  const [state, dispatch] = useReducer(importReducer, IDLE);
  const client = useQueryClient();
  const current = useRef<AbortController | null>(null);

  useEffect(() => () => current.current?.abort(), []);

  const run = useCallback(
    async (files: File[], publish: boolean) => {
      current.current?.abort();
      const controller = new AbortController();
      current.current = controller;
      dispatch({ type: 'start' });
      let response: Response;
      try {
        response = await sendImport(files, publish, controller.signal);
      } catch (error) {
        if (!controller.signal.aborted) dispatch({ type: 'refused', error });
        return;
      }
      try {
        await readImport(response, (event) => dispatch({ type: 'event', event }));
      } catch {
        // A broken connection or a garbled line: what arrived stays shown, and the page says how to finish.
      }
      if (controller.signal.aborted) return;
      dispatch({ type: 'cut' });
      // The queue, the catalogue and the producers' lists all have new datasets now.
      void client.invalidateQueries({ queryKey: OPENDATA_KEY });
    },
    [client],
  );

  return { state, run };
}
