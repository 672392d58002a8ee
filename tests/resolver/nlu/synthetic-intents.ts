import type { LabeledExample } from '../../../src/resolver/nlu';

/**
 * A small made-up task: four intents built from interchangeable parts, plus out-of-scope chatter, so the
 * classifier has to generalise to combinations it has not seen.
 */
const PARTS: Record<string, { openings: string[]; cores: string[] }> = {
  order_status: {
    openings: ['hi', 'hello', 'quick question', 'excuse me', ''],
    cores: ['where is my parcel', 'has my order shipped', 'track my package', 'when does my delivery arrive', 'my order has not come'],
  },
  freeze_card: {
    openings: ['please', 'urgent', 'hey', 'can you', ''],
    cores: ['freeze my card', 'lock the card for now', 'block my card temporarily', 'pause my card', 'unfreeze my card'],
  },
  late_fee: {
    openings: ['why', 'hello', 'seriously', 'question', ''],
    cores: ['was i charged a late fee', 'is there a reminder fee', 'did you add a penalty for paying late', 'the late payment fee is unfair', 'remove the late fee'],
  },
  greeting: {
    openings: ['', 'well', 'oh'],
    cores: ['hello there', 'good morning', 'hi', 'hey', 'good evening'],
  },
};

const OUT_OF_SCOPE = [
  'what is the weather in rome', 'tell me a joke about penguins', 'how do i bake bread', 'who won the match yesterday',
  'recommend a film for tonight', 'what is the capital of peru', 'how tall is a giraffe', 'play some jazz music',
  'translate cat into german', 'how many miles to the moon', 'best recipe for soup', 'set a timer for ten minutes',
];

export function syntheticExamples(): LabeledExample[] {
  const examples: LabeledExample[] = [];
  for (const [label, { openings, cores }] of Object.entries(PARTS)) {
    openings.forEach((opening, openingIndex) => {
      cores.forEach((core, coreIndex) => {
        // Leave the diagonal out: those combinations are the unseen test messages.
        if (openingIndex === coreIndex) return;
        examples.push({ text: `${opening} ${core}`.trim(), label });
      });
    });
  }
  for (const text of OUT_OF_SCOPE) examples.push({ text, label: 'oos' });
  return examples;
}

/** Combinations left out of training, with their intent. */
export function unseenCombinations(): LabeledExample[] {
  return Object.entries(PARTS).flatMap(([label, { openings, cores }]) =>
    openings.slice(0, cores.length).map((opening, index) => ({ text: `${opening} ${cores[index] as string}`.trim(), label })),
  );
}
