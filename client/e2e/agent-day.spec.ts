import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { Rest } from './support/rest';

/** An agent's day in the browser, against the real API and database, in the order a person would do it. */
test.describe.configure({ mode: 'serial' });
test.use({ baseURL: process.env.E2E_BASE_URL });

const shots = '../artifacts/screenshots';
mkdirSync(shots, { recursive: true });

async function expectNoSeriousA11yViolations(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
  expect(serious, `${name} accessibility`).toEqual([]);
}

let page: Page;
let context: BrowserContext;
let rawQueueId: number;
let miscQueueId: number;
let ticketId: number;
const title = `Printer jams on floor 3 ${Date.now()}`;

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext({ baseURL: process.env.E2E_BASE_URL });
  page = await context.newPage();
  const admin = await Rest.admin();
  rawQueueId = await admin.queueId('Raw');
  miscQueueId = await admin.queueId('Misc');
});

test.afterAll(async () => {
  await (await Rest.admin()).call('DELETE', '/api/v1/me/preferences/language');
  await context.close();
});

test('login page asks for credentials and returns to the page asked for', async () => {
  await page.goto(`/agent/queues/${rawQueueId}`);
  await expect(page).toHaveURL(/\/login\?next=/);
  await expectNoSeriousA11yViolations(page, 'login');
  await page.getByLabel('Login').fill('root@localhost');
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toContainText('Login or password is wrong.');
  await page.getByLabel('Password').fill(process.env.E2E_ADMIN_PASSWORD!);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(new RegExp(`/agent/queues/${rawQueueId}$`));
  await expect(page.getByRole('heading', { name: 'Queue: Raw' })).toBeVisible();
});

