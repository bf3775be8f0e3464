/**
 * Catches every Content-Security-Policy refusal in a browser context: the page's own
 * `securitypolicyviolation` events, and Chromium's console errors about the policy (which also
 * cover refusals the page cannot see, such as a blocked frame).
 */
import type { BrowserContext, Page } from 'playwright-core';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Records violations in every document the context opens; call before opening pages. */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  // Injected through the DevTools protocol, so the policy under test does not block it.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.effectiveDirective} refused ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
}

/** Console errors that mention the policy, collected for as long as the page lives. */
export function cspConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content[ -]Security[ -]Policy|Refused to (load|execute|apply|frame|connect|create)/i.test(message.text())) {
      errors.push(`${page.url()}: ${message.text()}`);
    }
  });
  return errors;
}

/** The violations the current document has recorded so far. */
export async function cspViolations(page: Page): Promise<string[]> {
  const seen = await page.evaluate(() => window.__cspViolations ?? []);
  return seen.map((v) => `${page.url()}: ${v}`);
}
