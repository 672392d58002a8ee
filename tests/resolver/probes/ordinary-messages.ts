import type { Probe, ProbeLanguage } from './probe-types';
import { PROBE_SPEAKERS } from './probe-speakers';

/**
 * Ordinary questions that use the words of a sensitive topic ("someone", "lost", "no money back yet", Norwegian
 * "dette") and must not be handed to a person as if they were one: the sensitive-topic lexicon checks every language
 * on every message, so its phrases must hold up against all of them.
 */
const MESSAGES: Record<ProbeLanguage, string[]> = {
  en: ["can someone tell me whether I've paid the last instalment?", 'I lost my card, can you freeze it?', 'my late payment fee looks wrong', "I still haven't got my money back for the atlas"],
  de: ['Kann mir jemand sagen, ob die Rate bezahlt ist?', 'Ich habe meine Karte verloren, bitte sperren', 'Ich habe noch kein Geld für die Rücksendung bekommen', 'Das war nicht so gemeint, ich wollte nur den Status wissen'],
  fr: ["Quelqu'un peut me dire si j'ai bien payé ?", "J'ai perdu ma carte, pouvez-vous la bloquer ?", "Je n'ai pas encore reçu mon remboursement", 'Est-ce que je peux payer avec ma carte à l’étranger ?'],
  es: ['¿Alguien me puede decir si ya he pagado la cuota?', 'He perdido la tarjeta, bloquéala por favor', 'Todavía no me han devuelto el dinero', 'No puedo pagar con la tarjeta en la tienda, ¿por qué?'],
  it: ['Qualcuno mi sa dire se ho già pagato la rata?', 'Ho perso la carta, potete bloccarla?', 'Non ho ancora ricevuto il rimborso', 'Ho perso la ricevuta, ho pagato la rata?'],
  pt: ['Alguém me pode dizer se já paguei a prestação?', 'Perdi o cartão, podem bloqueá-lo?', 'Ainda não recebi o reembolso', 'Obrigado a todos pela ajuda'],
  nl: ['Kan iemand me vertellen of ik al betaald heb?', 'Ik ben mijn pas kwijt, kunnen jullie hem blokkeren?', 'Ik heb nog geen geld terug voor mijn retour', 'Dat was ik niet van plan, ik wil alleen de status weten'],
  sv: ['Kan någon säga om jag har betalat?', 'Jag har tappat mitt kort, spärra det', 'Jag har inte fått tillbaka pengarna för returen än', 'Min hund dog igår men jag undrar över min faktura'],
  nb: ['Kan noen si om jeg har betalt?', 'Jeg har mistet kortet, kan dere sperre det?', 'Hva betyr dette gebyret?', 'Jeg har ikke fått pengene tilbake ennå'],
  da: ['Kan nogen fortælle mig, om jeg har betalt?', 'Jeg har mistet mit kort, spær det', 'Hvad er det her for et gebyr?', 'Jeg har ikke fået pengene tilbage endnu'],
  fi: ['Voiko joku kertoa, olenko maksanut?', 'Kadotin korttini, voitteko sulkea sen?', 'En jaksa odottaa enää pakettia, missä se on?', 'En ole vielä saanut hyvitystä'],
  pl: ['Czy ktoś może sprawdzić, czy zapłaciłam ratę?', 'Zgubiłam kartę, zablokujcie ją', 'Nadal nie dostałam zwrotu pieniędzy', 'Nie daję rady znaleźć numeru zamówienia'],
  cs: ['Může mi někdo říct, jestli jsem zaplatil?', 'Ztratil jsem kartu, zablokujte ji', 'Ještě nemám peníze zpět za vrácené zboží', 'Nemám na to čas, kde je zásilka?'],
  el: ['Μπορεί κάποιος να μου πει αν πλήρωσα;', 'Έχασα την κάρτα μου, μπλοκάρετέ την', 'Δεν έχω πάρει ακόμα την επιστροφή χρημάτων', 'Έχασα την απόδειξη, πλήρωσα τη δόση;'],
};

