/**
 * Abuse limits set out of reach, for module tests, browser stories and benchmarks that file and
 * sign in from one address far faster than people do. The limits have tests of their own
 * (rate-limit.test.ts), with low settings. Imports nothing, so e2e and bench can use it.
 */
export const UNLIMITED_ENV = {
  RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE: '1000000',
  RATE_LIMIT_LOGINS_PER_MINUTE: '1000000',
  COMPLAINTS_PER_REPORTER_PER_HOUR: '1000000',
} as const;
