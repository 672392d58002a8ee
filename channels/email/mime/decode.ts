import { TextDecoder } from 'node:util';

/**
 * Byte-level decoders of RFC 2045-2047, synchronous so that `parse` stays pure. Charsets go through the WHATWG
 * TextDecoder, which Node ships with full ICU (windows-125x, iso-8859-x, koi8, shift_jis, gb18030, big5, ...).
 */

/** windows-1252 at 0x80-0x9F (where ISO-8859-1 has control characters); unassigned bytes stay as they are. */
const CP1252_HIGH =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Node 20's TextDecoder decodes windows-1252 (and every label WHATWG maps to it: latin1, iso-8859-1, us-ascii) as
 * plain ISO-8859-1, turning Outlook's curly quotes and euro signs into control characters. This is the fix.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80]!);
}

type Decode = (bytes: Uint8Array) => string;
const decoders = new Map<string, Decode>();

function textDecoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

function decoderFor(charset: string): Decode {
  const label = charset.trim().toLowerCase().replace(/^"|"$/g, '') || 'utf-8';
  let decode = decoders.get(label);
  if (!decode) {
    const decoder = textDecoder(label);
    // An unknown or unsupported charset is read as windows-1252, which never fails and keeps Latin text.
    decode = !decoder || decoder.encoding === 'windows-1252' ? decodeWindows1252 : (bytes) => decoder.decode(bytes);
    decoders.set(label, decode);
  }
  return decode;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes to text in the declared charset. Without a declaration, mail in the wild is UTF-8 more often than the
 * US-ASCII the RFC presumes, so UTF-8 is tried first and windows-1252 catches the rest.
 */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  if (!charset || /^(us-)?ascii$/i.test(charset.trim())) {
    try {
      return strictUtf8.decode(bytes);
    } catch {
      return decodeWindows1252(bytes);
    }
  }
  return decoderFor(charset)(bytes);
}

/** `=XX` escapes to bytes and `=` line ends removed; anything malformed is kept as is. */
function unescapeQuoted(text: string): Buffer {
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (char === 0x3d) {
      const next = text.slice(index + 1, index + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(next)) {
        bytes.push(parseInt(next, 16));
        index += 2;
        continue;
      }
      const softBreak = /^\r?\n/.exec(text.slice(index + 1, index + 3));
      if (softBreak) {
        index += softBreak[0].length;
        continue;
      }
    }
    bytes.push(char & 0xff);
  }
  return Buffer.from(bytes);
}

/** Quoted-printable (RFC 2045 6.7): `=XX` bytes, `=` soft line breaks, trailing whitespace of a line dropped. */
export function decodeQuotedPrintable(input: string): Buffer {
  // Trailing whitespace is transport padding (rule 3). Line by line: one regex over the whole body would backtrack
  // quadratically on a long run of spaces.
  const text = input
    .split('\n')
    .map((line) => {
      const carriageReturn = line.endsWith('\r') ? '\r' : '';
      let end = line.length - carriageReturn.length;
      while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end -= 1;
      return line.slice(0, end) + carriageReturn;
    })
    .join('\n');
  return unescapeQuoted(text);
}

/** A body's bytes (a binary string) after its Content-Transfer-Encoding. 7bit, 8bit and binary are identity. */
export function decodeTransferEncoding(binary: string, encoding: string | undefined): Buffer {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'base64':
      return Buffer.from(binary.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
    case 'quoted-printable':
      return decodeQuotedPrintable(binary);
    default:
      return Buffer.from(binary, 'latin1');
  }
}

const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;
/** Whitespace between two adjacent encoded words is not part of the text (RFC 2047 6.2). */
const BETWEEN_ENCODED_WORDS = /(\?=)\s+(?==\?[^?\s]+\?[BbQq]\?)/g;

/** Decodes RFC 2047 encoded words (`=?utf-8?Q?Gr=C3=BC=C3=9Fe?=`) in a header value; RFC 2231 language tags are dropped. */
export function decodeEncodedWords(value: string): string {
  return value.replace(BETWEEN_ENCODED_WORDS, '$1').replace(ENCODED_WORD, (word, charset: string, encoding: string, text: string) => {
    const bytes =
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64')
        : unescapeQuoted(text.replace(/_/g, ' '));
    const label = charset.split('*')[0] ?? charset;
    try {
      return decodeCharset(bytes, label);
    } catch {
      return word;
    }
  });
}

/** Header bytes as text: raw UTF-8 (RFC 6532) when it is valid UTF-8, else windows-1252. */
export function decodeHeaderBytes(binary: string): string {
  if (!/[\x80-\xff]/.test(binary)) return binary;
  return decodeCharset(Buffer.from(binary, 'latin1'), undefined);
}
