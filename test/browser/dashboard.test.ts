import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-root.js';
import { fullCustomer, lenient, newCpf } from '../credere/credere-fixtures.js';
import { hasChromium, launchChromium, type LaunchedBrowser } from '../helpers/launch-chromium.js';
import { startMock } from '../helpers/start-mock.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type AxeViolation = { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown }> };

/** axe-core's serious and critical violations on the page as it is now. */
async function seriousViolations(tab: Page): Promise<AxeViolation[]> {
  if (!(await tab.evaluate('typeof window.axe'))?.toString().includes('object')) await tab.addScriptTag({ content: axeSource });
  const result = (await tab.evaluate('window.axe.run(document, { resultTypes: ["violations"] })')) as { violations: AxeViolation[] };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const shot = async (tab: Page, view: string) => {
  await tab.evaluate('window.scrollTo(0, 0)');
  await tab.screenshot({ path: join(packageRoot, 'docs', `dashboard-${view}.png`), fullPage: false });
};

describe.skipIf(!hasChromium)('GET /__dashboard in Chromium', async () => {
  const mock = await startMock({ adminToken: 'adm1n', sandboxKeys: [] });
  const credere = (body: unknown) => mock.call('POST', '/credere/api/v1/customers', { headers: { authorization: 'Bearer k' }, body });
  let launched: LaunchedBrowser;
  let tab: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    launched = await launchChromium();
    tab = await launched.browser.newPage({ viewport: { width: 1280, height: 860 } });
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${mock.url}/__dashboard?token=adm1n#scenarios`);
    await tab.waitForSelector('body[data-ready=true]');
  }, 60_000);
  afterAll(async () => launched?.close());

  it('loads a scenario from its form, then shows a customer created over the API in the state view and the journal, live', async () => {
    await tab.getByLabel('employees').fill('2');
    await tab.getByRole('button', { name: 'Load corporate-program' }).click();
    await tab.getByText('Loaded corporate-program into default.').waitFor();
    await shot(tab, 'scenarios');

    await tab.getByRole('tab', { name: 'State' }).click();
    await tab.locator('#state-results').getByText('customer 0000000000000000123').waitFor();
    await tab.locator('#state-results summary', { hasText: 'customer 0000000000000000123' }).click();
    await tab.locator('#state-results summary', { hasText: 'relationship 0000000000000000567' }).click();
    await tab.locator('#state-results summary', { hasText: /^account / }).first().click();
    await shot(tab, 'state');

    await tab.locator('#state-api').selectOption('credere');
    await tab.getByText('Nothing yet.').waitFor();
    const cpf = newCpf();
    expect((await credere({ bank_validations: lenient, customer: { ...fullCustomer(cpf), name: 'Dora Dashboard' } })).status).toBe(200);
    await tab.locator('#state-results summary', { hasText: 'Dora Dashboard' }).waitFor();
    await tab.locator('#state-search').fill(cpf);
    await tab.getByRole('button', { name: 'Search', exact: true }).click();
    await tab.getByText('1 found', { exact: true }).waitFor();
    expect(await tab.locator('#state-results > ul > li > details > summary').allTextContents()).toEqual([expect.stringContaining('Dora Dashboard')]);

    await tab.getByRole('tab', { name: 'Journal' }).click();
    await tab.locator('#journal-list li').first().waitFor();
    const before = await tab.locator('#journal-list li').count();
    expect((await credere({ bank_validations: lenient, customer: { ...fullCustomer(newCpf()), name: 'Eva Live' } })).status).toBe(200);
    await tab.waitForFunction(`document.querySelectorAll('#journal-list li').length > ${before}`);
    const newest = tab.locator('#journal-list li').first();
    expect(await newest.locator('summary').textContent()).toContain('customersCreate');
    await newest.locator('summary').click();
    expect(await newest.textContent()).toContain('Eva Live');
    await shot(tab, 'journal');
    const html = await tab.content();
    expect(html).not.toContain(cpf);
    expect(html).not.toContain(cpf.replace(/\D/g, ''));
    expect(errors).toEqual([]);
  }, 30_000);

  it('creates and deletes a sandbox from its form; the sandbox picker follows', async () => {
    await tab.getByRole('tab', { name: 'Scenarios and sandboxes' }).click();
    await tab.getByLabel('New sandbox name').fill('qa-dash');
    await tab.getByRole('button', { name: 'Create sandbox' }).click();
    await tab.getByRole('button', { name: 'Delete sandbox qa-dash' }).waitFor();
    await tab.locator('#sandbox option[value=qa-dash]').waitFor({ state: 'attached' });
    expect((await mock.call('GET', '/__admin/sandboxes', { headers: { 'x-admin-token': 'adm1n' } })).body.sandboxes.map((s: any) => s.name)).toContain('qa-dash');
    await tab.getByRole('button', { name: 'Delete sandbox qa-dash' }).click();
    await tab.getByText('Sandbox qa-dash deleted.').waitFor();
    expect(mock.sandboxes.names()).not.toContain('qa-dash');
  });

  it('changes faults through their form (the admin API holds what the page saved)', async () => {
    await tab.getByRole('tab', { name: 'Faults' }).click();
    await tab.getByLabel('Error rate (0 to 1)').first().fill('0.25');
    await tab.getByRole('button', { name: 'Add a per-operation rule' }).click();
    await tab.locator('.rule select').first().selectOption('banksList');
    await tab.locator('.rule input[type=number]').first().fill('1');
    await tab.getByRole('button', { name: 'Save faults' }).click();
    await tab.getByText('Faults are active in sandbox default.').waitFor();
    await shot(tab, 'faults');
    const faults = await mock.call('GET', '/__admin/faults', { headers: { 'x-admin-token': 'adm1n' } });
    expect(faults.body.settings).toEqual({ errorRate: 0.25, rules: [{ operationId: 'banksList', errorRate: 1 }] });
    await tab.getByRole('button', { name: 'Clear every fault' }).click();
    await tab.getByText('No fault in sandbox default.').waitFor();
  });

  it('shows each operation with its contract and an example curl, and links to the docs', async () => {
    await tab.getByRole('tab', { name: 'Contracts' }).click();
    expect(await tab.getByRole('link', { name: /interactive API docs/ }).getAttribute('href')).toBe('/__docs?token=adm1n');
    await tab.locator('details[data-operation=customersCreate] summary').click();
    const curl = tab.locator('details[data-operation=customersCreate] pre.curl');
    await curl.waitFor();
    expect(await curl.textContent()).toMatch(new RegExp(`^curl -sS -X POST '${mock.url}/credere/api/v1/customers'`));
    await shot(tab, 'contracts');
  });

  it('moves between views with the keyboard and has no serious or critical axe violation in any view', async () => {
    await tab.getByRole('tab', { name: 'State' }).focus();
    await tab.keyboard.press('ArrowRight');
    expect(await tab.getByRole('tab', { name: 'Journal' }).getAttribute('aria-selected')).toBe('true');
    expect(await tab.locator('#panel-journal').isVisible()).toBe(true);
    await tab.keyboard.press('End');
    expect(await tab.evaluate('document.activeElement.id')).toBe('tab-contracts');
    await tab.keyboard.press('Home');
    expect(await tab.evaluate('location.hash')).toBe('#state');
    await tab.keyboard.press('Tab');
    expect(await tab.evaluate("document.activeElement.closest('[role=tabpanel]')?.id")).toBe('panel-state');
    for (const view of ['State', 'Journal', 'Scenarios and sandboxes', 'Faults', 'Contracts']) {
      await tab.getByRole('tab', { name: view }).click();
      await tab.waitForLoadState('networkidle').catch(() => undefined);
      expect(await seriousViolations(tab), view).toEqual([]);
    }
  }, 30_000);
});
