import { digitsOf, iso7064Mod11Of10, luhn, modulo, plausibleDate, weightedSum } from './checksums';

/**
 * National identification numbers of our 23 markets: a pattern for the written form and, where the number has one,
 * its check digit, so ordinary numbers (amounts, order numbers, dates) are left alone. Every detector runs on every
 * message whatever its market: people write from abroad, and redacting a valid foreign ID is always right.
 */
export interface NationalIdFormat {
  market: string;
  name: string;
  pattern: RegExp;
  valid(match: string): boolean;
}

const edge = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}+])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
const d = digitsOf;

function irdValid(value: string): boolean {
  const digits = d(value);
  const number = Number(digits.join(''));
  if (number < 10_000_000 || number > 150_000_000) return false;
  const base = digits.slice(0, -1);
  while (base.length < 8) base.unshift(0);
  const check = digits.at(-1)!;
  for (const weights of [
    [3, 2, 7, 6, 5, 4, 3, 2],
    [7, 4, 3, 2, 5, 2, 7, 6],
  ]) {
    const remainder = weightedSum(base, weights) % 11;
    const expected = remainder === 0 ? 0 : 11 - remainder;
    if (expected !== 10) return expected === check;
  }
  return false;
}

const CURP_CHARACTERS = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
function curpValid(value: string): boolean {
  const upper = value.toUpperCase();
  const sum = [...upper.slice(0, 17)].reduce((total, character, index) => total + CURP_CHARACTERS.indexOf(character) * (18 - index), 0);
  return (10 - (sum % 10)) % 10 === Number(upper[17]);
}

const ITALIAN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
function codiceFiscaleValid(value: string): boolean {
  const upper = value.toUpperCase();
  let sum = 0;
  for (let index = 0; index < 15; index += 1) {
    const character = upper[index]!;
    const position = /\d/.test(character) ? Number(character) : character.charCodeAt(0) - 65;
    sum += index % 2 === 0 ? ITALIAN_ODD[position]! : position;
  }
  return String.fromCharCode(65 + (sum % 26)) === upper[15];
}

const FINNISH_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const SPANISH_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

function ppsnValid(value: string): boolean {
  const upper = value.toUpperCase();
  const digits = d(upper.slice(0, 7));
  const second = upper[8];
  const extra = second && second !== 'W' ? (second.charCodeAt(0) - 64) * 9 : 0;
  const remainder = (weightedSum(digits, [8, 7, 6, 5, 4, 3, 2]) + extra) % 23;
  return (remainder === 0 ? 'W' : String.fromCharCode(64 + remainder)) === upper[7];
}

function norwegianValid(value: string): boolean {
  const digits = d(value);
  const check = (weights: number[]) => {
    const remainder = 11 - (weightedSum(digits, weights) % 11);
    return remainder === 11 ? 0 : remainder;
  };
  const first = check([3, 7, 6, 1, 8, 9, 4, 5, 2]);
  const second = check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  return first !== 10 && second !== 10 && first === digits[9] && second === digits[10] && plausibleDate(((digits[0]! * 10 + digits[1]!) % 40) || 40, (digits[2]! * 10 + digits[3]!) % 40);
}

function dayMonth(digits: number[], dayAt: number, monthAt: number): [number, number] {
  return [digits[dayAt]! * 10 + digits[dayAt + 1]!, digits[monthAt]! * 10 + digits[monthAt + 1]!];
}

