/** Mulberry32: small, fast and good enough to shuffle training order reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle of the first `length` entries, in place. */
export function shuffle<T>(items: { [index: number]: T; length: number }, random: () => number, length = items.length): void {
  for (let index = length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    const swap = items[index] as T;
    items[index] = items[other] as T;
    items[other] = swap;
  }
}
