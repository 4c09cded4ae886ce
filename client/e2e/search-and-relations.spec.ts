import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { Rest } from './support/rest';

/** Search with saved searches, and the zoom's links, watchers and merge, against the real stack. */
test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;
let first: { id: number; ticketNumber: string };
let second: { id: number; ticketNumber: string };
const marker = `Zebra${Date.now()}`;

test.beforeAll(async ({ browser }) => {
  const admin = await Rest.admin();
  await admin.call('PUT', '/api/v1/me/preferences/language', 'en');
  const raw = await admin.queueId('Raw');
  first = await admin.createTicket(`${marker} keyboard broken`, raw);
  second = await admin.createTicket(`${marker} keyboard still broken`, raw);
  context = await browser.newContext({ baseURL: process.env.E2E_BASE_URL });
  page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Login').fill('root@localhost');
  await page.getByLabel('Password').fill(process.env.E2E_ADMIN_PASSWORD!);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
});

test.afterAll(async () => {
  await context.close();
});

test('searches from the keyboard and keeps a saved search in the preferences', async () => {
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search tickets' })).toBeFocused();
  await page.keyboard.type(marker);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/agent/search\\?q=${marker}`));
  await expect(page.getByRole('status').filter({ hasText: 'tickets found' })).toHaveText('2 tickets found');
  await page.getByPlaceholder('Name for this search').fill('Zebra tickets');
  await page.getByRole('button', { name: 'Save search' }).click();
  await expect(page.getByRole('link', { name: 'Zebra tickets' })).toBeVisible();
  const prefs = await (await Rest.admin()).call<Record<string, unknown>>('GET', '/api/v1/me/preferences');
  expect(prefs.savedSearches).toEqual([{ name: 'Zebra tickets', query: `q=${marker}` }]);
  await page.goto('/agent/search');
  await page.getByRole('link', { name: 'Zebra tickets' }).click();
  await expect(page.getByRole('link', { name: first.ticketNumber })).toBeVisible();
});

test('links, watches and merges from the zoom', async () => {
  await page.goto(`/agent/tickets/${first.id}`);
  await page.getByRole('tab', { name: 'Links, watchers, merge' }).click();
  await page.getByLabel('Link to ticket#').fill(second.ticketNumber);
  await page.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(page.getByRole('link', { name: second.ticketNumber })).toBeVisible();
  await page.getByRole('button', { name: 'Watch' }).click();
  await expect(page.getByRole('button', { name: 'Stop watching' })).toBeVisible();
  await page.getByLabel('Merge into ticket#').fill(second.ticketNumber);
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page.locator('[data-field="state"]')).toHaveText('merged');
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page.getByRole('table', { name: 'History' })).toContainText('Merged');
});

test('creates an e-mail ticket to a customer picked from the autocomplete', async () => {
  await page.goto('/agent/tickets/new?kind=email');
  await expect(page.getByRole('heading', { name: 'New e-mail ticket', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Customer user' }).fill('muster');
  await expect(page.getByRole('option', { name: /max@example\.com/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Customer user' })).toHaveValue('max.mustermann');
  await page.getByLabel('Queue').selectOption({ label: 'Misc' });
  await page.getByLabel('Title').fill(`${marker} new monitor`);
  await page.getByRole('textbox', { name: 'Text' }).click();
  await page.keyboard.type('Your new monitor ships on Monday.');
  await page.getByRole('button', { name: 'Send e-mail ticket' }).click();
  await expect(page).toHaveURL(/\/agent\/tickets\/\d+$/);
  await expect(page.getByRole('article', { name: `${marker} new monitor` })).toContainText('E-mail out');
  await expect(page.locator('[data-field="queue"]')).toHaveText('Misc');
});