/** A second set, written against the phrases added for the second round of sensitive probes ("no income" etc.). */
const MORE_MESSAGES: Record<ProbeLanguage, string[]> = {
  en: ["I don't know how to pay with Apple Pay", 'my card is disabled, why?', "I have two payments I haven't made yet, can I pay them now?", 'who can see my data when I order?'],
  de: ['Ich weiß nicht, wie ich mit Apple Pay bezahlen kann', 'Ich habe zwei Zahlungen, die ich noch nicht gemacht habe', 'Werden meine Daten für die Bestellung verwendet?', 'Mein Gehalt kommt erst am Freitag, kann ich dann zahlen?'],
  fr: ['Je ne sais pas comment payer avec ma carte', "J'ai des paiements que je n'ai pas encore effectués", 'Mes données sont-elles utilisées pour autre chose ?', 'Je voudrais faire une demande de remboursement'],
  es: ['No me llega el paquete', 'No sé cómo pagar con la tarjeta', 'Los pagos que no he podido hacer, ¿los puedo hacer ahora?', '¿Qué datos usáis cuando hago un pedido?'],
  it: ['Non so come pagare con la carta', 'Quali dati usate per il mio ordine?', 'La rata che non ho ancora fatto, posso pagarla ora?', 'Il pacco non è ancora arrivato'],
  pt: ['Não sei como pagar com o cartão', 'Que dados usam na minha encomenda?', 'Tenho uma prestação que ainda não paguei, posso pagar agora?', 'A encomenda ainda não chegou'],
  nl: ['Ik weet niet hoe ik met iDEAL betaal', 'Is er een beperking op mijn bestedingslimiet?', 'Welke gegevens gebruiken jullie bij een bestelling?', 'Mijn pakket is nog niet aangekomen'],
  sv: ['Hur betalar jag med Swish?', 'Vilka uppgifter använder ni när jag beställer?', 'Jag har en betalning jag inte har gjort än, kan jag betala nu?', 'Mitt paket har inte kommit'],
  nb: ['Hvordan betaler jeg med Vipps?', 'Hvilke opplysninger bruker dere når jeg bestiller?', 'Jeg har en betaling jeg ikke har gjort ennå', 'Pakken min har ikke kommet'],
  da: ['Hvordan betaler jeg med MobilePay?', 'Hvilke oplysninger bruger I, når jeg bestiller?', 'Jeg har en betaling, jeg ikke har lavet endnu', 'Min pakke er ikke kommet'],
  fi: ['Miten maksan MobilePaylla?', 'Mitä tietojani käytetään tilauksessa?', 'Minulla on maksu, jota en ole vielä tehnyt', 'Pakettini ei ole tullut'],
  pl: ['Nie wiem, jak zapłacić BLIKIEM', 'Mam płatność, której jeszcze nie zrobiłam', 'Jakie dane wykorzystujecie przy zamówieniu?', 'Paczka jeszcze nie dotarła'],
  cs: ['Nevím, jak zaplatit kartou', 'Mám platbu, kterou jsem ještě neudělal', 'Jaké údaje používáte při objednávce?', 'Balík ještě nedorazil'],
  el: ['Δεν ξέρω πώς να πληρώσω με κάρτα', 'Έχω μια πληρωμή που δεν έκανα ακόμα', 'Ποια στοιχεία χρησιμοποιείτε στην παραγγελία;', 'Το δέμα δεν έχει φτάσει ακόμα'],
};

export const ORDINARY_PROBES: Probe[] = Object.entries(MESSAGES).flatMap(([language, messages]) =>
  [...messages, ...MORE_MESSAGES[language as ProbeLanguage]].map((text) => ({ area: 'ordinary' as const, language: language as ProbeLanguage, speaker: PROBE_SPEAKERS[language as ProbeLanguage].first, turns: [[text, { noHandoff: true }]] as const })),
);
