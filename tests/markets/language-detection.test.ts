import { detectLanguage, LANGUAGES, type LanguageCode } from '../../src/markets/language-detection';
import { weightedWords } from '../../src/markets/language-ngram-model';
import { hasLanguageText } from '../../src/markets/language-training-text';

/** Everyday messages written for this test; each language is checked once its training text exists. */
const SENTENCES: Record<LanguageCode, string[]> = {
  en: ['Where is my parcel, it should have arrived yesterday', 'Can you remind me to call my sister tonight?'],
  es: ['¿Dónde está mi pedido? Lo compré hace una semana', 'Mañana va a llover todo el día en Madrid'],
  fr: ["Je n'ai toujours pas reçu mon colis, pouvez-vous vérifier ?", 'Il fait très beau aujourd’hui à Lyon'],
  de: ['Ich habe meine Bestellung immer noch nicht bekommen', 'Kannst du mich morgen früh um sieben wecken?'],
  it: ['Non ho ancora ricevuto il mio ordine, potete controllare?', 'Domani pioverà tutto il giorno a Milano'],
  sv: ['Jag har fortfarande inte fått mitt paket', 'Kan du påminna mig om att köpa mjölk imorgon?'],
  nb: ['Jeg har fortsatt ikke fått pakken min, hva skjer?', 'Kan du minne meg på å kjøpe melk i morgen?'],
  da: ['Jeg har stadig ikke modtaget min pakke, hvad sker der?', 'Kan du minde mig om at købe mælk i morgen?'],
  fi: ['En ole vieläkään saanut pakettiani, voitteko tarkistaa?', 'Huomenna sataa koko päivän Helsingissä'],
  nl: ['Ik heb mijn bestelling nog steeds niet ontvangen', 'Kun je me morgen om zeven uur wakker maken?'],
  pt: ['Ainda não recebi a minha encomenda, podem verificar?', 'Amanhã vai chover o dia todo em Lisboa'],
  pl: ['Nadal nie otrzymałem mojej paczki, czy możecie sprawdzić?', 'Jutro będzie padać przez cały dzień w Krakowie'],
  cs: ['Pořád jsem nedostal svůj balík, můžete to zkontrolovat?', 'Zítra bude celý den pršet v Praze'],
  el: ['Δεν έχω λάβει ακόμα την παραγγελία μου', 'Αύριο θα βρέχει όλη μέρα στην Αθήνα'],
};

describe('detectLanguage', () => {
  for (const language of LANGUAGES) {
    const ready = language === 'el' || hasLanguageText(language);
    (ready ? it : it.skip)(`recognises ${language}`, () => {
      for (const sentence of SENTENCES[language]) {
        expect(detectLanguage(sentence).language).toBe(language);
      }
    });
  }

  it('reads Norwegian as people write it: Nynorsk and written dialect are Norwegian, not Swedish or Danish', () => {
    const norwegian = [
      'Kva tid stengjer apoteket på laurdag?',
      'Eg har ikkje fått pengane tilbake enno',
      'Æ skjønne itj koffer kortet ikkje funke',
      'Ka e det som skjer med bestillinga mi?',
      'Kor lenge må eg venta på svar frå dokker?',
      'Kan dokker ringe mæ i mårra?',
      'Je veit itte åssen je skal betale',
    ];
    for (const sentence of norwegian) expect([sentence, detectLanguage(sentence).language]).toEqual([sentence, 'nb']);
  });

  it('keeps the Scandinavian neighbours apart', () => {
    expect(detectLanguage('Jeg har ikke fået mine penge tilbage endnu').language).toBe('da');
    expect(detectLanguage('Det virker ikke, hvad gør jeg?').language).toBe('da');
    expect(detectLanguage('Jag har inte fått tillbaka mina pengar än').language).toBe('sv');
    expect(detectLanguage('Det funkar inte, vad gör jag?').language).toBe('sv');
    expect(detectLanguage('Jeg har ikke fått pakken min ennå').language).toBe('nb');
    // "to" and "for" are everyday Norwegian and Danish words, not tell-tales of English.
    expect(detectLanguage('Jeg har to barn og jobber for mye').language).toBe('nb');
  });

  it('reads a shouted message like a quiet one, and a sentence start as no name', () => {
    expect(detectLanguage('JEG HAR IKKE FÅTT PAKKEN MIN ENNÅ').language).toBe('nb');
    expect(detectLanguage('WO IST MEINE BESTELLUNG').language).toBe('de');
    expect(weightedWords('Hei. Kan du hjelpe meg med Visa?').map((word) => word.weight)).toEqual([1, 1, 1, 1, 1, 1, 0.2]);
    expect(weightedWords('HVOR ER PAKKEN MIN').every((word) => word.weight === 1)).toBe(true);
  });

  it('decides Greek by its script even among Latin-script candidates', () => {
    expect(detectLanguage('Καλημέρα, πού είναι το δέμα μου;')).toEqual({ language: 'el', confidence: 1 });
    expect(detectLanguage('where is my parcel').language).not.toBe('el');
  });

  it('stays within the candidates', () => {
    const swissLanguages: LanguageCode[] = ['de', 'fr', 'it'];
    for (const text of ['Where is my parcel?', 'hej hej', 'Jeg har ikke fått pakken']) {
      expect(swissLanguages).toContain(detectLanguage(text, swissLanguages).language);
    }
    expect(detectLanguage('Where is my parcel?', ['sv'])).toEqual({ language: 'sv', confidence: 1 });
  });

  it('handles short messages', () => {
    expect(detectLanguage('danke!').language).toBe('de');
    expect(detectLanguage('takk for hjelpa').language).toBe('nb');
    expect(detectLanguage('tusen takk').language).toBe('nb');
    expect(detectLanguage('mange tak').language).toBe('da');
    expect(detectLanguage('tack så mycket').language).toBe('sv');
    expect(['sv', 'da']).toContain(detectLanguage('hej').language);
    expect(detectLanguage('hej', ['da', 'de', 'en']).language).toBe('da');
    expect(detectLanguage('ok', ['fi', 'sv']).language).toMatch(/fi|sv/);
  });

  it('falls back to the first candidate when there is nothing to read', () => {
    expect(detectLanguage('👍 123', ['nl', 'fr'])).toEqual({ language: 'nl', confidence: 0 });
    expect(detectLanguage('', [])).toEqual({ language: 'en', confidence: 0 });
  });

  it('reports a confidence between 0 and 1, low when a message could be many languages', () => {
    const { confidence } = detectLanguage('Where is my parcel, it should have arrived yesterday');
    expect(confidence).toBeGreaterThan(0.9);
    expect(confidence).toBeLessThanOrEqual(1);
    expect(detectLanguage('ok').confidence).toBeLessThan(0.5);
    expect(detectLanguage('hej').confidence).toBeLessThan(0.8);
  });
});
