/** The citizen's steps in the filing wizard, shared by the browser tests. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const STEP_NEXT = { name: 'Lanjut', exact: true } as const;

export async function chooseCategory(page: Page, kind: string, search: string, category: string): Promise<void> {
  await page.getByRole('radio', { name: kind, exact: true }).check();
  await page.getByLabel('Cari kategori').fill(search);
  await page.getByRole('radio', { name: category }).check();
  await page.getByRole('button', STEP_NEXT).click();
  await expect.poll(() => page.getByRole('heading', { name: 'Lokasi' }).isVisible()).toBe(true);
}

/** The confirmation page's tracking number and private link. */
export async function receipt(page: Page): Promise<{ trackingNo: string; privateLink: string }> {
  await expect.poll(() => page.getByRole('heading', { name: 'Aduan Anda sudah terkirim' }).isVisible(), { timeout: 30_000 }).toBe(true);
  const privateLink = await page.getByLabel('Tautan pribadi Anda').inputValue();
  const trackingNo = /\/lacak\/(SBT-\d{4}-\d+)#kunci=/.exec(privateLink)?.[1];
  if (!trackingNo) throw new Error(`no tracking number in the private link ${privateLink}`);
  return { trackingNo, privateLink };
}
