import { ConversationHarness } from '../../support/harness';
import { handoffReason } from './handoff-reason';

const anna = { channel: 'sms' as const, address: '+4915112345678' };
const erik = { channel: 'sms' as const, address: '+46701234567' };
const zofia = { channel: 'whatsapp' as const, address: '+48512345678' };
const lars = { channel: 'sms' as const, address: '+4791234567' };
const lucas = { channel: 'email' as const, address: 'lucas.martin@example.fr' };

/**
 * A waiting question ("which order?", "shall I?") takes what people actually answer: the number, "the first one",
 * the merchant, the order id, a yes in their own words. An answer that does not fit gets the question again, politely,
 * instead of the generic "I did not understand"; a new request is read as one.
 */
describe('answers to a waiting question', () => {
  let harness: ConversationHarness;
  beforeAll(async () => {
    harness = await ConversationHarness.start({ replyTimeoutMs: 15_000 });
  });
  afterAll(async () => {
    await harness.stop();
  });

  test('a German customer answers "ja" to "which order?", is asked again, then picks "die erste" and says "passt"', async () => {
    await harness
      .from(anna)
      .says('Kann ich meine nächste Rate verschieben?')
      .expectReply(/KI/)
      .expectReply(/Welche Bestellung meinen Sie\?[\s\S]*1\. Nordlicht Mode, Bestellung DE-48490/)
      .says('ja')
      .expectReply((text) => text.startsWith('Entschuldigung, ich habe nicht verstanden, welche Bestellung') && text.includes('1. Nordlicht Mode, Bestellung DE-48490') && text.includes('4. Wohnwerk Berlin'))
      .expectState('bot')
      .says('die erste')
      .expectReply(/Nordlicht Mode \(Bestellung DE-48490\).*verschieben.*\(ja\/nein\)/s)
      .says('passt')
      .expectReply(/^Erledigt: Die Rate .* für Nordlicht Mode ist jetzt am .* fällig\.$/)
      .expectState('bot');
  });

  test('a Swedish customer names a merchant with two orders, is asked between those two, and picks "den andra"', async () => {
    await harness
      .from(erik)
      .says('Kan jag skjuta upp min nästa betalning?')
      .expectReply(/AI/)
      .expectReply(/Vilken order gäller det\?/)
      .says('den från Fjällkläder')
      .expectReply((text) => text.startsWith('Vilken order gäller det?') && text.includes('1. Fjällkläder, order SE-61490') && text.includes('2. Fjällkläder, order SE-61208') && !text.includes('Björkhem'))
      .says('den andra')
      .expectReply(/Fjällkläder \(order SE-61208\).*\(ja\/nej\)/s)
      .says('nej tack')
      .expectReply(/^Okej, jag har inte ändrat något/);
  });

  test('a Polish "tak" to "which order?" is a yes that does not say which (not "thanks"), then "numer 2" picks the second', async () => {
    await harness
      .from(zofia)
      .says('Chcę przesunąć termin następnej raty')
      .expectReply(/AI/)
      .expectReply(/Którego zamówienia to dotyczy\?[\s\S]*2\. ElektroMarket Kraków, zamówienie PL-83452/)
      .says('tak')
      .expectReply(/^Przepraszam, nie zrozumiałem, o które zamówienie chodzi\.[\s\S]*2\. ElektroMarket Kraków/)
      .expectState('bot')
      .says('numer 2')
      .expectReply(/ElektroMarket Kraków \(zamówienie PL-83452\).*\(tak\/nie\)/s)
      .says('tak, zrób to')
      .expectReply(/^Gotowe: rata .* za ElektroMarket Kraków/);
  });

  test('a Norwegian order id answers the question: "NO-87702" is not a no', async () => {
    await harness
      .from(lars)
      .says('Kan jeg utsette neste avdrag?')
      .expectReply(/AI/)
      .expectReply(/Hvilken bestilling gjelder det\?/)
      .says('det gjelder NO-87702')
      .expectReply(/Hjem & Interiør \(bestilling NO-87702\).*\(ja\/nei\)/s);
  });

  test('an unclear answer to "shall I?" gets the question again; a second one goes to a person', async () => {
    await harness
      .from(lucas)
      .says("Mon colis TechnoPlus n'est jamais arrivé, je veux ouvrir un litige")
      .expectReply(/IA/)
      .expectReply(/litige.*FR-72191.*\(oui\/non\)/s)
      .says('hmm attendez')
      .expectReply((text) => text.startsWith('Désolé, je n’ai pas compris. Répondez par oui ou par non :') && /litige.*FR-72191.*\(oui\/non\)/s.test(text))
      .expectState('bot')
      .says('euh je sais pas trop')
      .expectReply(/transmets cette conversation/)
      .expectState('waiting_for_agent');
    expect(await handoffReason(harness, lucas)).toBe('unclear');
  });

  test('a new request while a question waits is read as a request', async () => {
    await harness
      .from({ ...anna, channel: 'whatsapp' })
      .says('Ich möchte meine Rate verschieben')
      .expectReply(/KI/)
      .expectReply(/Welche Bestellung/)
      .says('Wo ist eigentlich mein Paket?')
      .expectReply(/Hier sind Ihre letzten Bestellungen/)
      .says('2')
      .expectReply((text) => !text.includes('verschieben'));
  });
});

describe('a return of an order already returned', () => {
  let harness: ConversationHarness;
  beforeAll(async () => {
    harness = await ConversationHarness.start({ replyTimeoutMs: 15_000 });
  });
  afterAll(async () => {
    await harness.stop();
  });

  test('"I sent the backpack back weeks ago, no money yet" gets that refund, not "which order do you want to return?"', async () => {
    await harness
      .from(anna)
      .says('Ich habe den Rucksack vor Wochen zurückgeschickt und noch kein Geld bekommen')
      .expectReply(/KI/)
      .expectReply((text) => text.startsWith('Ihre Erstattungen:') && text.includes('Bergsteiger Sport (Bestellung DE-47560): unterwegs'));
  });
});
