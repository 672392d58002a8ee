import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { languageOfFile, readDataset } from '../../../src/resolver/nlu/evaluation/dataset-files';
import { NluError } from '../../../src/resolver/nlu/nlu-error';

describe('readDataset', () => {
  const directory = mkdtempSync(join(tmpdir(), 'nlu-datasets-'));

  it('picks the parser by extension', () => {
    const csv = join(directory, 'small.csv');
    writeFileSync(csv, 'text,category\nhello there,greeting\n');
    const json = join(directory, 'small.json');
    writeFileSync(json, JSON.stringify({ test: [['see you', 'goodbye']] }));
    const conll = join(directory, 'da.valid.conll');
    writeFileSync(conll, '# text = hvad er klokken\n# intent = time\n\n');
    expect(readDataset(csv)).toEqual([{ text: 'hello there', label: 'greeting' }]);
    expect(readDataset(json)).toEqual([{ text: 'see you', label: 'goodbye' }]);
    expect(readDataset(conll)).toEqual([{ text: 'hvad er klokken', label: 'time', language: 'da' }]);
  });

  it('fails with a code and the file name for a missing file, an unknown format and bad content', () => {
    const missing = join(directory, 'absent.csv');
    expect(() => readDataset(missing)).toThrow(expect.objectContaining({ code: 'DATASET_NOT_FOUND' }));
    expect(() => readDataset(missing)).toThrow(missing);
    const text = join(directory, 'notes.txt');
    writeFileSync(text, 'hello');
    expect(() => readDataset(text)).toThrow(expect.objectContaining({ code: 'DATASET_FORMAT_UNKNOWN', file: text }));
    const broken = join(directory, 'broken.json');
    writeFileSync(broken, '{ not json');
    expect(() => readDataset(broken)).toThrow(NluError);
    expect(() => readDataset(broken)).toThrow(expect.objectContaining({ code: 'DATASET_INVALID' }));
  });
});

describe('languageOfFile', () => {
  it('reads the prefix before the first dot and maps xSID "no" to "nb"', () => {
    expect(languageOfFile('/data/xsid/de.valid.conll')).toBe('de');
    expect(languageOfFile('no.test.conll')).toBe('nb');
  });
});
