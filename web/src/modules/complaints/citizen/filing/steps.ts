/**
 * The wizard's steps, what each one checks before going on, and which step a server complaint
 * about a field belongs to (so a 4xx after sending lands the citizen where the fix is).
 */
import type { TFunction } from 'i18next';
import { ApiError } from '../../../../api/problem';
import type { Draft } from './draft';
import { megabytes, photoLimits, tooManyPixels } from './photos';

export const STEPS = ['kind', 'place', 'details', 'contact'] as const;
export type StepName = (typeof STEPS)[number];

export type FieldName = 'category' | 'kind' | 'location' | 'address' | 'description' | 'photos' | 'name' | 'email' | 'phone' | 'privacy';
export type FieldErrors = Partial<Record<FieldName, string>>;

const STEP_OF_FIELD: Record<FieldName, number> = {
  kind: 0,
  category: 0,
  location: 1,
  address: 1,
  description: 2,
  photos: 2,
  name: 3,
  email: 3,
  phone: 3,
  privacy: 3,
};

export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 4000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+0-9 ()-]*$/;

export interface StepContext {
  /** The QR place is in use and was found. */
  qrPlaceReady: boolean;
  /** The server's message when the pin lies outside the city (422 from wilayah/resolve). */
  outsideCity: string | null;
}

/** The problems on one step, worded for the citizen; empty when the step may be left. */
export function checkStep(step: number, draft: Draft, ctx: StepContext, t: TFunction<'filing'>): FieldErrors {
  const errors: FieldErrors = {};
  if (step === 0 && !draft.category) errors.category = t('errors.categoryRequired');
  if (step === 1) {
    const photoGps = draft.photos.some((p) => p.gps);
    if (ctx.qrPlaceReady && draft.useQrPlace) {
      // the poster's place is enough
    } else if (draft.pin && ctx.outsideCity) errors.location = ctx.outsideCity;
    else if (!draft.pin && !draft.address.trim() && !photoGps) errors.location = t('errors.locationRequired');
    if (draft.address.length > 500) errors.address = t('errors.addressTooLong', { max: 500 });
  }
  if (step === 2) {
    const length = draft.description.trim().length;
    if (length < DESCRIPTION_MIN) errors.description = t('errors.descriptionShort', { min: DESCRIPTION_MIN });
    else if (draft.description.length > DESCRIPTION_MAX) errors.description = t('errors.descriptionLong', { max: DESCRIPTION_MAX });
    const big = draft.photos.find((p) => p.file.size > photoLimits.bytes || tooManyPixels(p));
    if (draft.photos.length > photoLimits.files) errors.photos = t('photos.tooMany', { max: photoLimits.files });
    else if (big) errors.photos = t('errors.photoTooBig', { name: big.file.name, limit: megabytes(photoLimits.bytes) });
  }
  if (step === 3) {
    if (draft.name.length > 200) errors.name = t('errors.nameTooLong', { max: 200 });
    if (draft.email.trim() && !EMAIL.test(draft.email.trim())) errors.email = t('errors.emailInvalid');
    if (draft.phone.trim() && (!PHONE.test(draft.phone.trim()) || draft.phone.trim().length > 30)) errors.phone = t('errors.phoneInvalid');
  }
  return errors;
}

/** Where a refusal from the server belongs: the step and the fields it names. */
export function placeServerError(error: unknown): { step: number; fields: FieldErrors } {
  if (!(error instanceof ApiError)) return { step: 3, fields: {} };
  const code = error.problem.code ?? '';
  const fields: FieldErrors = {};
  for (const { field, message } of error.problem.errors ?? []) {
    const head = field.split(/[./]/)[0];
    const name: FieldName | undefined = head === 'reporter' ? (field.split(/[./]/)[1] as FieldName) : head in STEP_OF_FIELD ? (head as FieldName) : undefined;
    if (name && name in STEP_OF_FIELD && !fields[name]) fields[name] = message;
  }
  if (code.startsWith('photo.')) fields.photos ??= error.message;
  if (code === 'wilayah.outside_city') fields.location ??= error.message;
  const steps = (Object.keys(fields) as FieldName[]).map((f) => STEP_OF_FIELD[f]);
  return { step: steps.length > 0 ? Math.min(...steps) : 3, fields };
}
