import type { LanguageCode } from './language-detection';

/**
 * Hand-picked everyday words per language: function words, question words, greetings and the spellings that
 * tell close neighbours apart (da "hvad, købe, efter" / nb "hva, kjøpe, etter" / sv "vad, köpa, efter";
 * nl "het, niet, wat" / de "das, nicht, was"). They count as frequent words of their language in the
 * statistical model, so even a language whose training text is missing, or a two-word message, has
 * evidence. Norwegian lists common dialect and Nynorsk forms too (eg, ikkje, kva, kor): people write
 * the way they speak in chats. A word that is everyday in two languages belongs in both lists (nb and sv
 * "bra", "ingen", "ni" = nine; nb and da "godt", "nemlig"), or it becomes a tell-tale of only one.
 */
export const LANGUAGE_LEXICON: Record<LanguageCode, string> = {
  en: `the a an and or but is are was were be been being have has had do does did not no yes i you he she it we
    they me my mine your yours our their them this that these those what where when why how who which whose can
    could will would should shall must may might please thanks thank hello hi hey bye goodbye okay of to in on at
    for with from by about there here some any all just still yet already again want need get got help today
    tomorrow yesterday morning evening tonight weather rain time its im dont cant wont didnt doesnt isnt arent
    whats theres youre ive ill much many more most very really also only than then now if because so too`,
  de: `der die das den dem des ein eine einen einem einer und oder aber ist sind war waren bin bist habe hast hat
    haben hatte nicht kein keine keinen ja nein ich du er sie es wir ihr mich mir dich dir mein meine meinen
    meinem dein deine unser unsere was wo wann warum wieso wie wer welche welcher welches kann kannst können
    könnte will willst möchte möchten soll sollte muss müssen bitte danke dankeschön hallo tschüss servus moin
    wiedersehen von vom zu zum zur im auf am für mit bei nach aus über unter noch schon auch nur sehr heute
    morgen gestern jetzt hier dort etwas alles alle ob dass wenn weil wird werden wurde gibt geht gut mal doch
    denn eigentlich uhr wetter regnet erinnerung wecker bestellen bestellung geld karte zahlung rechnung
    warte gerade immer nie wieder bereits vielleicht gerne genau heißt groß schön bisschen zurück`,
  nl: `de het een en of maar is zijn was waren ben heb hebt heeft hebben had niet geen ja nee ik jij je u hij zij
    ze wij we jullie mij me mijn jouw uw ons onze wat waar wanneer waarom hoe wie welke welk kan kun kunnen
    kunt wil wilt willen zou zouden moet moeten mag alstublieft alsjeblieft graag bedankt dank dankjewel
    dankuwel hallo hoi doei dag tot ziens van naar op aan voor met bij uit over nog al ook alleen heel erg
    vandaag morgen gisteren nu hier daar iets alles alle dat als omdat wordt worden werd gaat goed even toch
    weer wekker herinnering bestellen bestelling geld kaart betaling rekening regent zonnig bewolkt uur
    misschien altijd nooit eigenlijk gewoon zo mee dit deze die er naar hebben gaan komt krijg krijgen`,
  da: `jeg du han hun den det vi de mig dig ham hende os jer dem min mit mine din dit dine vores jeres hvad hvor
    hvornår hvorfor hvordan hvem hvilken hvilket hvilke kan kunne vil ville skal skulle må får ikke ja nej og
    eller men er var har havde være været blive bliver blev en et af på til fra med om efter hos ud op ned også
    kun meget lidt nu her der noget nogen alle at hvis fordi tak tusind hej farvel godmorgen goddag undskyld
    gerne måske altid aldrig igen allerede endnu sådan mere mest bare lige jo nok vejret vejr regne regner
    klokken alarm alarmen alarmer vækkeur vækkeuret påmindelse påmindelser købe købt penge kort bestilling øjeblik spørgsmål
    hjælpe hjælp kommer gøre gør sige siger tage give finde sæt slet læg spil vis find aflys annuller
    hjem hjemme næste sidste dag uge måned år gang sød rigtig godt fint selvfølgelig nemlig ingen intet ni
    kunde deres når vær mange skru`,
  nb: `jeg du han hun den det vi de meg deg ham henne oss dere dem min mitt mine din ditt dine vår vårt våre
    deres hva hvor når hvorfor hvordan hvem hvilken hvilket hvilke kan kunne vil ville skal skulle må får
    ikke ja nei og eller men er var har hadde være vært bli blir ble en ei et av på til fra med om etter hos
    ut opp ned også bare veldig litt nå her der noe noen alle at hvis fordi takk tusen hei hallo morn
    unnskyld gjerne kanskje alltid aldri igjen allerede ennå sånn mer mest jo nok været vær regne regner
    alarm alarmen alarmer klokka klokken vekkerklokke vekkerklokka påminnelse påminnelser kjøpe kjøpt penger kort
    bestilling øyeblikk spørsmål hjelpe hjelp kommer gjøre gjør si sier ta gi finne finn sett slett legg
    spill vis avlys kanseller hjem hjemme neste siste dag uke måned år gang mye mange fint greit selvfølgelig
    eg æ jæ mæ dæ sæ mæg dæg ho hu hænn dokk dokker dåkk dykk dykkar dæm døm deira hennar
    ikkje ikkj itj ittj kva ka kå kor korr kolles korleis kordan koss kossen åssen assen koffor kvifor kofor
    korfor kæm kem kven kenn nårr ska sku treng trenge veit sjå seie gjer kjem kjæm kjæmm vorte
    spæll lægg sætt finn vis slett skru minn te tel hær dær itte ette mykje mykkje møkje berre bære
    bærre heilt heile gansk nokk åsså òg enno kanskj kansje seinare tidleg imårra imorra imårå mårå
    imårgå morgo ikveld kveill inatt helga veka førre klokka klokkå påminnelsa påminnelsan påminninga
    alarman alarmane spillelista spillelistå spellelista låta sola snøen heime noko nokon nåkka nokka ein
    eit blei meir fekk sjølv sjøl frå kvar kvifor dokkers vårres dokkas
    bra ingen inget ni kunde lite sån nån dom idag igår morgon månad att regna spela visa vara farvel godt
    nemlig`,
  sv: `jag du han hon den det vi ni de dom mig mej dig dej honom henne oss er dem min mitt mina din ditt dina
    vår vårt våra deras vad var när varför hur vem vilken vilket vilka kan kunde vill ville ska skall skulle
    måste får inte ja nej och eller men är har hade vara varit bli blir blev en ett av på till från med om
    efter hos ut upp ner också bara mycket lite nu här där något någon några alla att eftersom tack hej
    hejdå morgon ursäkta gärna kanske alltid aldrig igen redan ännu sån sådan mer mest ju nog vädret väder
    regna regnar idag imorgon igår klockan väckarklocka larm larmet larmen påminnelse påminnelser köpa köpt pengar kort
    beställning ögonblick fråga hjälpa hjälp kommer göra gör säga säger ta ge hitta sätt lägg spela visa
    avboka även hem hemma nästa sista dag vecka månad år gång bra tycker inget ingen tusen sett nån`,
  fi: `minä mä sinä sä hän se me te he ne minun mun sinun sun meidän teidän heidän mikä mitä missä mihin mistä
    milloin miksi miten kuinka kuka kenen voi voin voit voisin voitko voisitko haluan haluaisin pitää
    täytyy ei en et emme ette eivät kyllä joo juu ja tai mutta on ovat oli olen olet olla ole tulee tämä tuo
    nämä kanssa ilman jälkeen ennen myös vain vaan hyvin tosi vähän nyt tässä täällä siellä jotain joku
    kaikki että jos koska kiitos kiitti moi hei terve näkemiin huomenta anteeksi mielellään ehkä aina koskaan
    taas jo vielä niin enemmän sää sataa tänään huomenna eilen kello herätys muistutus ostaa raha rahaa
    kortti tilaus hetki kysymys auttaa apua missä onko oletko olisi minulla sinulla paljon`,
  pl: `ja ty on ona ono my wy oni one mnie mi cię ciebie ci nas was ich mój moja moje mojego twój twoja nasz
    nasza co gdzie kiedy dlaczego czemu jak kto który która które mogę możesz może można chcę chciałbym
    chciałabym muszę trzeba nie tak oraz lub albo ale jest są był była było być mam masz ma mamy się w we
    na do z ze od o po przez dla przy za też także tylko bardzo trochę teraz tutaj tu tam coś ktoś wszystko
    wszyscy że żeby jeśli jeżeli bo ponieważ dziękuję dzięki cześć dzień dobry witam widzenia przepraszam
    proszę chętnie zawsze nigdy znowu już jeszcze więcej pogoda pada dzisiaj dziś jutro wczoraj godzina
    budzik przypomnienie kupić pieniądze karta karty zamówienie chwila pytanie pomóc pomoc jestem czy`,
  cs: `já ty on ona ono my vy oni ony mě mne mi tě tebe ti nás vás jich můj moje moji tvůj tvoje náš naše co
    kde kdy proč jak kdo který která které můžu mohu můžeš může můžete chci chtěl chtěla bych musím ne ano
    jo a nebo ale je jsou byl byla bylo být mám máš má máme se si v ve na do z ze od o po přes pro při za k
    ke také taky jen jenom velmi moc trochu teď tady tam něco někdo všechno všichni že aby jestli pokud
    protože děkuji děkuju díky ahoj dobrý den shledanou promiňte prosím rád ráda možná vždy vždycky nikdy
    znovu už ještě víc více počasí prší dnes dneska zítra včera hodin budík připomínka koupit peníze karta
    karty objednávka chvíli otázka pomoct pomoc jsem není`,
  es: `el la los las un una unos unas y o pero es son era fue ser estar está están estoy he has ha hemos han
    tengo tiene tienes no sí yo tú él ella nosotros ellos ellas usted ustedes me te se nos les le lo mi mis
    tu tus su sus nuestro nuestra qué que dónde donde cuándo cuando por porqué cómo como quién cuál puedo
    puede puedes quiero quisiera necesito debo favor gracias hola adiós buenos buenas días tardes noches de
    del al a en con para sin sobre desde hasta entre también solo sólo muy poco ahora aquí allí algo alguien
    todo todos si porque ya todavía aún más hoy mañana ayer hora alarma recordatorio comprar dinero tarjeta
    pedido momento pregunta ayudar ayuda hace tiempo llueve lluvia vale bueno cuánto cuesta mío`,
  pt: `o a os as um uma uns umas e ou mas é são era foi ser estar está estão estou tenho tem temos têm não sim
    eu tu você ele ela nós eles elas me te se nos lhe lhes meu minha meus minhas teu tua seu sua nosso nossa
    que onde quando porquê porque como quem qual posso pode podes quero queria preciso devo favor obrigado
    obrigada olá adeus bom dia boa tarde noite tchau de do da dos das ao à em no na nos nas com por pelo
    pela para sem sobre desde até entre também só muito pouco agora aqui ali lá algo alguém tudo todos já
    ainda mais hoje amanhã ontem hora alarme lembrete comprar dinheiro cartão encomenda pedido momento
    pergunta ajudar ajuda faz tempo chove chuva então isso isto essa esse este esta vou vai estou fazer`,
  it: `il lo la i gli le un uno una e o ma è sono era fu essere stare sta sto ho hai ha abbiamo hanno non sì io
    tu lui lei noi voi loro mi ti si ci vi mio mia miei mie tuo tua suo sua nostro che cosa dove quando
    perché come chi quale posso può puoi voglio vorrei devo favore grazie ciao arrivederci buongiorno
    buonasera di del della dei delle degli a al alla in nel nella con per su sul sulla da dal dalla tra fra
    anche solo molto poco adesso ora qui qua lì là qualcosa qualcuno tutto tutti se già ancora più oggi
    domani ieri sveglia promemoria comprare soldi carta ordine momento domanda aiutare aiuto fa tempo piove
    pioggia c dell nell all sull quanto questo questa quello fare`,
  fr: `le la les l un une des du de d et ou mais est sont était être suis es ai as a avons avez ont ne pas non
    oui je j tu il elle on nous vous ils elles me m te t se s lui leur mon ma mes ton ta tes son sa ses notre
    nos votre vos que qu quoi où quand pourquoi comment qui quel quelle quels peux peut pouvez veux voudrais
    dois plaît merci bonjour salut revoir bonsoir à au aux en dans sur avec pour par sans chez entre aussi
    seulement très peu maintenant ici là quelque chose quelqu tout tous si déjà encore plus aujourd hui
    demain hier heure réveil rappel acheter argent carte commande moment question aider aide fait temps
    pleut pluie c ça y cette ce cet combien`,
  el: `και το τα η ο οι της του των να θα δεν μου σου μας σας είναι ήταν ναι όχι ευχαριστώ γεια τι πού πότε
    γιατί πώς ποιος ποια ποιο με σε για από στο στη στην στον στα στις θέλω μπορώ μπορείτε παρακαλώ καλημέρα
    καλησπέρα σήμερα αύριο χθες τώρα εδώ εκεί κάτι όλα αν ότι επειδή πολύ λίγο ακόμα ήδη πάλι καιρός βρέχει
    ώρα ξυπνητήρι υπενθύμιση αγοράσω λεφτά χρήματα κάρτα παραγγελία πληρωμή βοήθεια έχω έχει`,
};
