import { JOURNEYS, PROBE_LANGUAGES, SENSITIVE, type ProbeVerdict } from './probe-types';

const AREAS = [...JOURNEYS, ...SENSITIVE, 'ordinary', 'follow_up'] as const;

/** Failed / run per area and language, as a markdown table (docs/resolver.md keeps one). */
export function probeTable(verdicts: readonly ProbeVerdict[]): string {
  const cell = (area: string, language?: string) => {
    const chosen = verdicts.filter((verdict) => verdict.probe.area === area && (!language || verdict.probe.language === language));
    return chosen.length === 0 ? '' : `${chosen.filter((verdict) => verdict.failure).length}/${chosen.length}`;
  };
  const header = `| area | ${PROBE_LANGUAGES.join(' | ')} | all |`;
  const rule = `|---|${PROBE_LANGUAGES.map(() => '---').join('|')}|---|`;
  const rows = AREAS.map((area) => `| ${area} | ${PROBE_LANGUAGES.map((language) => cell(area, language)).join(' | ')} | ${cell(area)} |`);
  return [header, rule, ...rows].join('\n');
}

/** Share of probes of these areas that did what they should. */
export function passRate(verdicts: readonly ProbeVerdict[], areas: readonly string[]): number {
  const chosen = verdicts.filter((verdict) => areas.includes(verdict.probe.area));
  return chosen.filter((verdict) => !verdict.failure).length / chosen.length;
}
