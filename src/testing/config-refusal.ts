import { expect } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';

/** The message a refused configuration gives; fails the test when it is accepted. */
export function configRefusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}
