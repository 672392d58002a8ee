import { CORE_PROBES } from './core-journeys';
import { FOLLOW_UP_PROBES } from './follow-ups';
import { ORDINARY_PROBES } from './ordinary-messages';
import { ProbeRunner } from './probe-runner';
import { passRate, probeTable } from './probe-table';
import { JOURNEYS, SENSITIVE, type ProbeVerdict } from './probe-types';
import { SENSITIVE_PROBES } from './sensitive-topics';
import { SECOND_ROUND_SENSITIVE_PROBES } from './sensitive-topics-second-round';
import { THIRD_ROUND_PROBES } from './third-round';

/**
 * Customers of all 14 languages, through the production resolver: core journeys, sensitive topics, ordinary messages
 * that share their words, and answers to waiting questions (tests/resolver/probes/*). The floors sit a little under
 * today's results (docs/resolver.md): the intent model behind the journeys will change, and a drop past them is a
 * regression to look at, not noise. Sensitive topics and ordinary messages are held to their list of known misses.
 *
 *   PRINT_PROBES=1 npx jest tests/resolver/probes     prints the table and every failure
 */
describe('resolver probes in 14 languages', () => {
  let runner: ProbeRunner;
  let verdicts: ProbeVerdict[];
  beforeAll(async () => {
    runner = await ProbeRunner.start();
    verdicts = await runner.run([...CORE_PROBES, ...SENSITIVE_PROBES, ...SECOND_ROUND_SENSITIVE_PROBES, ...THIRD_ROUND_PROBES, ...ORDINARY_PROBES, ...FOLLOW_UP_PROBES]);
    if (process.env.PRINT_PROBES) {
      process.stdout.write(`${probeTable(verdicts)}\n\n`);
      for (const verdict of verdicts.filter((candidate) => candidate.failure)) process.stdout.write(`[${verdict.probe.language} ${verdict.probe.area}] ${verdict.failure}\n`);
    }
  });
  afterAll(async () => {
    await runner.stop();
  });

  const failures = (areas: readonly string[]) => verdicts.filter((verdict) => areas.includes(verdict.probe.area) && verdict.failure).map((verdict) => verdict.results.at(-1)!.text);

  test('sensitive topics, put indirectly, reach a person at once with their reason (known misses listed)', () => {
    expect(failures(SENSITIVE)).toEqual(['Mein Handy wurde geklaut und jetzt wurde etwas über mein Konto bestellt']);
  });

  test('ordinary messages that share their words stay with the assistant (known misses listed)', () => {
    // The intent model reads this Norwegian "a payment I have not made yet" as an unrecognised payment. (Unscaled
    // English word embeddings happened to fix it while they cost three core journeys in other languages.)
    expect(failures(['ordinary'])).toEqual(['Jeg har en betaling jeg ikke har gjort ennå']);
  });

  test('answers to a waiting question are taken', () => {
    expect(passRate(verdicts, ['follow_up'])).toBeGreaterThanOrEqual(0.95);
  });

  test('core journeys are understood, and never handed off or answered confidently wrong beyond a few', () => {
    expect(passRate(verdicts, JOURNEYS)).toBeGreaterThanOrEqual(0.88);
    const confidentlyWrong = verdicts.filter((verdict) => (JOURNEYS as readonly string[]).includes(verdict.probe.area) && verdict.failure && verdict.results[0]!.intent !== null);
    expect(confidentlyWrong.length).toBeLessThanOrEqual(2);
  });
});
