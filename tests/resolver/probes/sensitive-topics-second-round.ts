import type { Probe, ProbeLanguage } from './probe-types';
import { sensitiveProbes, type Topic } from './sensitive-topics';

/**
 * A second round of sensitive-topic probes, written after the lexicon was extended for the first round and run once
 * as a held-out check (docs/resolver.md reports its first result): a lexicon tuned to its own probes proves nothing.
 */
const MESSAGES: Record<ProbeLanguage, Record<Topic, string[]>> = {
  en: {
    fraud: ["two purchases from a shop in Madrid showed up and I've never been to Spain", 'my account was accessed by someone else and they ordered a laptop'],
    hardship: ["I'm between jobs right now and the next instalment will bounce", 'bailiffs came round yesterday about another debt'],
    complaint: ["I've had enough, I'm escalating this to the FCA", 'I want to speak to your complaints department'],
    bereavement: ['my dad died in March, how do I close his account', "we've just had a death in the family"],
    vulnerability: ['I have a learning disability and find this hard to understand', "I'm being pressured by my ex to pay for his things"],
  },
  de: {
    fraud: ['Auf meinem Konto sind Käufe, die ich nie getätigt habe', 'Mein Handy wurde geklaut und jetzt wurde etwas über mein Konto bestellt'],
    hardship: ['Ich bin seit Kurzem krankgeschrieben und habe kaum Einkommen', 'Ich weiß nicht, wie ich die nächste Rate bezahlen soll'],
    complaint: ['Ich werde mich bei der BaFin über Sie beschweren', 'Das ist eine Frechheit, ich reiche eine Beschwerde ein'],
    bereavement: ['Mein Mann ist vor zwei Wochen gestorben', 'Es geht um die Raten meiner verstorbenen Oma'],
    vulnerability: ['Ich bin schwanger und liege im Krankenhaus', 'Mein Ex-Partner hat mich gezwungen, das zu bestellen'],
  },
  fr: {
    fraud: ["Des achats que je n'ai jamais faits apparaissent sur mon compte", "Quelqu'un a ouvert un compte à mon nom"],
    hardship: ['Je suis au RSA et je ne peux plus honorer mes échéances', "Un huissier m'a contacté"],
    complaint: ['Je vais écrire au médiateur de la consommation', 'Je vais vous attaquer en justice'],
    bereavement: ['Ma mère nous a quittés la semaine dernière', 'Mon mari est décédé, que deviennent ses paiements ?'],
    vulnerability: ['Je suis sous tutelle et je ne comprends pas ces paiements', 'Mon ex me force à payer ses achats'],
  },
  es: {
    fraud: ['Me han suplantado la identidad y han pedido cosas', 'Aparecen compras que yo nunca he hecho'],
    hardship: ['Estoy en un ERTE y no me llega para la cuota', 'Tengo muchas deudas y no sé qué hacer'],
    complaint: ['Voy a presentar una queja formal', 'Lo voy a poner en manos de un abogado'],
    bereavement: ['Mi abuelo falleció y tenía una compra a plazos', 'Ha muerto mi hermano, ¿qué pasa con su cuenta?'],
    vulnerability: ['Tengo una discapacidad y me cuesta entender esto', 'Mi marido me obliga a comprar cosas que no quiero'],
  },
  it: {
    fraud: ['Ci sono acquisti che non ho mai fatto', 'Qualcuno ha usato i miei dati per comprare'],
    hardship: ['Sono in cassa integrazione e non arrivo a pagare', 'Ho troppi debiti'],
    complaint: ["Faccio reclamo formale all'Arbitro Bancario", 'Vi denuncio'],
    bereavement: ['Mia madre è deceduta, aveva un ordine aperto', 'È morto mio padre la settimana scorsa'],
    vulnerability: ['Sono in ospedale da giorni', 'Mi costringono a fare acquisti a rate'],
  },
  pt: {
    fraud: ['Há compras que nunca fiz na minha conta', 'Alguém usou os meus dados para comprar'],
    hardship: ['Estou desempregada e não consigo pagar', 'Tenho muitas dívidas'],
    complaint: ['Vou apresentar queixa no Banco de Portugal', 'Vou processar-vos'],
    bereavement: ['A minha avó faleceu e tinha pagamentos', 'O meu irmão morreu'],
    vulnerability: ['Estou internado no hospital há uma semana', 'O meu marido obriga-me a fazer compras'],
  },
  nl: {
    fraud: ['Er zijn aankopen die ik nooit heb gedaan', 'Iemand heeft mijn gegevens misbruikt om te bestellen'],
    hardship: ['Ik zit in de schuldhulpverlening', 'Ik heb geen inkomen meer sinds vorige maand'],
    complaint: ['Ik dien een formele klacht in', 'Ik schakel een advocaat in'],
    bereavement: ['Mijn moeder is vorige week overleden', 'Mijn opa is gestorven en had nog een betaling lopen'],
    vulnerability: ['Ik word gedwongen om dingen te bestellen', 'Ik heb dementie en begrijp de rekening niet'],
  },
  sv: {
    fraud: ['Det finns köp på mitt konto som jag aldrig har gjort', 'Någon har använt mina uppgifter för att handla'],
    hardship: ['Jag har ingen inkomst just nu', 'Jag har hamnat hos Kronofogden'],
    complaint: ['Jag ska göra en anmälan till Konsumentverket', 'Jag vill klaga formellt'],
    bereavement: ['Min mamma dog i förra veckan', 'Min farfar har gått bort'],
    vulnerability: ['Jag är sjukskriven för depression', 'Min pojkvän tvingar mig att köpa saker'],
  },
  nb: {
    fraud: ['Det er kjøp på kontoen min som jeg aldri har gjort', 'Noen har brukt opplysningene mine til å handle'],
    hardship: ['Jeg har ingen inntekt nå', 'Saken min er sendt til inkasso'],
    complaint: ['Jeg vil klage formelt', 'Jeg tar dette til Finansklagenemnda'],
    bereavement: ['Moren min døde forrige uke', 'Bestefaren min har gått bort'],
    vulnerability: ['Jeg er innlagt på sykehus', 'Kjæresten min tvinger meg til å handle'],
  },
  da: {
    fraud: ['Der er køb på min konto, som jeg aldrig har lavet', 'Nogen har brugt mine oplysninger til at handle'],
    hardship: ['Jeg har ingen indkomst lige nu', 'Min sag er sendt til inkasso'],
    complaint: ['Jeg vil klage formelt', 'Jeg går til Ankenævnet'],
    bereavement: ['Min mor døde i sidste uge', 'Min bedstefar er gået bort'],
    vulnerability: ['Jeg er indlagt på hospitalet', 'Min kæreste tvinger mig til at handle'],
  },
  fi: {
    fraud: ['Tililläni on ostoksia, joita en ole koskaan tehnyt', 'Joku on käyttänyt tietojani ostoksiin'],
    hardship: ['Minulla ei ole tuloja tällä hetkellä', 'Asiani on mennyt ulosottoon'],
    complaint: ['Haluan tehdä valituksen', 'Vien asian kuluttajaneuvontaan'],
    bereavement: ['Äitini kuoli viime viikolla', 'Isoisäni on menehtynyt'],
    vulnerability: ['Olen sairaalassa hoidossa', 'Puolisoni pakottaa minua tilaamaan asioita'],
  },
  pl: {
    fraud: ['Na moim koncie są zakupy, których nigdy nie zrobiłam', 'Ktoś wykorzystał moje dane do zakupów'],
    hardship: ['Nie mam teraz żadnych dochodów', 'Sprawa trafiła do komornika'],
    complaint: ['Złożę skargę do UOKiK', 'Idę z tym do sądu'],
    bereavement: ['Moja mama zmarła w zeszłym tygodniu', 'Dziadek nie żyje'],
    vulnerability: ['Leżę w szpitalu', 'Mój chłopak zmusza mnie do zakupów'],
  },
  cs: {
    fraud: ['Na účtu mám nákupy, které jsem nikdy neudělal', 'Někdo zneužil moje údaje k nákupu'],
    hardship: ['Momentálně nemám žádný příjem', 'Mám exekuci'],
    complaint: ['Podám stížnost na ČOI', 'Půjdu s tím k soudu'],
    bereavement: ['Moje matka minulý týden zemřela', 'Dědeček zemřel'],
    vulnerability: ['Ležím v nemocnici', 'Přítel mě nutí nakupovat'],
  },
  el: {
    fraud: ['Υπάρχουν αγορές στον λογαριασμό μου που δεν έκανα ποτέ', 'Κάποιος χρησιμοποίησε τα στοιχεία μου για αγορές'],
    hardship: ['Δεν έχω κανένα εισόδημα αυτή τη στιγμή', 'Έχω πολλά χρέη'],
    complaint: ['Θα κάνω καταγγελία στον Συνήγορο του Καταναλωτή', 'Θα σας πάω στο δικαστήριο'],
    bereavement: ['Η μητέρα μου πέθανε την περασμένη εβδομάδα', 'Ο παππούς μου απεβίωσε'],
    vulnerability: ['Νοσηλεύομαι στο νοσοκομείο', 'Ο σύντροφός μου με πιέζει να αγοράζω'],
  },
};

export const SECOND_ROUND_SENSITIVE_PROBES: Probe[] = sensitiveProbes(MESSAGES);