test('dashboard shows the boxes and per-queue counts', async () => {
  await page.goto('/agent');
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: /New tickets in my queues/ })).toBeVisible();
  const counts = page.getByRole('table', { name: 'Tickets per queue' });
  await expect(counts.getByRole('link', { name: 'Postmaster' })).toBeVisible();
  // Znuny's initial data holds one new ticket ("Welcome to Znuny!") in Raw.
  await expect(counts.getByRole('row', { name: /Raw/ }).getByRole('cell').first()).toHaveText('1');
  // Each box's request succeeded: it lists tickets or says there are none (not an error).
  for (const box of ['My locked tickets', 'Tickets I am responsible for', 'Escalated and soon escalating']) {
    const region = page.getByRole('region', { name: new RegExp(`^${box}`) });
    await expect(region).toContainText(/No tickets\.|Znuny says hi!/);
    await expect(region).not.toContainText('Something went wrong');
  }
  await page.screenshot({ path: `${shots}/dashboard-en.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page, 'dashboard');
});

test('creates a phone ticket', async () => {
  await page.goto('/agent');
  await page.getByRole('link', { name: 'New phone ticket' }).click();
  const customer = page.getByRole('combobox', { name: 'Customer user' });
  await customer.fill('muster');
  await page.getByRole('option', { name: /max@example\.com/ }).click();
  await expect(customer).toHaveValue('max.mustermann');
  await page.getByLabel('Queue').selectOption({ label: 'Raw' });
  await page.getByLabel('Title').fill(title);
  await page.getByRole('textbox', { name: 'Text' }).click();
  await page.keyboard.type('The printer on floor 3 jams on every second page.');
  await page.getByRole('button', { name: 'Create phone ticket' }).click();
  await expect(page).toHaveURL(/\/agent\/tickets\/\d+$/);
  ticketId = Number(page.url().split('/').pop());
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  await expect(page.getByRole('article').first()).toContainText('Phone');
});

test('finds the ticket in the queue view and opens it', async () => {
  await page.goto(`/agent/queues/${rawQueueId}`);
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toBeVisible();
  await page.screenshot({ path: `${shots}/queue-view-en.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page, 'queue view');
  await row.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/agent/tickets/${ticketId}$`));
});

test('adds an internal note from the keyboard', async () => {
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  await page.keyboard.press('n');
  const form = page.getByRole('form', { name: 'Note' });
  await form.getByLabel('Subject').fill('Checked the printer logs');
  await form.getByRole('textbox', { name: 'Text' }).click();
  await page.keyboard.type('Paper tray 2 sensor reports errors.');
  await form.getByLabel('Time units').fill('5');
  await form.getByRole('button', { name: 'Add note' }).click();
  const note = page.getByRole('article', { name: 'Checked the printer logs' });
  await expect(note).toContainText('Internal note');
  await expect(page.locator('[data-field="Time accounted"]')).toHaveText('5');
});

test('sends an external reply with an attachment', async () => {
  await page.keyboard.press('r');
  const form = page.getByRole('form', { name: 'Reply' });
  await form.getByRole('textbox', { name: 'Text' }).click();
  await page.keyboard.type('We ordered a new sensor; a technician comes tomorrow.');
  await form.getByLabel('Attachments').setInputFiles({
    name: 'work-order.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Work order 4711'),
  });
  await expect(form.getByText('work-order.txt')).toBeVisible();
  await form.getByRole('button', { name: 'Send reply' }).click();
  // The server sends it as mail: the subject carries the ticket hook; as the first e-mail of a phone ticket it
  // answers no earlier message, so it has no "Re:" prefix.
  const subject = new RegExp(`^\\[Ticket#\\d+\\] ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const reply = page.getByRole('article', { name: subject });
  await expect(reply).toContainText('E-mail out');
  await expect(reply.getByRole('button', { name: /work-order\.txt/ })).toBeVisible();
  const stored = await (await Rest.admin()).ticket(ticketId);
  const sent = stored.articles.items.find((a) => subject.test(a.subject ?? ''))!;
  expect(sent.channel).toBe('email');
  expect(sent.attachments.map((a) => a.filename)).toContain('work-order.txt');
  await page.screenshot({ path: `${shots}/zoom-en.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page, 'zoom');
});

test('sets pending with a time, then closes', async () => {
  await page.getByRole('button', { name: 'Change State' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change State' });
  await dialog.getByLabel('State').selectOption({ label: 'pending reminder' });
  await dialog.getByLabel('Pending until').fill('2031-03-04T09:30');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-field="state"]')).toHaveText('pending reminder');
  let stored = await (await Rest.admin()).ticket(ticketId);
  expect(new Date(stored.ticket.pendingUntil!).getTime()).toBe(new Date('2031-03-04T09:30').getTime());

  await page.getByRole('button', { name: 'Change State' }).click();
  await page
    .getByRole('dialog', { name: 'Change State' })
    .getByLabel('State')
    .selectOption({ label: 'closed successful' });
  await page.getByRole('dialog', { name: 'Change State' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('[data-field="state"]')).toHaveText('closed successful');
  stored = await (await Rest.admin()).ticket(ticketId);
  expect(stored.ticket.stateType).toBe('closed');
});

test('bulk-moves two tickets to another queue', async () => {
  const admin = await Rest.admin();
  const a = await admin.createTicket(`Bulk A ${Date.now()}`, rawQueueId);
  const b = await admin.createTicket(`Bulk B ${Date.now()}`, rawQueueId);
  await page.goto(`/agent/queues/${rawQueueId}`);
  await page.getByLabel(`Select ticket ${a.ticketNumber}`).check();
  await page.getByLabel(`Select ticket ${b.ticketNumber}`).check();
  const bulk = page.getByRole('form', { name: 'Bulk action' });
  await expect(bulk).toContainText('2 selected');
  await bulk.getByLabel('Action').selectOption('queue');
  await bulk.getByLabel('New value').selectOption({ label: 'Misc' });
  await bulk.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('link', { name: a.ticketNumber })).toBeHidden();
  await expect(page.getByRole('link', { name: b.ticketNumber })).toBeHidden();
  expect((await admin.ticket(a.id)).ticket.queue).toBe('Misc');
  expect((await admin.ticket(b.id)).ticket.queue).toBe('Misc');
  await page.goto(`/agent/queues/${miscQueueId}`);
  await expect(page.getByRole('link', { name: a.ticketNumber })).toBeVisible();
});

test('shows within 2 s a note another agent adds through the API', async () => {
  const admin = await Rest.admin();
  const live = await admin.createTicket(`Live ${Date.now()}`, rawQueueId);
  // The change must arrive through the event stream, not the fallback polling for servers without it.
  const stream = page.waitForResponse((r) => r.url().includes('/api/v1/events'));
  await page.goto(`/agent/tickets/${live.id}`);
  expect((await stream).status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Live');
  const other = await Rest.login(process.env.E2E_AGENT2_LOGIN!, process.env.E2E_AGENT2_PASSWORD!);
  await other.addNote(live.id, 'Second agent was here');
  await expect(page.getByRole('article', { name: 'Second agent was here' })).toBeVisible({ timeout: 2000 });
});

test('switches to Arabic and lays out right to left', async () => {
  await page.goto('/agent');
  await page.getByLabel('Language').first().selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { name: 'لوحة المعلومات', level: 1 })).toBeVisible();
  const nav = await page.getByRole('navigation', { name: 'التنقل الرئيسي' }).boundingBox();
  const brand = await page.getByText('GoTrs', { exact: true }).boundingBox();
  expect(brand!.x).toBeGreaterThan(nav!.x + nav!.width / 2); // the brand sits on the right in RTL
  await page.screenshot({ path: `${shots}/dashboard-ar.png`, fullPage: true });
  await page.goto(`/agent/queues/${rawQueueId}`);
  await expect(page.getByRole('heading', { name: /قائمة الانتظار: Raw/ })).toBeVisible();
  await page.screenshot({ path: `${shots}/queue-view-ar.png`, fullPage: true });
  await page.goto(`/agent/tickets/${ticketId}`);
  await expect(page.getByRole('tab', { name: 'المقالات' })).toBeVisible();
  await page.screenshot({ path: `${shots}/zoom-ar.png`, fullPage: true });
  // The choice is the agent's preference: a fresh page load keeps it.
  await page.evaluate(() => localStorage.removeItem('gotrs.language'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});
