import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AuditLog, type AuditEntry } from '../../src/admin/audit-log';
import { createIdGenerator } from '../../src/ids';
import { createTranslator } from '../../src/markets/i18n';
import { MarketDirectory } from '../../src/markets/market-directory';
import { MarketSettings, type StoredMarket } from '../../src/markets/market-settings';
import type { DocumentStore } from '../../src/store/port';
import { COLLECTION_SPECS, COLLECTIONS } from '../../src/store/schema';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';

const admin = { id: 'bootstrap', name: 'ADMIN_TOKEN', role: 'admin' };

describe('markets as run-time configuration', () => {
  let directory: string;
  const stores: DocumentStore[] = [];
  let now = 1_800_000_000_000;
  const clock = () => now;

  async function openProcess() {
    const store = new SqliteStore(path.join(directory, 'support.sqlite'));
    await store.init(COLLECTION_SPECS);
    stores.push(store);
    const markets = new MarketDirectory();
    const translator = createTranslator();
    const audit = new AuditLog(store.collection<AuditEntry>(COLLECTIONS.auditLog), createIdGenerator(clock), clock);
    const settings = new MarketSettings(store.collection<StoredMarket>(COLLECTIONS.markets), markets, translator, audit, clock);
    await settings.load();
    return { store, markets, translator, audit, settings };
  }

  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'markets-'));
  });
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  test('the 23 markets are seeded with their languages, currency, time zone, channels and policy', async () => {
    const { settings } = await openProcess();
    const markets = await settings.list();
    expect(markets).toHaveLength(23);
    const switzerland = markets.find((market) => market.code === 'CH')!;
    expect(switzerland).toMatchObject({ currency: 'CHF', timeZone: 'Europe/Zurich', languages: ['de-CH', 'fr-CH', 'it-CH'], slackChannel: '#support-ch', revision: 1 });
    expect(markets.map((market) => market.languages).flat()).toHaveLength(29);
  });

  test('a restart never overwrites an admin edit', async () => {
    const first = await openProcess();
    await first.settings.update('DE', { slackChannel: '#kundendienst' }, admin);
    const second = await openProcess();
    expect(second.markets.resolve('DE').slackChannel).toBe('#kundendienst');
    expect((await second.settings.get('DE')).revision).toBe(2);
  });

  test('an update is validated, names the bad field, and changes nothing', async () => {
    const { settings, markets } = await openProcess();
    const attempts: [unknown, string][] = [
      [{ policy: { returnWindowDays: 9999, dueDateExtensionDays: 10, maxExtensionsPerOrder: 1 } }, 'policy.returnWindowDays'],
      [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ languages: ['de-DE'], defaultLanguage: 'de-DE' }, 'languages.0'],
      [{ defaultLanguage: 'sv-SE' }, 'defaultLanguage'],
      [{ businessHours: [{ days: [1], open: '18:00', close: '09:00' }] }, 'businessHours.0.close'],
      [{ colour: 'blue' }, 'colour'],
      [{ code: 'XX' }, 'code'],
      [{ texts: { 'en-GB': { 'common:no.such.key': 'x' } } }, 'texts.en-GB.common:no.such.key'],
      [{ texts: { 'en-GB': { 'common:demo.return': 'Within {{weeks}} weeks' } } }, 'texts.en-GB.common:demo.return'],
      [{ texts: { 'fr-FR': { greeting: 'Bonjour' } } }, 'texts.fr-FR'],
    ];
    for (const [patch, field] of attempts) {
      await expect(settings.update('GB', patch, admin)).rejects.toMatchObject({ code: 'invalid_request', details: { field } });
    }
    expect((await settings.get('GB')).revision).toBe(1);
    expect(markets.resolve('GB').policy.returnWindowDays).toBe(30);
  });

  test('every change is audited with who, when, before and after', async () => {
    const { settings, audit } = await openProcess();
    now += 1000;
    await settings.update('SE', { retentionDays: 365 }, { id: 'tok_1', name: 'Maria', role: 'admin' });
    const [entry] = await audit.list({ target: 'SE' }, 10);
    expect(entry).toMatchObject({ action: 'market.update', target: 'SE', at: now, actor: { id: 'tok_1', name: 'Maria' } });
    expect((entry!.before as { retentionDays: number }).retentionDays).toBe(730);
    expect((entry!.after as { retentionDays: number }).retentionDays).toBe(365);
  });

  test('a stale revision is a conflict, not a silent overwrite', async () => {
    const { settings } = await openProcess();
    await settings.update('NL', { name: 'Nederland' }, admin, 1);
    await expect(settings.update('NL', { name: 'Holland' }, admin, 1)).rejects.toMatchObject({ code: 'conflict' });
    expect((await settings.get('NL')).name).toBe('Nederland');
  });

  test('text overrides win over the locale files for that market and language only', async () => {
    const { settings, translator, markets } = await openProcess();
    await settings.setText('AT', 'de-AT', 'common:greeting', 'Grüß Gott! Wie kann ich helfen?', admin);
    await settings.setText('AT', 'de-AT', 'common:demo.return', 'Rücksendungen bis {{days}} Tage, in Österreich.', admin);
    expect(markets.resolve('AT').texts['de-AT']).toEqual({ greeting: 'Grüß Gott! Wie kann ich helfen?', 'common:demo.return': 'Rücksendungen bis {{days}} Tage, in Österreich.' });
    expect(translator.t('de-AT', 'common:greeting')).toBe('Grüß Gott! Wie kann ich helfen?');
    expect(translator.t('de-AT', 'common:demo.return', { days: 14 })).toBe('Rücksendungen bis 14 Tage, in Österreich.');
    expect(translator.t('de-DE', 'common:greeting')).toMatch(/^Wie kann ich Ihnen heute helfen/);
    expect(translator.t('de-AT', 'common:thanks')).toBe(translator.t('de-DE', 'common:thanks'));

    await settings.setText('AT', 'de-AT', 'common:greeting', null, admin);
    await settings.setText('AT', 'de-AT', 'common:demo.return', null, admin);
    expect(translator.t('de-AT', 'common:greeting')).toMatch(/^Wie kann ich Ihnen heute helfen/);
    expect(markets.resolve('AT').texts).toEqual({});
  });

  test('another process sees a change on its next refresh', async () => {
    const writer = await openProcess();
    const reader = await openProcess();
    now += 5000;
    await writer.settings.update('FI', { slackChannel: '#tuki' }, admin);
    expect(reader.markets.resolve('FI').slackChannel).toBe('#support-fi');
    expect(await reader.settings.refresh()).toBe(1);
    expect(reader.markets.resolve('FI').slackChannel).toBe('#tuki');
    expect(await reader.settings.refresh()).toBe(0);
  });
});
