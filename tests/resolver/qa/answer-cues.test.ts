import { answersNo, answersYes, choiceIn } from '../../../src/resolver/skills/message-cues';

/** "The second one" and its kin in the 14 languages, as they answer "which order?" from a list of four. */
const SECOND: Record<string, string[]> = {
  en: ['the second one', '2nd', 'number two'],
  de: ['die zweite', 'Nummer 2', 'zwei'],
  fr: ['la deuxième', 'la seconde', 'deux'],
  es: ['el segundo', 'la segunda', 'dos'],
  it: ['il secondo', 'la seconda', 'due'],
  pt: ['a segunda', 'o segundo', 'dois'],
  nl: ['de tweede', 'nummer twee'],
  sv: ['den andra', 'två'],
  nb: ['den andre', 'nr 2'],
  da: ['den anden', 'nummer to'],
  fi: ['toinen', 'numero 2', 'kaksi'],
  pl: ['drugie', 'to drugie zamówienie', 'dwa'],
  cs: ['druhou', 'tu druhou prosím', 'dvě'],
  el: ['τη δεύτερη', 'το δεύτερο', 'δύο'],
};

describe('choosing from a numbered list', () => {
  test.each(Object.entries(SECOND))('%s: the second', (_language, answers) => {
    for (const answer of answers) expect({ answer, position: choiceIn(answer, 4) }).toEqual({ answer, position: 2 });
  });

  test('the first and the last, in a few languages', () => {
    for (const answer of ['the first one', 'die erste', 'la première', 'el primero', 'den första', 'ensimmäinen', 'pierwsze', 'την πρώτη']) expect(choiceIn(answer, 4)).toBe(1);
    for (const answer of ['the last one', 'die letzte', 'la dernière', 'la última', 'den sista', 'den siste', 'ostatnie', 'poslední']) expect(choiceIn(answer, 4)).toBe(4);
  });

  test('no choice, or two, is no answer', () => {
    for (const answer of ['ja', 'yes please', 'the first or the second?', 'I ordered 3 things and paid 2 times', 'keine Ahnung']) expect(choiceIn(answer, 4)).toBeNull();
  });

  test('a spelled-out number counts only when it is the whole answer ("to" and "en" are words too)', () => {
    expect(choiceIn('to', 4)).toBe(2);
    expect(choiceIn('I want to go', 4)).toBeNull();
    expect(choiceIn('en', 4)).toBe(1);
  });
});

describe('yes and no in people\'s own words', () => {
  test.each(['sounds good', 'go for it', 'passt', 'einverstanden', 'parfait', "oui c'est bon", 'perfecto', 'va bene', 'pode ser', 'akkoord', 'låter bra', 'høres bra ut', 'det lyder godt', 'käy', 'pasuje', 'souhlasím', 'τέλεια', 'why not', 'warum nicht', 'kein Problem'])(
    'yes: %s',
    (answer) => {
      expect(answersYes(answer)).toBe(true);
      expect(answersNo(answer)).toBe(false);
    },
  );

  test.each(['no thanks', 'lieber doch nicht', 'finalement non', 'mejor no', 'meglio di no', 'toch maar niet', 'hellre inte', 'helst ikke', 'hellere lade være', 'ei sittenkään', 'jednak nie', 'radši ne', 'καλύτερα όχι', 'nicht gut'])(
    'no: %s',
    (answer) => {
      expect(answersNo(answer)).toBe(true);
      expect(answersYes(answer)).toBe(false);
    },
  );

  test('an order id is not an answer: "NO-87702" is not a no, a long request is not a yes', () => {
    expect(answersNo('det gjelder NO-87702')).toBe(false);
    expect(answersYes('ok so I was wondering whether you could also tell me where my other parcel is right now')).toBe(false);
  });
});
