import { randomBytes } from 'node:crypto';

/**
 * Identifiers that sort by creation time: 12 hex digits of milliseconds, a 4-digit per-process counter, then
 * 8 random hex digits. Sorting by id therefore sorts by arrival within one process and approximately across
 * processes, which is what inbox and outbox ordering need, without a central sequence.
 */
export type IdGenerator = (prefix?: string) => string;

export function createIdGenerator(clock: () => number = Date.now): IdGenerator {
  let lastMillis = 0;
  let counter = 0;
  return (prefix = '') => {
    const now = Math.max(clock(), lastMillis);
    if (now === lastMillis) counter += 1;
    else {
      lastMillis = now;
      counter = 0;
    }
    if (counter > 0xffff) {
      // More than 65k ids in one millisecond: borrow the next millisecond so order is kept.
      lastMillis += 1;
      counter = 0;
    }
    const time = lastMillis.toString(16).padStart(12, '0');
    const sequence = counter.toString(16).padStart(4, '0');
    return `${prefix}${time}${sequence}${randomBytes(4).toString('hex')}`;
  };
}

export const newId: IdGenerator = createIdGenerator();
