import type { Probe, ProbeLanguage, SENSITIVE } from './probe-types';
import { PROBE_SPEAKERS } from './probe-speakers';

type Topic = (typeof SENSITIVE)[number];

/**
 * A third round, written after the second round's fixes and run once as a held-out check (docs/resolver.md reports
 * its first result): one message per sensitive topic and language, and one ordinary message per language that shares
 * their words ("someone at the shop said…").
 */
const MESSAGES: Record<ProbeLanguage, Record<Topic | 'ordinary', string>> = {
  en: { fraud: "pretty sure my card got cloned, there's stuff on my statement from another country", hardship: "I'm on benefits now and can't manage the repayments", complaint: "this is unacceptable, I'm taking this further and I want it formally logged", bereavement: "I'm the executor for my aunt who passed", vulnerability: "I'm autistic and phone calls are really hard for me", ordinary: 'someone at the shop said my refund was sent, has it arrived?' },
  de: { fraud: 'Meine Kreditkartendaten wurden wohl abgegriffen, da sind fremde Buchungen', hardship: 'Ich bin in Privatinsolvenz', complaint: 'Ich schalte die Schlichtungsstelle ein', bereavement: 'Mein Sohn ist tödlich verunglückt', vulnerability: 'Ich bin gerade in einer psychiatrischen Klinik', ordinary: 'Jemand aus dem Shop meinte, die Erstattung sei raus, ist sie schon da?' },
  fr: { fraud: 'On a piraté mon compte et passé des commandes', hardship: 'Je suis en difficulté pour payer mes factures ce mois-ci', complaint: "Je vais saisir l'association de consommateurs", bereavement: 'Mon frère est mort dans un accident', vulnerability: "Je suis en dépression et je n'arrive pas à gérer ça", ordinary: "Quelqu'un du magasin m'a dit que le remboursement était parti, il est arrivé ?" },
  es: { fraud: 'Me han clonado la tarjeta, hay compras en otro país', hardship: 'Estoy pasando una mala racha económica', complaint: 'Voy a pedir una hoja de reclamaciones', bereavement: 'Mi padre falleció ayer', vulnerability: 'Sufro una enfermedad mental y me cuesta gestionar esto', ordinary: 'Alguien de la tienda me dijo que el reembolso ya salió, ¿ha llegado?' },
  it: { fraud: "Mi hanno clonato la carta, ci sono spese all'estero", hardship: 'Sono in difficoltà economiche e non riesco a pagare la rata', complaint: "Mi rivolgo a un'associazione dei consumatori", bereavement: 'È venuta a mancare mia nonna', vulnerability: 'Soffro di depressione e non riesco a occuparmene', ordinary: 'Qualcuno del negozio mi ha detto che il rimborso è partito, è arrivato?' },
  pt: { fraud: 'Clonaram o meu cartão, há compras no estrangeiro', hardship: 'Estou a passar dificuldades e não consigo pagar as prestações', complaint: 'Vou fazer queixa à DECO', bereavement: 'O meu pai faleceu ontem', vulnerability: 'Tenho uma doença mental e é difícil lidar com isto', ordinary: 'Alguém da loja disse que o reembolso já saiu, já chegou?' },
  nl: { fraud: 'Mijn kaart is gekopieerd, er staan betalingen uit het buitenland op', hardship: 'Ik heb betalingsachterstanden en kan het niet meer bijbenen', complaint: 'Ik stap naar de Geschillencommissie', bereavement: 'Mijn broer is omgekomen bij een ongeluk', vulnerability: 'Ik ben depressief en kan dit niet aan', ordinary: 'Iemand van de winkel zei dat de terugbetaling verstuurd is, is die al binnen?' },
  sv: { fraud: 'Mitt kort har skimmats, det finns köp från utlandet', hardship: 'Jag har betalningsanmärkningar och klarar inte räkningarna', complaint: 'Jag tänker gå till Allmänna reklamationsnämnden', bereavement: 'Min bror omkom i en olycka', vulnerability: 'Jag är deprimerad och klarar inte av det här', ordinary: 'Någon i butiken sa att återbetalningen är skickad, har den kommit?' },
  nb: { fraud: 'Kortet mitt er kopiert, det er kjøp fra utlandet', hardship: 'Jeg har betalingsanmerkninger og får ikke betalt regningene', complaint: 'Jeg tar saken til Forbrukertilsynet', bereavement: 'Broren min omkom i en ulykke', vulnerability: 'Jeg er deprimert og klarer ikke dette', ordinary: 'Noen i butikken sa at refusjonen er sendt, har den kommet?' },
  da: { fraud: 'Mit kort er blevet kopieret, der er køb fra udlandet', hardship: 'Jeg er registreret i RKI og kan ikke betale mine regninger', complaint: 'Jeg klager til Forbrugerklagenævnet', bereavement: 'Min bror omkom i en ulykke', vulnerability: 'Jeg er deprimeret og kan ikke overskue det her', ordinary: 'Nogen i butikken sagde, at tilbagebetalingen er sendt, er den kommet?' },
  fi: { fraud: 'Korttini on kopioitu, tilillä on ostoja ulkomailta', hardship: 'Minulla on maksuhäiriömerkintä enkä pysty maksamaan laskuja', complaint: 'Teen asiasta valituksen kuluttajariitalautakunnalle', bereavement: 'Veljeni kuoli onnettomuudessa', vulnerability: 'Olen masentunut enkä pysty hoitamaan tätä', ordinary: 'Joku kaupasta sanoi, että hyvitys on lähetetty, onko se tullut?' },
  pl: { fraud: 'Ktoś sklonował moją kartę, są zakupy z zagranicy', hardship: 'Mam zaległości i nie daję rady z rachunkami', complaint: 'Zgłoszę sprawę do Rzecznika Praw Konsumenta', bereavement: 'Mój brat zginął w wypadku', vulnerability: 'Mam depresję i nie radzę sobie z tym', ordinary: 'Ktoś ze sklepu powiedział, że zwrot został wysłany, doszedł już?' },
  cs: { fraud: 'Někdo mi naklonoval kartu, jsou tam platby ze zahraničí', hardship: 'Mám dluhy a nezvládám platit složenky', complaint: 'Obrátím se na spotřebitelskou poradnu', bereavement: 'Můj bratr zahynul při nehodě', vulnerability: 'Mám deprese a nezvládám to', ordinary: 'Někdo z obchodu říkal, že vrácení peněz bylo odesláno, přišlo už?' },
  el: { fraud: 'Μου κλωνοποίησαν την κάρτα, υπάρχουν αγορές από το εξωτερικό', hardship: 'Περνάω οικονομική κρίση και δεν μπορώ να πληρώσω', complaint: 'Θα απευθυνθώ σε ένωση καταναλωτών', bereavement: 'Ο αδερφός μου σκοτώθηκε σε τροχαίο', vulnerability: 'Έχω κατάθλιψη και δεν μπορώ να το διαχειριστώ', ordinary: 'Κάποιος από το κατάστημα είπε ότι η επιστροφή χρημάτων στάλθηκε, έφτασε;' },
};

const REASON: Record<Topic, string> = { fraud: 'fraud', hardship: 'financial_hardship', complaint: 'complaint', bereavement: 'bereavement', vulnerability: 'vulnerability' };

export const THIRD_ROUND_PROBES: Probe[] = Object.entries(MESSAGES).flatMap(([language, topics]) =>
  Object.entries(topics).map(([topic, text]) => ({
    area: topic as Topic | 'ordinary',
    language: language as ProbeLanguage,
    speaker: PROBE_SPEAKERS[language as ProbeLanguage].first,
    turns: [[text, topic === 'ordinary' ? { noHandoff: true } : { handoff: REASON[topic as Topic] }]] as const,
  })),
);
