import { htmlToText } from '../../channels/email/mime/html-to-text';
import { stripQuotedReply } from '../../channels/email/quoted-reply';
import { stripSignature } from '../../channels/email/signature';

const QUOTE = ['> Refunds go back to the way you paid.', '>', '> Support'];

/** [client and language, attribution line(s)] as the clients write them above a `>` quote. */
const ATTRIBUTIONS: [string, string[]][] = [
  ['Gmail, English', ['On Mon, Jun 3, 2024 at 9:12 AM Support <support@shop.example> wrote:']],
  ['Gmail, English, wrapped', ['On Mon, 3 Jun 2024 at 09:12, Support <support@shop.example>', 'wrote:']],
  ['Apple Mail, English', ['On 3 Jun 2024, at 09:12, Support <support@shop.example> wrote:']],
  ['Gmail, German', ['Am Mo., 3. Juni 2024 um 09:12 Uhr schrieb Support <support@shop.example>:']],
  ['Thunderbird, German', ['Am 03.06.24 um 09:12 schrieb Support:']],
  ['Apple Mail, French', ['Le 3 juin 2024 à 09:12, Support <support@shop.example> a écrit :']],
  ['Gmail, French, wrapped', ['Le lun. 3 juin 2024 à 09:12, Support <', 'support@shop.example> a écrit :']],
  ['Gmail, Swedish', ['Den mån 3 juni 2024 kl 09:12 skrev Support <support@shop.example>:']],
  ['Thunderbird, Swedish', ['Den 2024-06-03 kl. 09:12, skrev Support:']],
  ['Apple Mail, Danish', ['Den 3. jun. 2024 kl. 09.12 skrev Support <support@shop.example>:']],
  ['Gmail, Norwegian', ['man. 3. jun. 2024 kl. 09:12 skrev Support <support@shop.example>:']],
  ['Gmail, Spanish', ['El lun, 3 jun 2024 a las 9:12, Support (<support@shop.example>) escribió:']],
  ['Gmail, Italian', ['Il giorno lun 3 giu 2024 alle ore 09:12 Support <support@shop.example> ha scritto:']],
  ['Gmail, Dutch', ['Op ma 3 jun. 2024 om 09:12 schreef Support <support@shop.example>:']],
  ['Gmail, Polish', ['pon., 3 cze 2024 o 09:12 Support <support@shop.example> napisał(a):']],
  ['Thunderbird, Polish', ['W dniu 3.06.2024 o 09:12, Support pisze:']],
  ['Gmail, Portuguese', ['Em seg., 3 de jun. de 2024 às 09:12, Support <support@shop.example> escreveu:']],
  ['Gmail, Czech', ['po 3. 6. 2024 v 9:12 odesílatel Support <support@shop.example> napsal:']],
  ['Gmail, Finnish', ['ma 3.6.2024 klo 9.12 Support (support@shop.example) kirjoitti:']],
  ['Gmail, Greek', ['Στις Δευ 3 Ιουν 2024 στις 9:12 π.μ., ο/η Support <support@shop.example> έγραψε:']],
];

