import { lexiconPattern } from './text-folding';
import { SENSITIVE_LEXICON, SENSITIVE_TOPICS, type SensitiveTopic } from './sensitive-lexicon';

const PATTERNS: readonly [SensitiveTopic, RegExp][] = SENSITIVE_TOPICS.map((topic) => [topic, lexiconPattern(Object.values(SENSITIVE_LEXICON[topic]).flat())]);

/**
 * The first sensitive topic a (folded) message touches, in order of urgency, or null. All languages' phrases are
 * checked whatever the conversation's language: language detection can be wrong, and a missed sensitive topic costs
 * more than an early handoff.
 */
export function detectSensitiveTopic(foldedText: string): SensitiveTopic | null {
  const ordered: SensitiveTopic[] = ['vulnerability', 'bereavement', 'fraud', 'financial_hardship', 'complaint', 'human_request'];
  for (const topic of ordered) {
    if (PATTERNS.find(([candidate]) => candidate === topic)![1].test(foldedText)) return topic;
  }
  return null;
}

export type { SensitiveTopic };
