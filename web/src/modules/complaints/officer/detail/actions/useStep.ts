/**
 * One workflow step on the open complaint (POST .../{id}/{step}). Afterwards the complaint and
 * every list are read again, also after a 409: someone else moved it, and the page should show
 * where it stands now. The page, not the form, reports the outcome (StepFeedback): the form may be
 * gone once the status has changed, and its message with it.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { api, apiRequest } from '../../../../../api/client';
import { ApiError } from '../../../../../api/problem';
import { STAFF_BASE, type StatusAnswer, staffKeys } from '../../api';

export type StepName = 'verify' | 'redisposition' | 'postpone' | 'reject' | 'accept' | 'start' | 'respond' | 'return' | 'notes';

export interface StepFeedback {
  done: (answer: StatusAnswer, step: StepName) => void;
  /** The complaint was no longer in a status that allows the step (409, the server names the status). */
  conflict: (error: ApiError) => void;
}

export const StepFeedbackContext = createContext<StepFeedback>({ done: () => {}, conflict: () => {} });

const isConflict = (error: unknown): error is ApiError => error instanceof ApiError && error.status === 409;

/** The error a form shows beside its fields: a conflict is shown once, by the page. */
export function inlineError(error: unknown): unknown {
  return isConflict(error) ? null : error;
}

export function useStep(id: string, step: StepName, onSuccess?: () => void) {
  const client = useQueryClient();
  const feedback = useContext(StepFeedbackContext);
  const refresh = () => client.invalidateQueries({ queryKey: staffKeys.all });
  return useMutation({
    mutationFn: (body: Record<string, unknown> | FormData) => {
      const path = `${STAFF_BASE}/${encodeURIComponent(id)}/${step}`;
      return body instanceof FormData ? apiRequest<StatusAnswer>(path, { method: 'POST', body }) : api.post<StatusAnswer>(path, body);
    },
    onSuccess: async (answer) => {
      onSuccess?.();
      await refresh();
      feedback.done(answer, step);
    },
    onError: (error) => {
      if (!isConflict(error)) return;
      feedback.conflict(error);
      void refresh();
    },
  });
}