describe('quoted history is stripped', () => {
  test.each(ATTRIBUTIONS)('%s: attribution and ">" quote above which the customer wrote', (_client, attribution) => {
    const text = ['My refund has still not arrived.', '', ...attribution, ...QUOTE].join('\n');
    expect(stripQuotedReply(text)).toBe('My refund has still not arrived.');
  });

  test.each(ATTRIBUTIONS)('%s: attribution followed by unquoted history (clients that do not prefix ">")', (_client, attribution) => {
    const text = ['My refund has still not arrived.', '', ...attribution, '', 'Refunds go back to the way you paid.', 'Support'].join('\n');
    expect(stripQuotedReply(text)).toBe('My refund has still not arrived.');
  });

  test.each([
    ['English', '-----Original Message-----', ['From: Support <support@shop.example>', 'Sent: Monday, June 3, 2024 9:12 AM', 'To: Emma Clarke', 'Subject: Refund']],
    ['German', '-----Ursprüngliche Nachricht-----', ['Von: Support <support@shop.example>', 'Gesendet: Montag, 3. Juni 2024 09:12', 'An: Anna Schmidt', 'Betreff: Erstattung']],
    ['French', '-----Message d\'origine-----', ['De : Support <support@shop.example>', 'Envoyé : lundi 3 juin 2024 09:12', 'À : Lucas Martin', 'Objet : Remboursement']],
    ['Spanish', '-----Mensaje original-----', ['De: Support <support@shop.example>', 'Enviado el: lunes, 3 de junio de 2024 9:12', 'Para: Sofía', 'Asunto: Reembolso']],
    ['Dutch', '-----Oorspronkelijk bericht-----', ['Van: Support <support@shop.example>', 'Verzonden: maandag 3 juni 2024 09:12', 'Aan: Daan', 'Onderwerp: Terugbetaling']],
    ['Polish', '-----Wiadomość oryginalna-----', ['Od: Support <support@shop.example>', 'Wysłano: poniedziałek, 3 czerwca 2024 09:12', 'Do: Zofia', 'Temat: Zwrot']],
  ])('Outlook, %s: "-----Original Message-----" and everything after it', (_language, separator, header) => {
    const text = ['Please cancel the order.', '', separator, ...header, '', 'Your order has shipped.'].join('\n');
    expect(stripQuotedReply(text)).toBe('Please cancel the order.');
  });

  test.each([
    ['English', ['From: Support <support@shop.example>', 'Sent: 03 June 2024 09:12', 'To: Emma Clarke <emma.clarke@example.co.uk>', 'Subject: RE: Refund']],
    ['Swedish', ['Från: Support <support@shop.example>', 'Skickat: den 3 juni 2024 09:12', 'Till: Erik Lindqvist', 'Ämne: Faktura']],
    ['Italian', ['Da: Support <support@shop.example>', 'Inviato: lunedì 3 giugno 2024 09:12', 'A: Giulia', 'Oggetto: Rimborso']],
    ['bold, as Gmail renders an Outlook header', ['*From:* Support <support@shop.example>', '*Sent:* Monday, June 3, 2024 9:12 AM', '*To:* Emma Clarke', '*Subject:* Refund']],
  ])('Outlook header block without a separator, %s', (_language, header) => {
    const text = ['Thanks, but the amount is wrong.', '', '________________________________', ...header, '', 'Your refund was issued.'].join('\n');
    expect(stripQuotedReply(text)).toBe('Thanks, but the amount is wrong.');
    expect(stripQuotedReply(['Thanks, but the amount is wrong.', '', ...header, '', 'Your refund was issued.'].join('\n'))).toBe('Thanks, but the amount is wrong.');
  });

  test('a reply written below the quote (bottom-posting) is kept', () => {
    const text = ['On Mon, Jun 3, 2024 at 9:12 AM Support <support@shop.example> wrote:', '> Which order do you mean?', '', 'Order 40021, the blue jacket.'].join('\n');
    expect(stripQuotedReply(text)).toBe('Order 40021, the blue jacket.');
  });

  test('answers written inline between quoted lines are kept, the quoted lines are not', () => {
    const text = [
      'On Mon, Jun 3, 2024 at 9:12 AM Support <support@shop.example> wrote:',
      '> Which order do you mean?',
      'Order 40021.',
      '> Did you already send it back?',
      'Yes, on Friday.',
    ].join('\n');
    expect(stripQuotedReply(text)).toBe('Order 40021.\nYes, on Friday.');
  });

  test('a forwarded message is kept: the customer wants us to read it', () => {
    const text = [
      'See the mail from the shop below, they say you have my money.',
      '',
      '---------- Forwarded message ---------',
      'From: Nordic Outdoor <orders@nordic.example>',
      'Date: Mon, 3 Jun 2024 at 09:00',
      'Subject: Your return',
      'To: <anna.schmidt@example.de>',
      '',
      'We refunded 89.00 EUR to your payment provider.',
    ].join('\n');
    expect(stripQuotedReply(text)).toBe(text);
  });

  test('a customer quoting in their own words ("the shop wrote:") keeps what follows', () => {
    const text = 'The shop wrote:\nyour refund is on the way\nbut nothing came.';
    expect(stripQuotedReply(text)).toBe(text);
  });

  test('a message that is only quoted history becomes empty', () => {
    expect(stripQuotedReply(['On Mon, Jun 3, 2024 at 9:12 AM Support <support@shop.example> wrote:', ...QUOTE].join('\n'))).toBe('');
  });
});

