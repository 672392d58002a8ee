import type { LabeledExample } from '../types';

/**
 * Parsers for the three public dataset layouts the harness reads. They take file contents (not paths) so that
 * tests drive them with inline fixtures; `dataset-files.ts` adds the file handling.
 */

/** CSV with a header naming `text` and `category` columns (Banking77); RFC 4180 quoting. */
export function parseLabeledCsv(content: string): LabeledExample[] {
  const rows = parseCsvRows(content);
  const header = rows.shift();
  if (!header) throw new Error('empty CSV');
  const textColumn = header.indexOf('text');
  const labelColumn = header.indexOf('category');
  if (textColumn < 0 || labelColumn < 0) throw new Error('CSV header must name "text" and "category" columns');
  return rows
    .filter((row) => row.length > 1 || (row[0] ?? '') !== '')
    .map((row, index) => {
      const text = row[textColumn];
      const label = row[labelColumn];
      if (text === undefined || label === undefined) throw new Error(`CSV row ${index + 2} has too few fields`);
      return { text, label };
    });
}

/** Splits CSV into rows of fields: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsvRows(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = content.startsWith('\uFEFF') ? content.slice(1) : content;
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index] as string;
    if (quoted) {
      if (character !== '"') field += character;
      else if (source[index + 1] === '"') {
        field += '"';
        index += 1;
      } else quoted = false;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && source[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += character;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * CLINC150 layout: an object whose values are lists of `[text, label]` pairs, whatever the keys (`train`,
 * `oos_val`...), or one such list.
 */
export function parseLabeledPairs(json: unknown): LabeledExample[] {
  const lists = Array.isArray(json) ? [json] : isObject(json) ? Object.values(json) : undefined;
  if (!lists) throw new Error('expected a list of [text, label] pairs or an object of such lists');
  const examples: LabeledExample[] = [];
  for (const list of lists) {
    if (!Array.isArray(list)) throw new Error('every value must be a list of [text, label] pairs');
    for (const pair of list) {
      if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') {
        throw new Error(`not a [text, label] pair: ${JSON.stringify(pair)}`);
      }
      examples.push({ text: pair[0], label: pair[1] });
    }
  }
  return examples;
}

/** xSID CoNLL: the text comes from `# text = ` (not `# text-en = `), the label from `# intent = `. */
export function parseConll(content: string, language?: string): LabeledExample[] {
  const examples: LabeledExample[] = [];
  for (const block of content.split(/\r?\n\s*\r?\n/)) {
    let text: string | undefined;
    let label: string | undefined;
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith('# text = ')) text = line.slice('# text = '.length).trim();
      else if (line.startsWith('# intent = ')) label = line.slice('# intent = '.length).trim();
    }
    if (text === undefined) continue;
    examples.push({ text, label: label ?? '', ...(language ? { language } : {}) });
  }
  return examples;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
