/**
 * Errors that services throw. An AppError carries a stable code, a kind that says what went wrong
 * in terms of the domain (not HTTP), and a message a person can act on in both languages.
 */
export type ErrorKind =
  | 'invalid' // the input breaks a rule
  | 'unauthenticated' // who you are is not known
  | 'forbidden' // known, but not allowed
  | 'not_found'
  | 'conflict' // the record's current state does not allow it
  | 'unprocessable' // well-formed, but cannot be acted on (e.g. a place outside the city)
  | 'too_many' // a rate limit or lockout
  | 'unavailable'; // a dependency is down

export interface LocalizedText {
  id: string;
  en: string;
}

export interface FieldProblem {
  field: string;
  message: LocalizedText;
}

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    readonly text: LocalizedText,
    readonly details: {
      fields?: FieldProblem[];
      retryAfterSeconds?: number;
      [key: string]: unknown;
    } = {},
  ) {
    super(text.en);
    this.name = 'AppError';
  }
}

export const commonErrors = {
  unauthenticated: () =>
    new AppError('auth.required', 'unauthenticated', {
      id: 'Silakan masuk terlebih dahulu.',
      en: 'Please sign in first.',
    }),
  forbidden: () =>
    new AppError('auth.forbidden', 'forbidden', {
      id: 'Anda tidak memiliki izin untuk tindakan ini.',
      en: 'You do not have permission to do this.',
    }),
  notFound: (what: LocalizedText) =>
    new AppError('not_found', 'not_found', {
      id: `${what.id} tidak ditemukan.`,
      en: `${what.en} was not found.`,
    }),
};