describe('signatures are stripped', () => {
  test.each([
    ['RFC 3676 delimiter', 'Where is my refund?\n\n-- \nAnna Schmidt\nSchmidt Design GmbH\n+49 30 1234567'],
    ['English closing', 'Where is my refund?\n\nBest regards,\nEmma Clarke'],
    ['English thanks and name', 'Where is my refund?\n\nThanks,\nEmma'],
    ['German closing with phone', 'Where is my refund?\n\nMit freundlichen Grüßen\nAnna Schmidt\nTel. +49 151 12345678'],
    ['French closing', 'Where is my refund?\n\nCordialement,\nLucas Martin'],
    ['Swedish closing', 'Where is my refund?\n\nMed vänliga hälsningar\nErik Lindqvist'],
    ['Danish closing', 'Where is my refund?\n\nMed venlig hilsen\nMette'],
    ['Norwegian closing', 'Where is my refund?\n\nVennlig hilsen\nLars'],
    ['Spanish closing', 'Where is my refund?\n\nUn saludo,\nSofía'],
    ['Italian closing', 'Where is my refund?\n\nCordiali saluti\nGiulia Rossi'],
    ['Dutch closing', 'Where is my refund?\n\nMet vriendelijke groet,\nDaan de Vries'],
    ['Polish closing', 'Where is my refund?\n\nPozdrawiam\nZofia Nowak'],
    ['Finnish closing', 'Where is my refund?\n\nYstävällisin terveisin\nAino'],
    ['iPhone', 'Where is my refund?\n\nSent from my iPhone'],
    ['iPhone, German', 'Where is my refund?\n\nVon meinem iPhone gesendet'],
    ['iPhone, Swedish', 'Where is my refund?\n\nSkickat från min iPhone'],
    ['iPhone, Spanish', 'Where is my refund?\n\nEnviado desde mi iPhone'],
    ['Outlook mobile', 'Where is my refund?\n\nGet Outlook for Android'],
    ['closing above a device line', 'Where is my refund?\n\nThanks,\nAnna\n\nSent from my iPhone'],
  ])('%s', (_case, text) => {
    expect(stripSignature(text)).toBe('Where is my refund?');
  });

  test('a message that is nothing but thanks stays: it is the message', () => {
    expect(stripSignature('Thank you!')).toBe('Thank you!');
    expect(stripSignature('Danke')).toBe('Danke');
  });

  test('a greeting followed by the question is not a closing', () => {
    expect(stripSignature('Hi,\nThanks\nmy order 40021 never arrived, what now')).toBe('Hi,\nThanks\nmy order 40021 never arrived, what now');
  });

  test('text under a closing that is more than a signature is kept', () => {
    const text = 'Quick question.\n\nThanks\nAlso, can I change my due date to the 28th?';
    expect(stripSignature(text)).toBe(text);
  });
});

describe('HTML mail is read without its quoted history', () => {
  test('Gmail: gmail_quote and its attribution are dropped, nested divs inside it too', () => {
    const html =
      '<div dir="ltr">The amount is wrong.<div><br></div><div>Anna</div></div><br>' +
      '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">Am Mo., 3. Juni 2024 schrieb Support:<br></div>' +
      '<blockquote class="gmail_quote"><div><div>Your refund</div></div> was issued.</blockquote></div>';
    expect(htmlToText(html)).toBe('The amount is wrong.\n\nAnna');
  });

  test('Apple Mail: <blockquote type="cite"> is dropped', () => {
    const html = '<html><body dir="auto">Still nothing.<br><br><div dir="ltr">Sent from my iPhone</div><blockquote type="cite">On 3 Jun 2024 Support wrote:<br>Refunds take 5 days.</blockquote></body></html>';
    expect(htmlToText(html)).toBe('Still nothing.\n\nSent from my iPhone');
  });

  test('Outlook: everything from divRplyFwdMsg on is history', () => {
    const html =
      '<html><head><style>p{margin:0}</style></head><body><p>Please call me.</p><div id="appendonsend"></div><hr>' +
      '<div id="divRplyFwdMsg"><b>From:</b> Support</div><div>Old text</div></body></html>';
    expect(htmlToText(html)).toBe('Please call me.');
  });

  test('Outlook desktop: the bordered From/Sent header box starts the history', () => {
    const html =
      '<div class="WordSection1"><p class="MsoNormal">Refund please.<o:p></o:p></p>' +
      '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>From:</b> Support</p></div>' +
      '<p class="MsoNormal">Earlier message</p></div>';
    expect(htmlToText(html)).toBe('Refund please.');
  });

  test('entities, lists, scripts and comments', () => {
    const html = '<p>Caf&eacute; &amp; &#x1F4E6; &lt;ok&gt;&nbsp;&euro;5</p><!-- a comment --><script>alert(1)</script><ul><li>one</li><li>two</li></ul>';
    expect(htmlToText(html)).toBe('Café & 📦 <ok> €5\n\n- one\n- two');
  });

  test('keepQuotes keeps quoted history (for audit and tests)', () => {
    expect(htmlToText('<p>New</p><blockquote>Old</blockquote>', { keepQuotes: true })).toBe('New\n\nOld');
  });
});
