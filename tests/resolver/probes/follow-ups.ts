import type { Expectation, Probe, ProbeLanguage } from './probe-types';
import { PROBE_SPEAKERS } from './probe-speakers';

/** How people answer a waiting question in one language (written for these probes). */
interface Answers {
  extend: string;
  return: string;
  /** Ways of saying yes, and no, beyond the bare word. */
  yes: [string, string, string, string];
  no: [string, string];
  /** The bare yes, given to "which order?": it does not say which. */
  bareYes: string;
  first: string;
  second: string;
  numberThree: string;
  /** Names the merchant of the second listed order. */
  merchant: string;
  /** Names the fourth listed order by its id. */
  orderId: string;
  /** A new question instead of an answer. */
  elsewhere: string;
}

const ANSWERS: Record<ProbeLanguage, Answers> = {
  en: { extend: 'can I move my next payment date?', return: 'I want to return something', yes: ['yes please', 'sounds good', "yeah that's fine", 'go for it'], no: ['no thanks', "actually don't"], bareYes: 'yes', first: 'the first one', second: 'the second one', numberThree: 'number 3', merchant: 'the one from {merchant:2}', orderId: "it's {id:4}", elsewhere: 'where is my parcel?' },
  de: { extend: 'Kann ich meine nächste Rate verschieben?', return: 'Ich möchte etwas zurückschicken', yes: ['ja bitte', 'passt', 'ja, mach das', 'einverstanden'], no: ['nein danke', 'lieber doch nicht'], bareYes: 'ja', first: 'die erste', second: 'die zweite', numberThree: 'Nummer 3', merchant: 'die von {merchant:2}', orderId: 'es geht um {id:4}', elsewhere: 'Wo ist mein Paket?' },
  fr: { extend: 'Je voudrais reporter ma prochaine échéance', return: 'Je veux retourner un article', yes: ['oui merci', "d'accord", "oui c'est bon", 'parfait'], no: ['non merci', 'finalement non'], bareYes: 'oui', first: 'la première', second: 'la deuxième', numberThree: 'numéro 3', merchant: 'celle de {merchant:2}', orderId: "c'est la {id:4}", elsewhere: 'Où est mon colis ?' },
  es: { extend: 'Quiero aplazar mi próxima cuota', return: 'Quiero devolver un artículo', yes: ['sí, por favor', 'vale', 'sí, adelante', 'perfecto'], no: ['no, gracias', 'mejor no'], bareYes: 'sí', first: 'el primero', second: 'el segundo', numberThree: 'el número 3', merchant: 'el de {merchant:2}', orderId: 'es el {id:4}', elsewhere: '¿Dónde está mi paquete?' },
  it: { extend: 'Vorrei posticipare la prossima rata', return: 'Voglio restituire un articolo', yes: ['sì grazie', 'va bene', 'sì, procedi', 'perfetto'], no: ['no grazie', 'meglio di no'], bareYes: 'sì', first: 'il primo', second: 'il secondo', numberThree: 'il numero 3', merchant: 'quello di {merchant:2}', orderId: "è l'ordine {id:4}", elsewhere: "Dov'è il mio pacco?" },
  pt: { extend: 'Quero adiar a próxima prestação', return: 'Quero devolver um artigo', yes: ['sim, por favor', 'pode ser', 'sim, avance', 'perfeito'], no: ['não, obrigado', 'afinal não'], bareYes: 'sim', first: 'a primeira', second: 'a segunda', numberThree: 'o número 3', merchant: 'a da {merchant:2}', orderId: 'é a {id:4}', elsewhere: 'Onde está a minha encomenda?' },
  nl: { extend: 'Ik wil mijn volgende termijn uitstellen', return: 'Ik wil iets retourneren', yes: ['ja graag', 'prima', 'ja, doe maar', 'akkoord'], no: ['nee dank je', 'toch maar niet'], bareYes: 'ja', first: 'de eerste', second: 'de tweede', numberThree: 'nummer 3', merchant: 'die van {merchant:2}', orderId: 'het gaat om {id:4}', elsewhere: 'Waar is mijn pakket?' },
  sv: { extend: 'Kan jag skjuta upp min nästa betalning?', return: 'Jag vill returnera en vara', yes: ['ja tack', 'gärna', 'ja, kör', 'det låter bra'], no: ['nej tack', 'hellre inte'], bareYes: 'ja', first: 'den första', second: 'den andra', numberThree: 'nummer 3', merchant: 'den från {merchant:2}', orderId: 'det gäller {id:4}', elsewhere: 'Var är mitt paket?' },
  nb: { extend: 'Kan jeg utsette neste avdrag?', return: 'Jeg vil returnere en vare', yes: ['ja takk', 'gjerne', 'ja, gjør det', 'høres bra ut'], no: ['nei takk', 'helst ikke'], bareYes: 'ja', first: 'den første', second: 'den andre', numberThree: 'nummer 3', merchant: 'den fra {merchant:2}', orderId: 'det gjelder {id:4}', elsewhere: 'Hvor er pakken min?' },
  da: { extend: 'Kan jeg udskyde min næste rate?', return: 'Jeg vil returnere en vare', yes: ['ja tak', 'gerne', 'ja, gør det', 'det lyder godt'], no: ['nej tak', 'hellere lade være'], bareYes: 'ja', first: 'den første', second: 'den anden', numberThree: 'nummer 3', merchant: 'den fra {merchant:2}', orderId: 'det drejer sig om {id:4}', elsewhere: 'Hvor er min pakke?' },
  fi: { extend: 'Haluan siirtää seuraavan erän eräpäivää', return: 'Haluan palauttaa tuotteen', yes: ['kyllä kiitos', 'joo, tee se', 'sopii', 'käy'], no: ['ei kiitos', 'ei sittenkään'], bareYes: 'kyllä', first: 'ensimmäinen', second: 'toinen', numberThree: 'numero 3', merchant: 'se {merchant:2}', orderId: 'kyse on {id:4}', elsewhere: 'Missä pakettini on?' },
  pl: { extend: 'Chcę przesunąć termin następnej raty', return: 'Chcę zwrócić towar', yes: ['tak, proszę', 'dobrze', 'tak, zrób to', 'pasuje'], no: ['nie, dziękuję', 'jednak nie'], bareYes: 'tak', first: 'pierwsze', second: 'drugie', numberThree: 'numer 3', merchant: 'to z {merchant:2}', orderId: 'chodzi o {id:4}', elsewhere: 'Gdzie jest moja paczka?' },
  cs: { extend: 'Chci odložit další splátku', return: 'Chci vrátit zboží', yes: ['ano, prosím', 'dobře', 'jo, udělejte to', 'souhlasím'], no: ['ne, díky', 'radši ne'], bareYes: 'ano', first: 'první', second: 'druhou', numberThree: 'číslo 3', merchant: 'tu od {merchant:2}', orderId: 'jde o {id:4}', elsewhere: 'Kde je můj balík?' },
  el: { extend: 'Θέλω να μεταθέσω την επόμενη δόση', return: 'Θέλω να επιστρέψω ένα προϊόν', yes: ['ναι, παρακαλώ', 'εντάξει', 'ναι, προχώρα', 'τέλεια'], no: ['όχι, ευχαριστώ', 'καλύτερα όχι'], bareYes: 'ναι', first: 'την πρώτη', second: 'τη δεύτερη', numberThree: 'τον αριθμό 3', merchant: 'αυτή από {merchant:2}', orderId: 'είναι η {id:4}', elsewhere: 'Πού είναι το δέμα μου;' },
};

