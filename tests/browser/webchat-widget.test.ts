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

run('web chat widget on a phone-sized screen', () => {
  jest.setTimeout(60_000);

  test('the panel fills the screen, the input stays reachable, and a signed-in customer sees their own payments after a reload', async () => {
    const app = await startTestApp();
    const baseUrl = await app.start();
    const browser = await launchBrowser({ width: 390, height: 844 });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${baseUrl}/`);
      await page.getByLabel('Sign in as a demo customer').selectOption('demo-emma');
      await page.getByRole('button', { name: 'Sign in' }).click();
      const panel = page.locator('.sw-panel.sw-open');
      await panel.waitFor();
      const box = await panel.boundingBox();
      expect(box).toMatchObject({ x: 0, width: 390 });
      expect(box!.height).toBeGreaterThan(800);
      await page.getByLabel('Message').fill('when is my next payment due?');
      await page.getByLabel('Message').press('Enter');
      await page.locator('.sw-msg.sw-out', { hasText: '£' }).waitFor();
      await page.screenshot({ path: artifact('webchat-widget-phone.png') });

      // A reload restores the conversation from the transcript.
      await page.reload();
      await page.getByRole('button', { name: 'Open chat' }).click();
      await page.locator('.sw-msg.sw-in', { hasText: 'when is my next payment due?' }).waitFor();
      await page.locator('.sw-msg.sw-out', { hasText: '£' }).first().waitFor();
    } finally {
      await browser.close();
      await app.dispose();
    }
  });
});
