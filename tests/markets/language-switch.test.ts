import { detectLanguageSwitch } from '../../src/markets/language-switch';

describe('explicit language requests', () => {
  test.each([
    ['speak German', 'de'],
    ['Can you speak German please?', 'de'],
    ['in English please', 'en'],
    ['English please', 'en'],
    ['English', 'en'],
    ['på svenska', 'sv'],
    ['Kan du prata svenska?', 'sv'],
    ['en français', 'fr'],
    ['En français s’il vous plaît', 'fr'],
    ['parlez-vous anglais ?', 'en'],
    ['auf Deutsch bitte', 'de'],
    ['Sprechen Sie Englisch?', 'en'],
    ['en español, por favor', 'es'],
    ['¿Hablas inglés?', 'en'],
    ['in italiano', 'it'],
    ['suomeksi kiitos', 'fi'],
    ['Puhutko ruotsia?', 'sv'],
    ['puhutko englantia', 'en'],
    ['ruotsiksi', 'sv'],
    ['po polsku proszę', 'pl'],
    ['Mówisz po angielsku?', 'en'],
    ['česky prosím', 'cs'],
    ['Mluvíte anglicky?', 'en'],
    ['στα ελληνικά παρακαλώ', 'el'],
    ['Μιλάτε αγγλικά;', 'en'],
    ['in het Nederlands graag', 'nl'],
    ['Spreek je Frans?', 'fr'],
    ['em português, por favor', 'pt'],
    ['på norsk takk', 'nb'],
    ['på dansk tak', 'da'],
  ])('%s -> %s', (text, language) => {
    expect(detectLanguageSwitch(text)?.language ?? null).toBe(language);
  });

  test.each([
    'The manual I got is in German and I cannot read it, what do I do with my order?',
    'I want to talk about the German order I placed last week',
    'Where is my refund?',
    'My name is Frans and I need help',
    'ok',
    '',
  ])('no request in: %s', (text) => {
    expect(detectLanguageSwitch(text)).toBeNull();
  });

  test('a request that says more keeps the rest for the resolver', () => {
    expect(detectLanguageSwitch('Can you speak German? My refund has not arrived yet and it has been two weeks')).toEqual({
      language: 'de',
      rest: 'Can you speak German? My refund has not arrived yet and it has been two weeks',
    });
    expect(detectLanguageSwitch('auf Deutsch bitte')).toEqual({ language: 'de', rest: '' });
  });
});
