import { seededRandom, shuffle } from './seeded-random';
import type { LabeledExample } from './types';

/**
 * Splits examples so that every label keeps the same share on both sides (at least one held-out example per
 * label with two or more). Deterministic for a seed, so a validation split can be recreated anywhere.
 */
export function stratifiedSplit(
  examples: readonly LabeledExample[],
  heldOutShare: number,
  seed = 1,
): { kept: LabeledExample[]; heldOut: LabeledExample[] } {
  const byLabel = new Map<string, LabeledExample[]>();
  for (const example of examples) {
    const group = byLabel.get(example.label) ?? [];
    group.push(example);
    byLabel.set(example.label, group);
  }
  const random = seededRandom(seed);
  const kept: LabeledExample[] = [];
  const heldOut: LabeledExample[] = [];
  for (const label of [...byLabel.keys()].sort()) {
    const group = [...(byLabel.get(label) as LabeledExample[])];
    shuffle(group, random);
    const heldOutCount = group.length < 2 ? 0 : Math.max(1, Math.round(group.length * heldOutShare));
    heldOut.push(...group.slice(0, heldOutCount));
    kept.push(...group.slice(heldOutCount));
  }
  return { kept, heldOut };
}