export const NATIONAL_ID_FORMATS: readonly NationalIdFormat[] = [
  { market: 'US', name: 'SSN', pattern: edge('\\d{3}[- ]\\d{2}[- ]\\d{4}'), valid: (m) => /^(?!000|666|9)\d{3}(?!00)\d{2}(?!0000)\d{4}$/.test(d(m).join('')) },
  {
    market: 'GB',
    name: 'National Insurance number',
    pattern: edge('[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]'),
    valid: (m) => !/^(BG|GB|KN|NK|NT|TN|ZZ)/i.test(m),
  },
  { market: 'IE', name: 'PPS number', pattern: edge('\\d{7}[A-W][A-IW]?'), valid: ppsnValid },
  { market: 'AU', name: 'tax file number', pattern: edge('\\d{3} ?\\d{3} ?\\d{3}'), valid: (m) => weightedSum(d(m), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0 },
  { market: 'NZ', name: 'IRD number', pattern: edge('\\d{2,3}-?\\d{3}-?\\d{3}'), valid: irdValid },
  { market: 'CA', name: 'social insurance number', pattern: edge('\\d{3}[- ]?\\d{3}[- ]?\\d{3}'), valid: (m) => luhn(m) },
  { market: 'MX', name: 'CURP', pattern: edge('[A-Z][AEIOUX][A-Z]{2}\\d{6}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[A-Z\\d]\\d'), valid: curpValid },
  { market: 'DE', name: 'tax identification number', pattern: edge('[1-9]\\d ?\\d{3} ?\\d{3} ?\\d{3}'), valid: (m) => iso7064Mod11Of10(d(m).slice(0, 10)) === d(m)[10] },
  {
    market: 'AT',
    name: 'social insurance number',
    pattern: edge('\\d{4} ?\\d{6}'),
    valid: (m) => {
      const digits = d(m);
      const check = weightedSum(digits, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11;
      return check === digits[3] && plausibleDate(...dayMonth(digits, 4, 6));
    },
  },
  {
    market: 'CH',
    name: 'AHV number',
    pattern: edge('756[. ]?\\d{4}[. ]?\\d{4}[. ]?\\d{2}'),
    valid: (m) => {
      const digits = d(m);
      return (10 - (weightedSum(digits, [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]) % 10)) % 10 === digits[12];
    },
  },
  {
    market: 'PL',
    name: 'PESEL',
    pattern: edge('\\d{11}'),
    valid: (m) => {
      const digits = d(m);
      return (10 - (weightedSum(digits, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === digits[10] && plausibleDate(digits[4]! * 10 + digits[5]!, (digits[2]! * 10 + digits[3]!) % 20);
    },
  },
  { market: 'GR', name: 'AMKA', pattern: edge('\\d{11}'), valid: (m) => luhn(m) && plausibleDate(...dayMonth(d(m), 0, 2)) },
  {
    market: 'SE',
    name: 'personnummer',
    pattern: edge('(?:19|20)?\\d{6}[-+ ]?\\d{4}'),
    valid: (m) => {
      const digits = d(m).slice(-10);
      return luhn(digits.join('')) && plausibleDate((digits[4]! * 10 + digits[5]!) % 60, digits[2]! * 10 + digits[3]!);
    },
  },
  { market: 'NO', name: 'fødselsnummer', pattern: edge('\\d{6} ?\\d{5}'), valid: norwegianValid },
  {
    market: 'DK',
    name: 'CPR number',
    pattern: edge('\\d{6}-?\\d{4}'),
    // The modulus-11 rule was dropped in 2007: the dashed form with a real date is enough.
    valid: (m) => plausibleDate(...dayMonth(d(m), 0, 2)) && (m.includes('-') || weightedSum(d(m), [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0),
  },
  {
    market: 'FI',
    name: 'henkilötunnus',
    pattern: edge('\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]'),
    valid: (m) => {
      const upper = m.toUpperCase();
      return FINNISH_CHECK[Number(upper.slice(0, 6) + upper.slice(7, 10)) % 31] === upper[10];
    },
  },
  {
    market: 'NL',
    name: 'BSN',
    pattern: edge('\\d{4}\\.?\\d{2}\\.?\\d{3}|\\d{9}'),
    valid: (m) => {
      const digits = d(m);
      return digits.length === 9 && (weightedSum(digits, [9, 8, 7, 6, 5, 4, 3, 2]) - digits[8]!) % 11 === 0;
    },
  },
  {
    market: 'BE',
    name: 'national register number',
    pattern: edge('\\d{2}\\.?\\d{2}\\.?\\d{2}[-. ]?\\d{3}\\.?\\d{2}'),
    valid: (m) => {
      const digits = d(m).join('');
      const check = Number(digits.slice(9));
      return 97 - modulo(digits.slice(0, 9), 97) === check || 97 - modulo(`2${digits.slice(0, 9)}`, 97) === check;
    },
  },
  {
    market: 'FR',
    name: 'NIR (sécurité sociale)',
    pattern: edge('[12] ?\\d{2} ?\\d{2} ?(?:\\d{2}|2[AB]) ?\\d{3} ?\\d{3} ?\\d{2}'),
    valid: (m) => {
      const compact = m.replace(/\s/g, '').toUpperCase().replace('2A', '19').replace('2B', '18');
      return 97 - modulo(compact.slice(0, 13), 97) === Number(compact.slice(13));
    },
  },
  { market: 'IT', name: 'codice fiscale', pattern: edge('[A-Z]{6}\\d{2}[A-EHLMPR-T]\\d{2}[A-Z]\\d{3}[A-Z]'), valid: codiceFiscaleValid },
  { market: 'ES', name: 'DNI', pattern: edge('\\d{8}-?[A-Z]'), valid: (m) => SPANISH_LETTERS[Number(d(m).join('')) % 23] === m.at(-1)!.toUpperCase() },
  {
    market: 'ES',
    name: 'NIE',
    pattern: edge('[XYZ]-?\\d{7}-?[A-Z]'),
    valid: (m) => {
      const upper = m.toUpperCase();
      return SPANISH_LETTERS[Number(String('XYZ'.indexOf(upper[0]!)) + d(upper).join('')) % 23] === upper.at(-1);
    },
  },
  {
    market: 'PT',
    name: 'NIF',
    pattern: edge('[1235689]\\d{8}'),
    valid: (m) => {
      const digits = d(m);
      const check = 11 - (weightedSum(digits, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
      return (check >= 10 ? 0 : check) === digits[8];
    },
  },
  {
    market: 'CZ',
    name: 'rodné číslo',
    pattern: edge('\\d{6}/?\\d{4}'),
    valid: (m) => {
      const compact = d(m).join('');
      const month = Number(compact.slice(2, 4)) % 50 % 20;
      const divisible = modulo(compact, 11) === 0 || (modulo(compact.slice(0, 9), 11) === 10 && compact[9] === '0');
      return divisible && plausibleDate(Number(compact.slice(4, 6)), month);
    },
  },
];
