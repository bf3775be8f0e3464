import type { Draft, DraftApi } from './draft';
import type { FieldErrors } from './steps';

/** What every step gets from the page: the draft, a way to change it, and the problems to show. */
export interface StepProps {
  draft: Draft;
  update: DraftApi['update'];
  errors: FieldErrors;
}
