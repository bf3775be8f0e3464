import { ApiError } from '../../../../../api/problem';

/** The message for one field: the form's own check first, then what the server said about it. */
export function fieldError(local: string | null, error: unknown, field: string): string | undefined {
  return local ?? (error instanceof ApiError ? error.fieldMessage(field) : undefined);
}
