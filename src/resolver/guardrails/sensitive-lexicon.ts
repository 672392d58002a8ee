import { FRAUD_LEXICON } from './fraud-lexicon';

/**
 * Phrases that mark a sensitive conversation, per topic and language (all 14). Written as regular-expression
 * alternatives, folded like the message (see text-folding.ts), so accents are optional. Multi-word phrases where a
 * single word would be ambiguous ("my phone died", Swedish "dog"); `\p{L}*` ends a stem; " … " stands for a few words of
 * the same sentence. All languages are checked on every message, so a phrase must not be an ordinary word of another
 * language (French "dette" is Norwegian "this").
 */
export const SENSITIVE_TOPICS = ['fraud', 'financial_hardship', 'complaint', 'bereavement', 'vulnerability', 'human_request'] as const;
export type SensitiveTopic = (typeof SENSITIVE_TOPICS)[number];

export const SENSITIVE_LEXICON: Record<SensitiveTopic, Record<string, string[]>> = {
  fraud: FRAUD_LEXICON,
  financial_hardship: {
    en: ["(can't|cannot|can not|couldn't) afford", 'lost my job', 'unemployed', 'made redundant', 'struggling (to pay|financially|with money)', 'financial (difficult\\p{L}*|hardship|trouble)', 'in debt', 'debt collect\\p{L}*', 'collection agency', 'bailiff\\p{L}*', 'bankrupt\\p{L}*', 'no money (left|at all)', 'money(\'s| is) (really |very |so |a bit )?tight', '(can\'t|cannot) keep up (with )?(the |my )?(payments|instalments|repayments|bills)', '(struggling|struggle) to (pay|keep up|make ends meet)', 'make ends meet', 'behind (on|with) (my )?(payments|bills|rent|instalments)', '(instalments?|repayments?) … (can\'t|cannot) (pay|afford|keep up)'],
    de: ['kann (mir )?(das|die raten?|es) nicht (mehr )?leisten', 'arbeitslos', 'job verloren', 'finanzielle (schwierigkeiten|probleme|not)', 'schulden', 'inkasso\\p{L}*', 'gerichtsvollzieher', 'insolvenz', 'pleite', 'geld … reicht … nicht', 'reicht … geld … nicht', '(rate|raten|zahlungen) … (nicht mehr|kaum) (bezahlen|zahlen|stemmen|schaffen)', 'schaffe … (raten|zahlungen) … nicht', 'kein geld mehr', '(habe|hab) kein geld', 'knapp bei kasse', 'über die runden'],
    fr: ["(je )?n'ai plus (d'argent|de travail)", 'perdu mon (emploi|travail)', 'au chômage', 'difficultés financières', 'situation financière (très |vraiment |assez )?(difficile|compliquée|précaire)', 'surendett\\p{L}*', 'recouvrement', 'huissier', 'faillite', '(je )?n\'arrive (plus|pas) à (payer|rembourser)', 'fins de mois', 'à découvert', 'fauchée?', '(des|mes|de|une|ma|la|nos|vos|grosses) dettes?', 'endett\\p{L}*'],
    es: ['no puedo pagarlo', 'no me lo puedo permitir', 'perdí mi (trabajo|empleo)', 'en paro', 'desemplead\\p{L}*', 'dificultades económicas', 'problemas económicos', 'deudas?', 'cobro de deudas', 'recobro', 'embargo', 'quiebra', 'no llego a fin de mes', 'no puedo pagar (las|mis|la|el) (cuotas?|plazos?|letras?|facturas?|recibos?)', 'sin trabajo', 'no tengo dinero', 'empresa de (recobro|cobros?)'],
    it: ['non posso permettermel\\p{L}*', 'perso il (lavoro|posto)', 'disoccupat\\p{L}*', 'difficoltà economiche', 'problemi economici', 'debiti', 'recupero crediti', 'ufficiale giudiziario', 'fallimento', 'non ho (i )?soldi', 'non riesco a pagare', 'non arrivo a fine mese', 'società di recupero', 'senza lavoro'],
    pt: ['não tenho dinheiro', 'perdi o (meu )?emprego', 'desempregad\\p{L}*', 'dificuldades financeiras', 'dívidas?', 'cobrança de dívidas', 'penhora', 'falência', 'não tenho como pagar', 'não consigo pagar', 'empresa de cobranças?', 'não chego ao fim do mês', 'sem emprego'],
    nl: ['kan (het|dit) niet (meer )?betalen', 'geen geld meer', 'baan kwijt', 'werkloos', 'financiële problemen', 'schulden', 'incassobureau', 'deurwaarder', 'failliet', 'kom … niet rond', 'rond (te )?komen', '(termijn|termijnen|betalingen|rekeningen) … niet (meer )?betalen', 'geen geld meer', 'heb (echt |helemaal )?geen geld(?! terug)'],
    sv: ['har inte råd', 'förlorat jobbet', 'blivit av med jobbet', 'arbetslös', 'ekonomiska (problem|svårigheter)', 'skulder', 'inkasso\\p{L}*', 'kronofogden', 'konkurs', 'pengarna räcker inte', 'räcker inte … pengar\\p{L}*', 'klarar inte … (betalning\\p{L}*|avbetalning\\p{L}*|räkning\\p{L}*)', 'har inga pengar'],
    nb: ['har ikke råd', 'mistet jobben', 'arbeidsledig', 'økonomiske (problemer|vansker)', 'gjeld', 'inkasso\\p{L}*', 'namsmann\\p{L}*', 'konkurs', 'strekker ikke til', 'klarer ikke … (avdrag\\p{L}*|betaling\\p{L}*|regning\\p{L}*)', 'har ingen penger'],
    da: ['har ikke råd', 'mistet mit job', 'arbejdsløs', 'økonomiske (problemer|vanskeligheder)', 'gæld', 'inkasso\\p{L}*', 'fogeden', 'konkurs', 'slår ikke til', 'kan ikke betale … (rate\\p{L}*|regning\\p{L}*|afdrag\\p{L}*)', 'har ingen penge'],
    fi: ['ei ole varaa', 'minulla ei ole rahaa', 'menetin työpaikka\\p{L}*', 'työtön', 'taloudelli\\p{L}* (vaikeu\\p{L}*|ongelm\\p{L}*)', 'velka\\p{L}*', 'perintä\\p{L}*', 'ulosotto\\p{L}*', 'konkurssi', 'rahat eivät riitä', 'ei riitä rahat', 'en pysty maksamaan', 'työttöm\\p{L}*'],
    pl: ['nie stać mnie', 'straciłe[mś] pracę', 'straciłam pracę', 'bezrobotn\\p{L}*', 'problemy finansowe', 'trudności finansowe', 'długi', 'zadłużen\\p{L}*', 'windykac\\p{L}*', 'komornik\\p{L}*', 'upadłość', 'brakuje mi pieniędzy', 'nie dam rady (spłacać|płacić|zapłacić)', 'nie mam pieniędzy na', 'nie mam (już )?z czego (zapłacić|spłacić|płacić)'],
    cs: ['přišel jsem o práci', 'přišla jsem o práci', 'nezaměstnan\\p{L}*', 'finanční (problémy|potíže)', 'dluh\\p{L}*', 'vymáhání', 'exekuc\\p{L}*', 'exekutor\\p{L}*', 'bankrot', 'nevychází (mi )?peníze', 'nemám peníze na', 'nemám na splátk\\p{L}*', 'nemám z čeho', 'nemám na to peníze', 'vymahač\\p{L}*', '(nemůžu|nezvládám) splácet'],
    el: ['δεν έχω (να πληρώσω|χρήματα|λεφτά)', 'έχασα τη δουλειά', 'άνεργ\\p{L}*', 'οικονομικές δυσκολίες', 'οικονομικά προβλήματα', 'χρέη', 'εισπρακτικ\\p{L}*', 'πτώχευση', 'δεν βγαίνω', 'δεν μπορώ να (πληρώνω|πληρώσω) τις δόσεις'],
  },
  complaint: {
    en: ['formal complaint', 'make a complaint', 'file a complaint', 'complain(t)? (to|about)', 'ombudsman', 'lawyer', 'solicitor', 'attorney', '(i will|i\'ll|going to) sue', 'legal action', 'take you to court', 'small claims', 'regulator', 'trading standards'],
    de: ['beschwerde', 'beschweren', 'anwalt', 'anwältin', 'rechtsanwalt', 'verklagen', 'klage einreichen', 'rechtliche schritte', 'vor gericht', 'verbraucherzentrale', 'schlichtungsstelle', 'bafin'],
    fr: ['réclamation formelle', 'porter plainte', 'plainte', 'avocat', 'poursuivre en justice', 'action en justice', 'tribunal', 'médiateur', 'association de consommateurs', 'dgccrf', 'déposer une réclamation', 'faire une réclamation'],
    es: ['reclamación formal', 'poner una reclamación', 'queja formal', 'abogad\\p{L}*', 'demandar', 'demanda judicial', 'denunciar', 'tribunal', 'juzgado', 'organismo de consumo', 'defensor del cliente'],
    it: ['reclamo formale', 'sporgere reclamo', 'avvocat\\p{L}*', 'fare causa', 'denuncia\\p{L}*', 'tribunale', 'azioni legali', 'arbitro bancario', 'associazione consumatori', 'presentare (un )?reclamo', 'fare (un )?reclamo'],
    pt: ['reclamação formal', 'livro de reclamações', 'apresentar queixa', 'advogad\\p{L}*', 'processar', 'tribunal', 'ação judicial', 'deco', 'provedor do cliente', 'fazer uma reclamação', 'apresentar (uma )?reclamação'],
    nl: ['formele klacht', 'klacht indienen', 'advocaat', 'aanklagen', 'juridische stappen', 'rechter', 'rechtbank', 'geschillencommissie', 'kifid', 'consumentenbond'],
    sv: ['formellt klagomål', 'klagomål', 'advokat', 'jurist', 'stämma er', 'rättsliga åtgärder', 'domstol', 'anmäla er', 'konsumentverket', 'arn'],
    nb: ['formell klage', 'vil klage', 'advokat', 'saksøke', 'rettslige skritt', 'forliksrådet', 'domstol', 'forbrukerrådet', 'finansklagenemnda'],
    da: ['formel klage', 'vil klage', 'advokat', 'sagsøge', 'retslige skridt', 'i retten', 'forbrugerombudsmand\\p{L}*', 'ankenævn\\p{L}*', 'indgive en klage', 'klage over jer'],
    fi: ['virallinen valitus', 'virallisen valitukse\\p{L}*', 'teen valituksen', 'haastan (teidät )?oikeuteen', 'oikeustoim\\p{L}*', 'käräjäoikeu\\p{L}*', 'kuluttajariitalautakun\\p{L}*', 'kuluttajaneuvonta', 'asianajaja\\p{L}*', 'lakimie\\p{L}*', 'valitukse\\p{L}*'],
    pl: ['skarg\\p{L}*', 'prawnik\\p{L}*', 'adwokat\\p{L}*', 'pozw\\p{L}*', 'podam was do sądu', 'do sądu', 'sądow\\p{L}*', 'kroki prawne', 'uokik', 'rzecznik\\p{L}* finansow\\p{L}*'],
    cs: ['stížnost\\p{L}*', 'právník\\p{L}*', 'advokát\\p{L}*', 'žalob\\p{L}*', 'zažaluji', 'k soudu', 'soudní', 'právní kroky', 'čoi', 'finančn\\p{L}* arbitr\\p{L}*'],
    el: ['παράπονο', 'καταγγελία', 'δικηγόρ\\p{L}*', 'μήνυση', 'δικαστήριο', 'νομικά μέτρα', 'συνήγορ\\p{L}* του καταναλωτή'],
  },
  bereavement: {
    en: ['passed away', 'bereave\\p{L}*', 'deceased', 'funeral', 'death (of|in the family)', 'my (late )?(husband|wife|partner|mother|father|mum|mom|dad|son|daughter|brother|sister|grandmother|grandfather) (has |just )?died', 'my late (husband|wife|partner|mother|father|mum|mom|dad|son|daughter|brother|sister|grandmother|grandfather|gran|grandma|grandpa)', 'lost my (husband|wife|partner|mother|father|mum|mom|dad|son|daughter|brother|sister)', 'probate', 'executor of'],
    de: ['verstorben\\p{L}*', 'gestorben', 'todesfall', 'trauerfall', 'beerdigung', 'beisetzung', 'ist tot', 'nachlass\\p{L}*', 'erbengemeinschaft'],
    fr: ['décéd\\p{L}*', 'décès', 'funérailles', 'obsèques', 'est mort', 'est morte', 'nous a quittés', 'succession de (mon|ma|mes)', 'gère la succession', 'notaire'],
    es: ['falleci\\p{L}*', 'fallecid\\p{L}*', 'ha muerto', 'murió', 'funeral', 'entierro', 'defunción', 'herencia', 'albacea'],
    it: ['decedut\\p{L}*', 'deceduto', 'è mort[oa]', 'è scomparso', 'è scomparsa', 'funerale', 'lutto', 'defunt\\p{L}*', 'venut[oa] a mancare', 'eredità'],
    pt: ['faleceu', 'falecid\\p{L}*', 'falecimento', 'morreu', 'funeral', 'óbito', 'herança'],
    nl: ['overleden', 'overlijden', 'begrafenis', 'gestorven', 'crematie', 'nalatenschap'],
    sv: ['gick bort', 'har gått bort', 'dödsfall', 'begravning', 'dödsbo\\p{L}*', 'avlid\\p{L}*', '(fru|man|make|maka|pappa|mamma|far|mor|son|dotter|bror|syster|sambo|farmor|mormor|farfar|morfar)( min)? dog'],
    nb: ['gikk bort', 'har gått bort', 'avdød\\p{L}*', 'dødsfall', 'begravelse', 'dødsbo\\p{L}*', 'er død', '(kona|kone|mannen|faren|far|moren|mor|sønnen|datteren|broren|søsteren|samboeren|pappa|mamma)( min| mi)? døde'],
    da: ['gik bort', 'er gået bort', 'afdød\\p{L}*', 'dødsfald', 'begravelse', 'dødsbo\\p{L}*', 'er død', '(kone|mand|far|mor|søn|datter|bror|søster|kæreste|samlever|mormor|farmor|morfar|farfar)( min)? døde'],
    fi: ['kuoli', 'kuollut', 'menehtyi', 'kuolema\\p{L}*', 'hautajai\\p{L}*', 'kuolinpesä\\p{L}*', 'edesmen\\p{L}*'],
    pl: ['zmarł\\p{L}*', 'nie żyje', 'śmier\\p{L}*', 'pogrzeb\\p{L}*'],
    cs: ['zemřel\\p{L}*', 'zesnul\\p{L}*', 'úmrtí', 'pohřeb\\p{L}*', 'umřel\\p{L}*'],
    el: ['πέθανε', 'απεβίωσε', 'θάνατος', 'θανάτου', 'κηδεία', 'έφυγε από τη ζωή', 'εκλιπ\\p{L}*'],
  },
  vulnerability: {
    en: ['suicid\\p{L}*', 'kill myself', 'end my life', 'self[- ]harm', 'hurt myself', 'domestic (abuse|violence)', 'forced me to', 'coerced', 'dementia', 'mental health', 'severe(ly)? (ill|depressed)', 'in hospital', 'terminal(ly)? ill', '(makes|made|forces|forced|pressures|pressured) me (to )?(take out|buy|pay|borrow|sign|use|order)', 'controls? my money', '(can\'t|cannot) cope', 'end it all', '(want|going) to die', '(don\'t|do not) want to (live|be here)', 'no reason to live', '(can\'t|cannot) go on'],
    de: ['suizid\\p{L}*', 'selbstmord\\p{L}*', 'mich umbringen', 'mir das leben nehmen', 'selbstverletz\\p{L}*', 'häusliche gewalt', 'gezwungen', 'demenz', 'psychisch krank', 'depression\\p{L}*', 'im krankenhaus', 'schwer krank', 'zwingt mich', 'zwingen mich', 'setzt mich unter druck', 'ich kann (einfach )?nicht mehr(?= ?[,.!;]|$)', '(will|möchte) nicht mehr leben', '(will|möchte) sterben'],
    fr: ['suicid\\p{L}*', 'me tuer', 'en finir', 'mutiler', 'violence(s)? conjugale(s)?', 'forcée? à', 'démence', 'alzheimer', 'dépression', "à l'hôpital", 'gravement malade', 'm\'oblige\\p{L}*', 'me force\\p{L}* à', 'je n\'en peux plus', 'envie de mourir', 'plus envie de vivre', 'hospitalisée?'],
    es: ['suicid\\p{L}*', 'quitarme la vida', 'matarme', 'autolesi\\p{L}*', 'violencia (doméstica|de género)', 'me obligó', 'me obligaron', 'demencia', 'depresión', 'en el hospital', 'enfermedad grave', 'me obliga\\p{L}*', 'me fuerza\\p{L}*', 'ya no puedo más', 'no quiero vivir', 'quiero morir\\p{L}*', 'ingresad[oa]', 'hospitalizad[oa]'],
    it: ['suicid\\p{L}*', 'uccidermi', 'togliermi la vita', 'autolesion\\p{L}*', 'violenza domestica', 'costrett[oa]', 'demenza', 'depressione', 'in ospedale', 'malattia grave', 'mi costring\\p{L}*', 'mi obblig\\p{L}*', 'non ce la faccio più', 'farla finita', 'voglio morire', 'ricoverat[oa]'],
    pt: ['suicíd\\p{L}*', 'suicid\\p{L}*', 'matar-me', 'me matar', 'automutila\\p{L}*', 'violência doméstica', 'demência', 'depressão', 'no hospital', 'doença grave', 'obriga-me', 'me obriga\\p{L}*', 'obrigam-me', 'já não aguento', 'acabar com tudo', 'quero morrer', 'internad[oa]', 'obrigad[oa] a (comprar|pagar|assinar|pedir|fazer)'],
    nl: ['zelfmoord', 'suïcid\\p{L}*', 'mezelf iets aandoen', 'zelfbeschadiging', 'huiselijk geweld', 'gedwongen', 'dementie', 'depressie\\p{L}*', 'in het ziekenhuis', 'ernstig ziek', 'dwingt (me|mij)', 'ik zie het niet meer zitten', 'er een eind aan maken', 'wil dood', 'niet meer leven'],
    sv: ['självmord\\p{L}*', 'ta livet av mig', 'skada mig själv', 'självskad\\p{L}*', 'våld i nära relation\\p{L}*', 'tvingad\\p{L}*', 'demens', 'depression', 'på sjukhus', 'svårt sjuk', 'tvingar mig', 'orkar inte leva', 'vill inte leva', 'vill dö', 'orkar inte mer'],
    nb: ['selvmord\\p{L}*', 'ta livet mitt', 'skade meg selv', 'selvskad\\p{L}*', 'vold i nære relasjoner', 'tvunget', 'demens', 'depresjon', 'på sykehus', 'alvorlig syk', 'tvinger meg', 'orker ikke mer', 'vil ikke leve', 'vil dø'],
    da: ['selvmord\\p{L}*', 'tage mit eget liv', 'skade mig selv', 'selvskad\\p{L}*', 'vold i hjemmet', 'tvunget', 'demens', 'depression', 'på hospitalet', 'alvorligt syg', 'tvinger mig', 'kan ikke mere(?= ?[,.!;]|$)', 'vil ikke leve', 'vil dø', 'indlagt'],
    fi: ['itsemurh\\p{L}*', 'tappaa itseni', 'satuttaa itseäni', 'itsetuho\\p{L}*', 'lähisuhdeväkivalta', 'pakotti\\p{L}*', 'dementia', 'masennu\\p{L}*', 'sairaalassa', 'vakavasti sairas', 'pakottaa (minut|minua)', 'en jaksa enää(?= ?[,.!;]|$)', 'en jaksa elää', 'haluan kuolla', 'en halua elää'],
    pl: ['samobój\\p{L}*', 'zabić się', 'odebrać sobie życie', 'samookalecz\\p{L}*', 'przemoc domowa', 'zmusił\\p{L}*', 'demencj\\p{L}*', 'depresj\\p{L}*', 'w szpitalu', 'ciężko chor\\p{L}*', 'zmusza\\p{L}* mnie', 'nie daję (już )?rady(?= ?[,.!;]|$)', 'skończyć ze sobą', 'nie chcę żyć', 'chcę umrzeć'],
    cs: ['sebevražd\\p{L}*', 'zabít se', 'ublížit si', 'sebepoškoz\\p{L}*', 'domácí násilí', 'donutil\\p{L}*', 'demenc\\p{L}*', 'depres\\p{L}*', 'v nemocnici', 'vážně nemocn\\p{L}*', 'nutí mě', 'mě nutí', 'už nemůžu(?= ?[,.!;]|$)', 'nechci žít', 'chci umřít'],
    el: ['αυτοκτον\\p{L}*', 'να σκοτωθώ', 'αυτοτραυματισ\\p{L}*', 'ενδοοικογενειακή βία', 'με ανάγκασ\\p{L}*', 'άνοια', 'κατάθλιψη', 'στο νοσοκομείο', 'βαριά άρρωστ\\p{L}*', 'με αναγκάζει', 'με πιέζει', 'δεν αντέχω άλλο', 'να τελειώσω τη ζωή μου', 'θέλω να πεθάνω'],
  },
  human_request: {
    en: ['(talk|speak|chat) (to|with) (a |an |some(one|body) )?(real |actual )?(human|person|agent|representative|advisor|adviser|someone|somebody)', 'real (human|person)', 'human (agent|being|please)', 'customer service (agent|representative)', '(someone|somebody|a person) on the phone', 'call me back'],
    de: ['mit einem (menschen|mitarbeiter|berater)', 'echte[nr]? (mensch\\p{L}*|person)', 'mitarbeiter sprechen', 'kundenberater', 'jemanden am telefon'],
    fr: ['(parler|discuter) (à|avec) (un|une) (humain|personne|conseill\\p{L}*|agent|opérat\\p{L}*)', 'vraie personne', 'un humain', 'quelqu\'un au téléphone', 'être rappelée?'],
    es: ['hablar con (una persona|un humano|un agente|alguien|un asesor|un operador)', 'persona real', 'alguien por teléfono'],
    it: ['parlare con (una persona|un operatore|un umano|qualcuno)', 'persona reale', 'operatore umano', 'qualcuno al telefono'],
    pt: ['falar com (uma pessoa|um humano|um assistente|alguém|um operador)', 'pessoa real', 'alguém ao telefone'],
    nl: ['(spreken|praten) met (een mens|een medewerker|iemand)', 'met (een|iemand) (mens|medewerker|persoon) (spreken|praten)', 'echte (mens|persoon|medewerker)', 'iemand aan de (lijn|telefoon)'],
    sv: ['prata med (en människa|en person|någon|en handläggare)', 'riktig (människa|person)', 'någon i telefon'],
    nb: ['snakke med (et menneske|en person|noen|en saksbehandler|en rådgiver)', 'ekte (menneske|person)', 'noen på telefon(en)?'],
    da: ['tale med (et menneske|en person|nogen|en medarbejder|en rådgiver)', 'rigtig(t)? (menneske|person)', 'nogen i telefonen'],
    fi: ['puhua (ihmisen|asiakaspalvelijan|jonkun) kanssa', 'oikea ihminen', 'oikean ihmisen', 'jonkun puhelimeen'],
    pl: ['rozmawiać z (człowiekiem|konsultantem|kimś|pracownikiem)', 'prawdziw\\p{L}* (człowiek\\p{L}*|osob\\p{L}*)', 'ktoś przez telefon'],
    cs: ['mluvit s (člověkem|operátorem|někým|pracovníkem)', 'skutečn\\p{L}* člověk\\p{L}*', 'někoho na telefonu'],
    el: ['να μιλήσω με (άνθρωπο|εκπρόσωπο|κάποιον|υπάλληλο)', 'πραγματικό άνθρωπο', 'κάποιον στο τηλέφωνο'],
  },
};
