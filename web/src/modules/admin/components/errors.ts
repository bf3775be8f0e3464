/** The server's message for one field of a failed request, to show beside that field. */
import { ApiError } from '../../../api/problem';

export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldMessage(field) : undefined;
}
