import { expect, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Rest } from '../e2e/support/rest';

/**
 * Time from navigation to a rendered 25-row queue view, in headless Chromium against the real API and a seeded
 * database. The page records the moment the 25th row enters the DOM (MutationObserver), relative to navigation start.
 */
test.use({ baseURL: process.env.E2E_BASE_URL });
const runs = Number(process.env.BENCH_RUNS ?? 15);
const tickets = Number(process.env.BENCH_TICKETS ?? 200);

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { median: at(0.5), p90: at(0.9), min: s[0]!, max: s.at(-1)! };
};

test('queue view renders 25 rows', async ({ browser }) => {
  test.setTimeout(600_000);
  const admin = await Rest.admin();
  const queueId = await admin.queueId('Misc');
  for (let i = 0; i < tickets; i += 10) {
    await Promise.all(
      Array.from({ length: 10 }, (_, j) => admin.createTicket(`Bench ticket ${i + j}`, queueId)),
    );
  }

  const context = await browser.newContext({ baseURL: process.env.E2E_BASE_URL });
  await context.addInitScript(() => {
    const w = window as unknown as { __rows25?: number };
    new MutationObserver((_, observer) => {
      if (document.querySelectorAll('tbody tr[data-ticket-id]').length >= 25) {
        w.__rows25 = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Login').fill('root@localhost');
  await page.getByLabel('Password').fill(process.env.E2E_ADMIN_PASSWORD!);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/agent$/);

  const measure = async () => {
    await page.goto(`/agent/queues/${queueId}`);
    await page.waitForFunction(() => (window as unknown as { __rows25?: number }).__rows25 !== undefined);
    return page.evaluate(() => (window as unknown as { __rows25: number }).__rows25);
  };
  for (let i = 0; i < 3; i++) await measure();
  const full: number[] = [];
  for (let i = 0; i < runs; i++) full.push(await measure());

  // In-app: from a click on the queue in the dashboard's table to the 25th row, JS already loaded.
  const inApp: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto('/agent');
    const link = page.getByRole('table', { name: 'Tickets per queue' }).getByRole('link', { name: 'Misc' });
    await link.waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { __rows25?: number; __start?: number };
      delete w.__rows25;
      w.__start = performance.now();
      new MutationObserver((_, observer) => {
        if (document.querySelectorAll('tbody tr[data-ticket-id]').length >= 25) {
          w.__rows25 = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await link.click();
    await page.waitForFunction(() => (window as unknown as { __rows25?: number }).__rows25 !== undefined);
    inApp.push(
      await page.evaluate(() => {
        const w = window as unknown as { __rows25: number; __start: number };
        return w.__rows25 - w.__start;
      }),
    );
  }
  await context.close();

  const result = { tickets, runs, fullNavigationMs: stats(full), inAppNavigationMs: stats(inApp) };
  const fmt = (s: ReturnType<typeof stats>) =>
    `median ${s.median.toFixed(0)} ms, p90 ${s.p90.toFixed(0)} ms, min ${s.min.toFixed(0)} ms, max ${s.max.toFixed(0)} ms`;
  console.log(
    `queue view, 25 rows, full page load (bookmark, session restore): ${fmt(result.fullNavigationMs)}`,
  );
  console.log(
    `queue view, 25 rows, in-app navigation:                        ${fmt(result.inAppNavigationMs)}`,
  );
  console.log(
    `queue view target ≤ 300 ms after navigation: ${result.fullNavigationMs.median <= 300 ? 'met' : 'NOT met'} (full load median), ${result.inAppNavigationMs.median <= 300 ? 'met' : 'NOT met'} (in-app median)`,
  );
  mkdirSync('../artifacts/bench', { recursive: true });
  writeFileSync('../artifacts/bench/client-queue-view.json', JSON.stringify(result, null, 2) + '\n');
});
