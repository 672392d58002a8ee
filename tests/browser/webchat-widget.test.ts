import { startTestApp } from '../support/test-app';
import { artifact, chromiumPresent, launchBrowser } from './browser';

const run = chromiumPresent() ? describe : describe.skip;

run('web chat widget in Chromium', () => {
  jest.setTimeout(60_000);

  test('a visitor opens the chat, sends a message and sees the reply', async () => {
    const app = await startTestApp();
    const baseUrl = await app.start();
    const browser = await launchBrowser({ width: 1024, height: 800 });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${baseUrl}/`);
      await page.getByRole('button', { name: 'Open chat' }).click();
      await page.getByLabel('Message').fill('Hello there');
      await page.getByRole('button', { name: 'Send' }).click();
      await page.locator('.sw-msg.sw-in', { hasText: 'Hello there' }).waitFor();
      await page.locator('.sw-msg.sw-out', { hasText: 'virtual assistant' }).waitFor();
      await page.locator('.sw-msg.sw-out', { hasText: 'How can I help you today?' }).waitFor();
      await page.screenshot({ path: artifact('webchat-widget.png') });
      expect(await page.locator('.sw-msg').count()).toBeGreaterThanOrEqual(3);
    } finally {
      await browser.close();
      await app.dispose();
    }
  });
});
