import { parseConll, parseCsvRows, parseLabeledCsv, parseLabeledPairs } from '../../../src/resolver/nlu/evaluation/dataset-formats';

describe('parseLabeledCsv', () => {
  it('reads text and category columns, with quoted commas, quotes and line breaks', () => {
    const csv = 'text,category\nwhere is my parcel,order_status\n"hi, is it ""late""?",order_status\n"two\nlines",greeting\n';
    expect(parseLabeledCsv(csv)).toEqual([
      { text: 'where is my parcel', label: 'order_status' },
      { text: 'hi, is it "late"?', label: 'order_status' },
      { text: 'two\nlines', label: 'greeting' },
    ]);
  });

  it('finds the columns by name, accepts CRLF and a byte-order mark', () => {
    const csv = '\uFEFFcategory,text\r\nthanks,cheers mate\r\n';
    expect(parseLabeledCsv(csv)).toEqual([{ text: 'cheers mate', label: 'thanks' }]);
  });

  it('rejects a header without the needed columns', () => {
    expect(() => parseLabeledCsv('sentence,intent\nhello,greeting\n')).toThrow(/text.*category/);
  });

  it('keeps empty fields', () => {
    expect(parseCsvRows('a,,c\n')).toEqual([['a', '', 'c']]);
  });
});

describe('parseLabeledPairs', () => {
  it('reads every list of an object whatever its keys', () => {
    const json = { train: [['freeze my card', 'freeze_card']], oos_val: [['best pizza in town', 'oos']] };
    expect(parseLabeledPairs(json)).toEqual([
      { text: 'freeze my card', label: 'freeze_card' },
      { text: 'best pizza in town', label: 'oos' },
    ]);
  });

  it('reads a plain list of pairs', () => {
    expect(parseLabeledPairs([['bye now', 'goodbye']])).toEqual([{ text: 'bye now', label: 'goodbye' }]);
  });

  it('rejects anything else', () => {
    expect(() => parseLabeledPairs({ train: [['only text']] })).toThrow(/pair/);
    expect(() => parseLabeledPairs('text')).toThrow();
  });
});

describe('parseConll', () => {
  const conll = [
    '# id = 1',
    '# text-en = wake me at seven',
    '# text = vekk meg klokka sju',
    '# intent = alarm/set_alarm',
    '1\tvekk\talarm/set_alarm\tO',
    '',
    '# text = er det kaldt i dag',
    '# intent = weather/find',
    '1\ter\tweather/find\tO',
    '',
  ].join('\n');

  it('takes the text from "# text = " only, and the intent', () => {
    expect(parseConll(conll, 'nb')).toEqual([
      { text: 'vekk meg klokka sju', label: 'alarm/set_alarm', language: 'nb' },
      { text: 'er det kaldt i dag', label: 'weather/find', language: 'nb' },
    ]);
  });
});
