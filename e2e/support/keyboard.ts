/**
 * Driving a page with the keyboard alone, as someone who cannot use a mouse or a touch screen
 * would: Tab until the wanted control has focus, then type, Space or Enter. No clicks.
 */
import type { Page } from 'playwright-core';

interface Focused {
  name: string;
  role: string;
  tag: string;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { name: '', role: '', tag: '' };
    const labelled = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null;
    const wrapping = el.closest('label')?.textContent;
    const name = el.getAttribute('aria-label') ?? labelled ?? wrapping ?? el.textContent ?? '';
    return { name: name.replace(/\s+/g, ' ').trim(), role: el.getAttribute('role') ?? el.getAttribute('type') ?? '', tag: el.tagName.toLowerCase() };
  });
}

/** Presses Tab (up to `limit` times) until the focused control's name matches; fails if it never does. */
export async function tabTo(page: Page, name: string | RegExp, limit = 80): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name || text.startsWith(name) : name.test(text));
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (matches(now.name)) return;
    seen.push(`${now.tag}:${now.name.slice(0, 40)}`);
  }
  throw new Error(`Tab never reached "${name}"; focus went through: ${seen.join(' | ')}`);
}

/** Tab to a control and press a key on it (Space checks a radio or checkbox, Enter presses a button). */
export async function tabAndPress(page: Page, name: string | RegExp, key: 'Space' | 'Enter' = 'Enter'): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.press(key);
}

/** Tab to a text field and type into it. */
export async function tabAndType(page: Page, name: string | RegExp, text: string): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.type(text);
}

/** Inside a radio group (already focused), arrow down until the wanted option is focused and chosen. */
export async function arrowTo(page: Page, name: string | RegExp, limit = 40): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name || text.startsWith(name) : name.test(text));
  for (let i = 0; i < limit; i++) {
    if (matches((await focused(page)).name)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`ArrowDown never reached "${name}"`);
}
