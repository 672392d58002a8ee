/**
 * How people say that money left their account without them, per language (all 14), as lexicon phrases (see
 * text-folding.ts: folded, `\p{L}*` ends a stem, " … " is a few words of the same sentence). Five ways of saying it:
 * the word itself (fraud, scam, phishing), someone else paid or used the card ("someone has been paying with it"), a
 * payment nobody recognises, a card lost or stolen and then used, and "it wasn't me". Each is written so that ordinary
 * questions do not match: "can someone tell me whether I paid" is not "someone paid".
 */

/** A card (or wallet) lost or stolen, and then used: both orders, "card … stolen … paid" and "stolen … card … paid". */
function lostThenUsed(card: string, lost: string, used: string): string[] {
  return [`${card} … ${lost} … ${used}`, `${lost} … ${card} … ${used}`];
}

export const FRAUD_LEXICON: Record<string, string[]> = {
  en: [
    'fraud\\p{L}*', 'scam\\p{L}*', 'unauthori[sz]ed', 'identity theft', 'stolen identity', 'hacked', 'phishing',
    "(i )?(did not|didn't|never) (make|made|authori[sz]e|buy|order)( (this|that|these|it))?( \\p{L}+)?", 'not me who', "(it )?(wasn't|was not) me",
    "some(one|body) (else )?(has |had |have |must have |is |was |just )?(been )?(used|using|paid|paying|bought|buying|ordered|ordering|spent|spending|withdrew|withdrawn|stole|hacked)",
    '(payments?|charges?|transactions?|purchases?|debits?|withdrawals?) … (don\'t|do not|didn\'t|did not|can\'t|cannot) recogni[sz]e',
    '(don\'t|do not|didn\'t|did not|can\'t|cannot) recogni[sz]e … (payments?|charges?|transactions?|purchases?|debits?|withdrawals?)',
    ...lostThenUsed('(card|wallet|purse)', '(stolen|stole|lost|missing|gone|nicked)', '((paid|bought|spent|shopped) (with|on) it|(been|was|were|got) used|used it|(charges|payments|purchases|transactions) (on|with|from) it)'),
    'fake (website|shop|store|email|sms|text|caller|call|advisor|adviser|bank)', 'gave … (card details|card number|pin|password|login details|security code|verification code)',
  ],
  de: [
    'betrug\\p{L}*', 'betrüger\\p{L}*', 'nicht autorisiert\\p{L}*', 'nicht von mir', 'habe ich nicht (gekauft|bestellt|gemacht)', 'jemand hat meine', 'gehackt', 'identitätsdiebstahl', 'phishing', 'abzocke',
    'jemand (anderes )?hat … (bezahlt|benutzt|gekauft|bestellt|abgebucht|abgehoben|eingekauft|verwendet|genutzt|ausgegeben)',
    'hat jemand … (bezahlt|benutzt|gekauft|bestellt|abgebucht|abgehoben|eingekauft|verwendet|genutzt)',
    '(zahlung|abbuchung|buchung|betrag|geld|umsatz|lastschrift|einkauf|kauf|transaktion)\\p{L}* … (nicht kenne|kenne ich nicht|nicht erkenne|erkenne ich nicht|nicht zuordnen|zuordnen kann)',
    'das war ich nicht', 'das war nicht ich', 'die ich nicht war', 'ich war das nicht',
    ...lostThenUsed('(karte|geldbörse|portemonnaie|brieftasche)', '(gestohlen|geklaut|verloren|weg|verschwunden)', '(damit (bezahlt|eingekauft|gekauft|bestellt)|benutzt|verwendet|abgebucht|abgehoben)'),
    'fake-?(shop|seite|sms|mail|anruf)', 'gefälscht\\p{L}* (seite|sms|mail|e-mail|shop|anruf|nachricht)', '(pin|kartendaten|zugangsdaten|passwort|tan) … (weitergegeben|verraten|herausgegeben)',
  ],
  fr: [
    'fraud\\p{L}*', 'arnaque\\p{L}*', 'escroquerie', 'escroc', 'non autorisée?s?', "je n'ai (pas|jamais) (fait|commandé|acheté)", "usurpation d'identité", 'piraté', 'hameçonnage', 'phishing',
    "quelqu'un (d'autre )?(a|aurait|l'a|les a) … (payé|utilisé|acheté|commandé|retiré|dépensé|débité)", "quelqu'un s'en est servi", "quelqu'un s'est servi",
    '(paiement|prélèvement|débit|achat|transaction|opération|retrait|montant)s? … ne (le |la |les )?reconnais pas', 'ne (le |la |les )?reconnais pas … (paiement|prélèvement|débit|achat|transaction|opération|retrait)',
    "ce n'est pas moi", "c'est pas moi", "ce n'etait pas moi", 'pas moi qui',
    ...lostThenUsed('(carte|portefeuille|sac)', '(volée?|perdue?|disparue?|égarée?)', '((payé|acheté|dépensé|commandé) avec|utilisée?|débitée?)'),
    'faux (conseiller|site|sms|mail|e-mail|banquier|agent|vendeur|message)', 'fausse (banque|page|boutique|annonce)', 'donné … (codes?|identifiants|mot de passe|numéro de carte|coordonnées bancaires|code de sécurité)',
  ],
  es: [
    'fraude', 'estafa\\p{L}*', 'no autorizad\\p{L}*', 'yo no (hice|he hecho|compré|pedí)', 'hackead\\p{L}*', 'suplantación de identidad', 'robo de identidad', 'phishing',
    'alguien (ha |había |lo ha |la ha |me ha |las ha |los ha )?(pagado|pagó|usado|usó|utilizado|utilizó|comprado|compró|pedido|pidió|sacado|sacó|retirado|gastado|gastó|cargado)',
    '(cargo|cobro|pago|compra|transacción|movimiento|adeudo|retirada|importe)s? … no (lo |la |los |las )?reconozco', 'no reconozco … (cargo|cobro|pago|compra|transacción|movimiento|adeudo|retirada|importe)',
    'no fui yo', 'no he sido yo', 'yo no he sido',
    ...lostThenUsed('(tarjeta|cartera)', '(robad\\p{L}*|robaron|perdí|perdid[oa]|desaparecid\\p{L}*)', '((pagado|pagaron|comprado|compraron|gastado) con ella|usad[oa]|usaron)'),
    'falso (banco|asesor|agente|sms|correo|mensaje)', '(página|tienda|web) falsa', '(he dado|le di|di mis) … (claves|datos de la tarjeta|contraseña|códigos?|pin)',
  ],
  it: [
    'frode', 'truffa\\p{L}*', 'non autorizzat\\p{L}*', "non (ho|l'ho) (fatto|comprato|ordinato) io", 'hackerat\\p{L}*', "furto d'identità", 'phishing',
    "qualcuno (ha |l'ha |li ha |avrebbe )?(pagato|usato|usata|utilizzato|utilizzata|comprato|ordinato|prelevato|speso|addebitato|fatto acquisti|fatto ordini)", 'qualcuno … a (mio|mia) nome',
    '(addebit|pagament|acquist|transazion|moviment|preliev|spes|import)\\p{L}* … non (lo |la |li |le )?riconosco', 'non riconosco … (addebit|pagament|acquist|transazion|moviment|preliev)\\p{L}*',
    'non sono stat[oa] io', 'non ero io',
    ...lostThenUsed('(carta|portafoglio)', '(rubat\\p{L}*|smarrit\\p{L}*|sparit\\p{L}*)', '(usat[oa]|utilizzat[oa]|(pagato|comprato|speso) con)'),
    'falso (operatore|sito|sms|consulente)', 'sito falso', 'ho dato … (codici|dati della carta|password|pin)',
  ],
  pt: [
    'fraude', 'burla', 'golpe', 'não autorizad\\p{L}*', 'não fui eu', 'alguém usou', 'pirateado', 'hackead\\p{L}*', 'roubo de identidade', 'phishing',
    'alguém (pagou|usou|utilizou|comprou|encomendou|levantou|gastou|fez compras)', 'alguém (tem|terá|deve ter) … (pago|usado|utilizado|comprado)',
    '(débito|cobrança|pagamento|compra|transação|movimento|levantamento)s? … não (o |a )?reconheço', 'não reconheço … (débito|cobrança|pagamento|compra|transação|movimento|levantamento)',
    ...lostThenUsed('(cartão|carteira)', '(roubad\\p{L}*|roubaram|perdi|perdido|desaparec\\p{L}*)', '((pagaram|compraram|gastaram|pago) com ele|usad[oa]|usaram|utilizad[oa])'),
    'falso (assistente|site|sms|funcionário)', 'site falso', 'dei … (códigos|dados do cartão|palavra-passe|pin)',
  ],
  nl: [
    'fraude', 'oplichting', 'opgelicht', 'oplichter\\p{L}*', 'niet geautoriseerd\\p{L}*', 'niet door mij', 'iemand heeft mijn', 'gehackt', 'identiteitsfraude', 'phishing',
    'iemand (anders )?heeft … (betaald|gebruikt|gekocht|besteld|opgenomen|uitgegeven|gepind)', 'heeft iemand … (betaald|gebruikt|gekocht|besteld|opgenomen|gepind)',
    '(betaling|afschrijving|transactie|aankoop|boeking|opname)\\p{L}* … (niet herken|herken ik niet|niet van mij|heb ik niet gedaan)', 'dat was ik niet(?= ?[,.!;]|$)', 'ben ik niet geweest',
    ...lostThenUsed('(pas|kaart|portemonnee)', '(gestolen|kwijt|verloren|weg)', '(mee (betaald|gekocht|gepind)|gebruikt|afgeschreven|opgenomen|misbruikt)'),
    'nep(site|winkel|sms|mail|bericht|medewerker)', 'valse (medewerker|site|sms|mail)', 'gegeven … (pincode|kaartgegevens|inloggegevens|wachtwoord|codes?)',
  ],
  sv: [
    'bedrägeri\\p{L}*', 'bedragare', 'bluff\\p{L}*', 'obehörig\\p{L}*', 'inte jag som', 'var inte jag', 'någon har använt', 'hackad\\p{L}*', 'kapad\\p{L}*', 'id-kapning', 'identitetsstöld', 'nätfiske',
    'någon (annan )?(har|hade) … (betalat|använt|handlat|köpt|beställt|tagit ut|dragit)', 'någon (betalade|använde|handlade|köpte|beställde)',
    '(dragning|betalning|köp|transaktion|debitering|uttag)\\p{L}* … (inte känner igen|känner inte igen)', '(känner inte igen|inte känner igen) … (dragning|betalning|köp|transaktion|debitering|uttag)\\p{L}*',
    ...lostThenUsed('(kort|plånbok)\\p{L}*', '(borta|stul\\p{L}*|tappat|försvunn\\p{L}*|förlorat)', '(handlat|betalat|använt|köpt|dragits|tagits ut)'),
    'falsk\\p{L}* (sida|sms|mejl|bank|webbplats)', '(lämnat ut|gav|gett) … (kortuppgifter\\p{L}*|kod\\p{L}*|lösenord\\p{L}*|bankid)',
  ],
  nb: [
    'svindel', 'bedrageri\\p{L}*', 'svindler\\p{L}*', 'uautorisert\\p{L}*', 'ikke meg som', 'ikke jeg som', 'var ikke (meg|jeg)', 'noen har brukt', 'hacket', 'id-tyveri', 'identitetstyveri',
    'noen (andre )?(har|hadde) … (betalt|brukt|handlet|kjøpt|bestilt|tatt ut|trukket)',
    '(belastning|trekk|betaling|kjøp|transaksjon|uttak)\\p{L}* … (ikke kjenner igjen|kjenner ikke igjen)', '(kjenner ikke igjen|ikke kjenner igjen) … (belastning|trekk|betaling|kjøp|transaksjon|uttak)\\p{L}*',
    ...lostThenUsed('(kort|lommebok)\\p{L}*', '(borte|stjålet|mistet|forsvunnet|tapt)', '(handlet|betalt|brukt|kjøpt|trukket|tatt ut)'),
    'falsk\\p{L}* (side|sms|e-post|bank|nettside)', '(gitt|ga) … (kortopplysning\\p{L}*|kode\\p{L}*|passord\\p{L}*|bankid)',
  ],
  da: [
    'svindel', 'bedrageri\\p{L}*', 'svindler\\p{L}*', 'uautoriseret', 'ikke mig der', 'ikke mig som', 'var ikke mig', 'nogen har brugt', 'hacket', 'identitetstyveri',
    'nogen (andre )?(har|havde) … (betalt|brugt|handlet|købt|bestilt|hævet|trukket)',
    '(trækning|betaling|køb|transaktion|hævning)\\p{L}* … (ikke kender|kender ikke|ikke genkender|genkender ikke)', '(kender ikke|genkender ikke) … (trækning|betaling|køb|transaktion|hævning)\\p{L}*',
    ...lostThenUsed('(kort|pung|tegnebog)\\p{L}*', '(væk|stjålet|mistet|forsvundet|tabt)', '(handlet|betalt|brugt|købt|trukket|hævet)'),
    'falsk\\p{L}* (side|sms|mail|bank|hjemmeside)', '(givet|gav) … (kortoplysning\\p{L}*|kode\\p{L}*|adgangskode\\p{L}*|mitid)',
  ],
  fi: [
    'petos\\p{L}*', 'huijau\\p{L}*', 'huijari\\p{L}*', 'luvaton', 'luvattom\\p{L}*', 'joku on käyttänyt', 'hakkeroi\\p{L}*', 'identiteettivarkau\\p{L}*', 'tietojenkalastelu',
    'joku (muu )?(on|oli) … (maksanut|käyttänyt|ostanut|tilannut|nostanut)', 'joku (maksoi|käytti|osti|tilasi|nosti)',
    '(veloitu|maksu|osto|tapahtum|nosto|veloitus)\\p{L}* … en tunnista', 'en tunnista … (veloitu|maksu|osto|tapahtum|nosto|veloitus)\\p{L}*', 'jota en tunnista',
    '(ostos|osto|tilaus|tilauksen|maksu|veloitus)\\p{L}* … en (ole )?tehnyt', 'en (ole )?tehnyt … (ostos|osto|tilaus|tilauksen|maksu|veloitus)\\p{L}*', 'en ollut minä',
    ...lostThenUsed('kort\\p{L}*', '(katosi|kadonnut|varastettu|varastettiin|hävisi|hukassa|hukkasin)', '(maksanut|maksettu|käytetty|käyttänyt|ostettu|ostanut|nostettu)'),
    'väärennet\\p{L}*', 'annoin … (korttitiedot|tunnukset|koodin|salasanan)',
  ],
  pl: [
    'oszust\\p{L}*', 'wyłudz\\p{L}*', 'nieautoryzowan\\p{L}*', 'to nie ja', 'ktoś użył', 'zhakowan\\p{L}*', 'kradzież tożsamości', 'phishing',
    'ktoś … (zapłacił|użył|kupił|zamówił|wypłacił|płacił|wydał|skorzystał|zrobił zakupy)',
    '(transakcj|płatnoś|obciążeni|zakup|wypłat)\\p{L}* … nie rozpoznaj\\p{L}*', 'nie rozpoznaj\\p{L}* … (transakcj|płatnoś|obciążeni|zakup|wypłat)\\p{L}*',
    'nie (robił|zrobił|dokonał|zamawiał|kupował|zamówił|kupił)\\p{L}* … (zakup|zamówie|transakcj|płatnoś|obciąże)\\p{L}*',
    ...lostThenUsed('(kart|portfel)\\p{L}*', '(zgubił\\p{L}*|ukradzion\\p{L}*|ukradli|skradzion\\p{L}*|zginęł\\p{L}*)', '(zapłacon\\p{L}*|użyt\\p{L}*)'),
    'fałszyw\\p{L}* (stron\\p{L}*|sms\\p{L}*|konsultant\\p{L}*|pracownik\\p{L}*|bank\\p{L}*)', 'podał\\p{L}* … (dane karty|kod\\p{L}*|hasło|pin)',
  ],
  cs: [
    'podvod\\p{L}*', 'neautorizovan\\p{L}*', 'nebyl jsem to já', 'nebyla jsem to já', 'hacknut\\p{L}*', 'krádež identity', 'phishing',
    'někdo (s ní |s mou kartou |s mojí kartou |mou kartou |mojí kartou |na moje jméno |na mé jméno )?(platil|zaplatil|použil|koupil|objednal|vybral|utratil|nakupoval)',
    '(platb|transakc|stržen|nákup|výběr)\\p{L}* … (nepoznávám|neznám)', '(nepoznávám|neznám) … (platb|transakc|stržen|nákup|výběr)\\p{L}*',
    '(nákup|objednávk|platb|transakc)\\p{L}* … (jsem )?(neudělal|neprovedl|neobjednal|nekoupil)\\p{L}*',
    ...lostThenUsed('(kart|peněženk)\\p{L}*', '(ztratil\\p{L}*|ukradl\\p{L}*|ukraden\\p{L}*|zmizel\\p{L}*)', '(zaplacen\\p{L}*|použit\\p{L}*)'),
    'falešn\\p{L}* (stránk\\p{L}*|sms|operátor\\p{L}*|bankéř\\p{L}*|e-mail\\p{L}*)', 'dal\\p{L}* … (údaje o kartě|údaje z karty|přístupové údaje)',
  ],
  el: [
    'απάτη', 'απατεών\\p{L}*', 'εξαπάτηση', 'μη εξουσιοδοτημέν\\p{L}*', 'δεν (την )?έκανα εγώ', 'δεν ήμουν εγώ', 'χακάρ\\p{L}*', 'υποκλοπή ταυτότητας',
    'κάποιος … (πλήρωσε|χρησιμοποίησε|αγόρασε|παρήγγειλε|σήκωσε|ξόδεψε|χρέωσε)',
    '(χρέωση|χρεώσεις|πληρωμή|πληρωμές|συναλλαγή|συναλλαγές|αγορά|ανάληψη) … δεν (την |τις |το )?αναγνωρίζω', 'δεν (την |τις |το )?αναγνωρίζω … (χρέωση|πληρωμή|συναλλαγή|αγορά|ανάληψη)',
    ...lostThenUsed('(κάρτα|πορτοφόλι)\\p{L}*', '(έκλεψαν|κλεμμέν\\p{L}*|έχασα|χάθηκε|χαμέν\\p{L}*)', '(χρησιμοποιήθηκε|πλήρωσαν|πλήρωσε|χρέωσαν|αγόρασαν)'),
    'ψεύτικ\\p{L}* (σελίδα|μήνυμα|sms|υπάλληλο|τράπεζα)', 'έδωσα … (στοιχεία της κάρτας|κωδικ\\p{L}*|pin)',
  ],
};