const EXTEND: Expectation = { answer: ['extend_due_date'] };
const RETURN: Expectation = { answer: ['report_return'] };

/** Conversations that wait on a question (which order? shall I?) and how each kind of answer must be taken. */
function conversations(answers: Answers): [string, Expectation][][] {
  return [
    [[answers.extend, EXTEND], [answers.bareYes, { reask: true }], ['2', { confirms: 2 }], [answers.yes[0], { done: 2 }]],
    [[answers.extend, EXTEND], [answers.second, { confirms: 2 }], [answers.no[0], { cancelled: true }]],
    [[answers.extend, EXTEND], [answers.numberThree, { confirms: 3 }], [answers.yes[1], { done: 3 }]],
    [[answers.extend, EXTEND], [answers.first, { confirms: 1 }], [answers.yes[2], { done: 1 }]],
    [[answers.extend, EXTEND], [answers.orderId, { confirms: 4 }], [answers.no[1], { cancelled: true }]],
    [[answers.return, RETURN], [answers.merchant, { confirms: 2 }], [answers.yes[3], { done: 2 }]],
    [[answers.extend, EXTEND], [answers.elsewhere, { answer: ['order_status'] }]],
  ];
}

export const FOLLOW_UP_PROBES: Probe[] = Object.entries(ANSWERS).flatMap(([language, answers]) =>
  conversations(answers).map((turns) => ({ area: 'follow_up' as const, language: language as ProbeLanguage, speaker: PROBE_SPEAKERS[language as ProbeLanguage].account, turns })),
);
