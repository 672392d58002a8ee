import { ConversationHarness } from '../support/harness';

describe('the language of a reply', () => {
  let harness: ConversationHarness;
  beforeAll(async () => {
    harness = await ConversationHarness.start();
  });
  afterAll(async () => harness.stop());

  test('follows the message within the market languages: French in Canada, Swedish in Finland, Spanish in the US', async () => {
    await harness.from({ channel: 'sms', address: '+15145550101', market: 'CA' }).says('Bonjour, où est mon remboursement ?').expectReply(/assistant virtuel/).expectReply(/remboursements/);
    expect((await harness.conversationOf({ channel: 'sms', address: '+15145550101' }))?.language).toBe('fr-CA');
    await harness.from({ channel: 'sms', address: '+358401234567', market: 'FI' }).says('Hej! Var är min återbetalning?').expectReply(/virtuella assistenten/);
    await harness.from({ channel: 'sms', address: '+12125550102', market: 'US' }).says('Hola, ¿dónde está mi reembolso?').expectReply(/asistente virtual/);
  });

  test('falls back to the market default when the market does not serve the language', async () => {
    const customer = { channel: 'sms' as const, address: '+33612345678', market: 'FR' };
    await harness.from(customer).says('Hello, where is my refund please?').expectReply(/assistant virtuel/);
    expect((await harness.conversationOf(customer))?.language).toBe('fr-FR');
  });

  test('a customer switches explicitly; the conversation remembers it', async () => {
    const customer = { channel: 'webchat' as const, address: 'session-ch-1', market: 'CH' };
    const script = harness.from(customer);
    await script.says('Grüezi, wo ist meine Erstattung?').expectReply(/virtuelle Assistent/).expectAnyReply(/Erstattung/);
    await script.says('en français s’il vous plaît').expectReply('Bien sûr, je continue en français.');
    const conversation = await harness.conversationOf(customer);
    expect(conversation).toMatchObject({ language: 'fr-CH', languageOverride: 'fr-CH' });
    // Even a message in German now gets a French answer: the explicit choice wins over detection.
    await script.says('Wann ist meine nächste Rate fällig?').expectAnyReply(/\b(vous|votre|je)\b/);
    await script.says('parla italiano?').expectReply('Certo, continuo in italiano.');
    expect((await harness.conversationOf(customer))?.languageOverride).toBe('it-CH');
  });

  test('a request that says more is switched and answered in one go', async () => {
    const customer = { channel: 'sms' as const, address: '+32470000001', market: 'BE' };
    await harness.from(customer).says('Kunt u in het Frans antwoorden? Ik wil een refund, waar is mijn terugbetaling').expectReply(/assistant virtuel/).expectReply(/remboursements/);
    expect((await harness.conversationOf(customer))?.languageOverride).toBe('fr-BE');
  });

  test('a language the market does not serve is declined in the current language, naming the ones it does', async () => {
    const customer = { channel: 'sms' as const, address: '+4915100000301', market: 'DE' };
    const script = harness.from(customer);
    await script.says('Hallo').expectReply(/KI/).expectReply(/helfen/);
    await script.says('speak English please').expectReply('Entschuldigung, hier kann ich nur auf Deutsch helfen.');
    expect((await harness.conversationOf(customer))?.languageOverride).toBeNull();
  });

  test('the first reply of a switch carries the AI disclosure in the new language', async () => {
    await harness.from({ channel: 'sms', address: '+16135550199', market: 'CA' }).says('en français svp').expectReply(/assistant virtuel, une IA/).expectReply('Bien sûr, je continue en français.');
  });
});
