import type { App } from '../../src/app';
import { awaitHandled } from '../../src/conversation/await-handled';
import { startTestApp } from '../support/test-app';
import { artifact, chromiumPresent, launchBrowser } from './browser';

const ADMIN_TOKEN = 'browser-test-admin-token-0123456789';
const run = chromiumPresent() ? describe : describe.skip;

/** Conversations to chart: resolved by the AI and rated, escalated, and open, in three markets and two channels. */
async function seedConversations(app: App): Promise<void> {
  const { pipeline, inbox, signals } = app.context;
  let counter = 0;
  const say = async (channel: 'sms' | 'whatsapp', address: string, market: string, text: string) => {
    const { item } = await pipeline.accept({
      channel,
      providerMessageId: `seed-${++counter}`,
      from: { kind: channel === 'sms' ? 'phone' : 'whatsapp', value: address, verified: true },
      text,
      sentAt: Date.now(),
      reference: { channel, customerAddress: address, businessAddress: 'support' },
      threadKey: `${channel}:${address}`,
      hints: { market },
    });
    await awaitHandled(item.id, inbox, signals, 5000, 20);
  };
  await say('sms', '+447700900001', 'GB', 'thanks');
  await say('sms', '+447700900001', 'GB', '5');
  await say('sms', '+447700900002', 'GB', 'I want to talk to a person');
  await say('whatsapp', '+4915100000003', 'DE', 'danke');
  await say('whatsapp', '+4915100000003', 'DE', '4');
  await say('sms', '+33600000004', 'FR', 'bonjour');
}

run('admin console in Chromium', () => {
  jest.setTimeout(90_000);

  test('log in, change a market greeting, see the dashboard with data, on a laptop and a tablet', async () => {
    const app = await startTestApp({ environment: { ADMIN_TOKEN } });
    const baseUrl = await app.start();
    await seedConversations(app);
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${baseUrl}/admin`);
      await page.locator('#token').fill('wrong-token');
      await page.locator('#login-button').click();
      await page.locator('#login-error', { hasText: 'not valid' }).waitFor();
      await page.locator('#token').fill(ADMIN_TOKEN);
      await page.locator('#login-button').click();
      await page.locator('#who-name', { hasText: 'ADMIN_TOKEN · admin' }).waitFor();

      // Dashboard with data: KPIs from the seeded conversations, charts drawn as SVG.
      await page.locator('[data-kpi="volume"] .kpi-value', { hasText: '4' }).waitFor();
      await page.locator('#charts svg .bar').last().waitFor();
      expect(await page.locator('#charts svg').count()).toBe(4);
      expect(await page.locator('[data-kpi="ai"] .kpi-value').textContent()).toBe('50 %');
      expect(await page.locator('[data-kpi="csat"] .kpi-value').textContent()).toBe('4.50 / 5');
      expect(await page.locator('[data-kpi="escalation"] .kpi-value').textContent()).toBe('25 %');
      expect(await page.locator('table[data-table="market"] tbody tr').count()).toBe(3);
      await page.screenshot({ path: artifact('admin-dashboard.png'), fullPage: true });

      // Change the German greeting; the next German customer gets it.
      await page.locator('#nav a[href="#/markets"]').click();
      await page.locator('#market-list tr[data-code="DE"]').click();
      await page.locator('#greeting-de-DE').fill('Willkommen im Testshop! Womit kann ich helfen?');
      await page.locator('#market-save').click();
      await page.locator('#toast', { hasText: 'Saved DE (revision 2)' }).waitFor();
      await page.screenshot({ path: artifact('admin-market-editor.png'), fullPage: true });
      expect(app.context.markets.resolve('DE').texts['de-DE']?.greeting).toBe('Willkommen im Testshop! Womit kann ich helfen?');

      // An invalid value is refused with the field named, and nothing changes.
      await page.locator('#market-retentionDays').fill('5');
      await page.locator('#market-save').click();
      await page.locator('#market-error', { hasText: 'retentionDays' }).waitFor();

      // The conversation list and a transcript, taken over from the console.
      await page.locator('#nav a[href="#/conversations"]').click();
      await page.locator('#conversations-state').selectOption('waiting_for_agent');
      await page.locator('#conversation-list tbody tr.clickable').first().click();
      await page.locator('#transcript li', { hasText: 'I want to talk to a person' }).waitFor();
      await page.locator('#take-over').click();
      await page.locator('#conversation-state', { hasText: 'agent' }).waitFor();
      await page.locator('#agent-reply').fill('Hi, this is Sam from the support team.');
      await page.locator('form.reply button[type="submit"]').click();
      await page.locator('#transcript li', { hasText: 'Hi, this is Sam' }).waitFor();
      await page.screenshot({ path: artifact('admin-conversation.png'), fullPage: true });

      // A tablet in portrait: the dashboard still renders, charts fit the width.
      await page.setViewportSize({ width: 768, height: 1024 });
      await page.locator('#nav a[href="#/dashboard"]').click();
      await page.locator('#charts svg .bar').last().waitFor();
      // Runs in the page: written as a string so the test's TypeScript needs no DOM types.
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: artifact('admin-dashboard-tablet.png'), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await app.dispose();
    }
  });
});
