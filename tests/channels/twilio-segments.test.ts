import { countSegments, encodingOf, splitOnWords, splitSms, splitWhatsapp, TWILIO_MAX_BODY_CHARS } from '../../channels/twilio/segments';

describe('SMS segments', () => {
  test.each([
    ['', 'GSM-7', 0, 0],
    ['a'.repeat(160), 'GSM-7', 160, 1],
    ['a'.repeat(161), 'GSM-7', 161, 2],
    ['a'.repeat(306), 'GSM-7', 306, 2],
    ['a'.repeat(307), 'GSM-7', 307, 3],
    // Extension characters take two septets: 80 euro signs fill one segment, 81 need two.
    ['€'.repeat(80), 'GSM-7', 160, 1],
    ['€'.repeat(81), 'GSM-7', 162, 2],
    ['{}[]~|^\\', 'GSM-7', 16, 1],
    ['Grüße aus Malmö, Ñoño à Åre', 'GSM-7', 27, 1],
    // ú is not in the GSM alphabet (ù is).
    ['Ñandú', 'UCS-2', 5, 1],
    // One character outside GSM-7 makes the whole message UCS-2.
    ['ł'.repeat(70), 'UCS-2', 70, 1],
    ['ł'.repeat(71), 'UCS-2', 71, 2],
    ['a'.repeat(100) + 'ł', 'UCS-2', 101, 2],
    ['Καλημέρα', 'UCS-2', 8, 1],
    // An emoji is two UTF-16 units and is never cut between segments.
    ['😀'.repeat(35), 'UCS-2', 70, 1],
    ['😀'.repeat(36), 'UCS-2', 72, 2],
    ['a' + '😀'.repeat(34), 'UCS-2', 69, 1],
    ['a' + '😀'.repeat(67), 'UCS-2', 135, 3],
  ])('%j is %s, %i units, %i segments', (text, encoding, units, segments) => {
    expect(countSegments(text)).toEqual({ encoding, units, segments });
  });

  test('ç is not GSM-7 (only capital Ç is), ¤ and § are', () => {
    expect(encodingOf('ça va')).toBe('UCS-2');
    expect(encodingOf('Ça va ¤ §')).toBe('GSM-7');
  });

  test('a short reply is one message, unchanged', () => {
    expect(splitSms('Your refund is on its way.')).toEqual({ parts: ['Your refund is on its way.'], truncated: false });
  });

  test('a long GSM-7 reply is split between words into messages of at most 10 segments', () => {
    const words = Array.from({ length: 600 }, (_, index) => `word${index}`);
    const { parts, truncated } = splitSms(words.join(' '));
    expect(truncated).toBe(false);
    expect(parts.length).toBe(4);
    for (const part of parts) {
      expect(countSegments(part).segments).toBeLessThanOrEqual(10);
      expect(part).toBe(part.trim());
    }
    expect(parts.join(' ').split(' ')).toEqual(words);
  });

  test('a UCS-2 reply fills at most 670 units per message', () => {
    const text = Array.from({ length: 200 }, () => 'zażółć').join(' ');
    const { parts } = splitSms(text);
    for (const part of parts) expect(countSegments(part)).toMatchObject({ encoding: 'UCS-2', segments: expect.any(Number) });
    expect(parts.every((part) => countSegments(part).segments <= 10)).toBe(true);
    expect(parts.join(' ')).toBe(text);
  });

  test('only the part with an emoji pays for UCS-2', () => {
    const text = `${'plain words '.repeat(40)}done 🎉`;
    const { parts } = splitSms(text, 2);
    expect(parts.slice(0, -1).every((part) => encodingOf(part) === 'GSM-7')).toBe(true);
    expect(encodingOf(parts[parts.length - 1]!)).toBe('UCS-2');
  });

  test('a word longer than a message is cut between characters, never inside an emoji', () => {
    const { parts } = splitOnWords('😀'.repeat(12), (candidate) => candidate.length <= 10, 5);
    expect(parts).toEqual(['😀'.repeat(5), '😀'.repeat(5), '😀'.repeat(2)]);
  });

  test('beyond the maximum number of messages the text is cut and ends with "..." (GSM-7 safe)', () => {
    const text = Array.from({ length: 3000 }, (_, index) => `w${index}`).join(' ');
    const { parts, truncated } = splitSms(text, 1, 3);
    expect(truncated).toBe(true);
    expect(parts).toHaveLength(3);
    expect(parts[2]!.endsWith('...')).toBe(true);
    expect(parts.every((part) => countSegments(part).segments === 1 && encodingOf(part) === 'GSM-7')).toBe(true);
  });

  test('whitespace only is no message at all', () => {
    expect(splitSms(' \n\t ')).toEqual({ parts: [], truncated: false });
  });

  test('WhatsApp has no segments but Twilio’s 1,600-character body limit', () => {
    const text = 'ok '.repeat(1000).trim();
    const { parts } = splitWhatsapp(text);
    expect(parts.length).toBe(2);
    expect(parts.every((part) => part.length <= TWILIO_MAX_BODY_CHARS)).toBe(true);
  });
});
