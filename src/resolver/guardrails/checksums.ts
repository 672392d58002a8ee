/** Check-digit algorithms behind card numbers, IBANs and national ID numbers. Inputs are digit strings. */

export function digitsOf(value: string): number[] {
  return [...value.replace(/\D/g, '')].map(Number);
}

/** Luhn (ISO/IEC 7812): card numbers, Canadian SIN, Swedish personnummer, Greek AMKA. */
export function luhn(value: string): boolean {
  const digits = digitsOf(value);
  if (digits.length < 2) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = digits[digits.length - 1 - index]!;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The remainder of a long decimal string divided by `divisor`, without floating point. */
export function modulo(decimal: string, divisor: number): number {
  let remainder = 0;
  for (const character of decimal) remainder = (remainder * 10 + Number(character)) % divisor;
  return remainder;
}

/** ISO 13616 IBAN check: move the first four characters to the end, letters to numbers, mod 97 must be 1. */
export function ibanValid(compact: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  const numeric = [...rearranged].map((character) => (/[A-Z]/.test(character) ? String(character.charCodeAt(0) - 55) : character)).join('');
  return modulo(numeric, 97) === 1;
}

/** Sum of digit times weight. */
export function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  return weights.reduce((sum, weight, index) => sum + weight * (digits[index] ?? 0), 0);
}

/** ISO 7064 MOD 11,10 (German tax identification number). */
export function iso7064Mod11Of10(digits: readonly number[]): number {
  let product = 10;
  for (const digit of digits) {
    let sum = (digit + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** A plausible day and month (years are not checked: any century). */
export function plausibleDate(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
