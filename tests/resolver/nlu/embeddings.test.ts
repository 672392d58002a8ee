import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadIntentModel, trainIntentModel } from '../../../src/resolver/nlu';
import { DEFAULT_FEATURE_CONFIG, extractFeatures } from '../../../src/resolver/nlu/features';
import { ENGINE_VERSION } from '../../../src/resolver/nlu/model-json';
import { Vectorizer } from '../../../src/resolver/nlu/vectorizer';
import {
  readCompact,
  readMostFrequent,
  setWordEmbeddings,
  wordEmbeddingsFrom,
  writeCompact,
} from '../../../src/resolver/nlu/word-embeddings';

/** Four made-up dimensions; words listed in frequency order ("the" most frequent). */
const WORDS = ['the', 'money', 'cash', 'funds', 'parcel', 'package', 'delivery', 'quux'];
const VECTORS = [
  [1, 0, 0, 0],
  [0, 1, 0, 0],
  [0, 0.9, 0.1, 0],
  [0, 0.95, 0, 0.05],
  [0, 0, 0, 1],
  [0, 0.05, 0, 0.95],
  [0, 0, 0.1, 0.9],
  [0, 0, -1, 0],
];

describe('embedding feature group', () => {
  beforeAll(() => setWordEmbeddings(wordEmbeddingsFrom(WORDS, VECTORS)));
  afterAll(() => setWordEmbeddings(undefined));

  it('is on by default, SIF-weighted, in engine linear-svm-7', () => {
    expect(DEFAULT_FEATURE_CONFIG.embeddings).toBe('sif');
    expect(DEFAULT_FEATURE_CONFIG.groupWeights.e).toBe(1);
    expect(ENGINE_VERSION).toBe('linear-svm-7');
  });

  it('adds the weighted mean vector as e0..eN, and nothing for a message without a known word', () => {
    const features = extractFeatures('the money', DEFAULT_FEATURE_CONFIG);
    // SIF: "the" (rank 1) counts far less than "money" (rank 2 here, but still weighed by rank).
    expect(features.get('e1') as number).toBeGreaterThan(features.get('e0') as number);
    expect([...extractFeatures('zzz blorf 42', DEFAULT_FEATURE_CONFIG).keys()].some((key) => key.startsWith('e'))).toBe(false);
    expect([...extractFeatures('the money', { ...DEFAULT_FEATURE_CONFIG, embeddings: undefined }).keys()].some((key) => key.startsWith('e'))).toBe(false);
    const mean = extractFeatures('the money', { ...DEFAULT_FEATURE_CONFIG, embeddings: 'mean' });
    expect(mean.get('e0')).toBeCloseTo(mean.get('e1') as number, 6);
  });

  it('keeps signed values (no tf-idf) and scales the group to unit length times its weight', () => {
    const config = { ...DEFAULT_FEATURE_CONFIG, groupWeights: { ...DEFAULT_FEATURE_CONFIG.groupWeights, e: 2 } };
    const { vectorizer } = Vectorizer.fit(['quux money', 'parcel'], config, 1);
    const vector = vectorizer.transform('quux money');
    let squared = 0;
    let negative = false;
    vector.indices.forEach((feature, position) => {
      if (vectorizer.featureGroup(feature) !== 'e') return;
      const value = vector.values[position] as number;
      squared += value * value;
      if (value < 0) negative = true;
    });
    expect(Math.sqrt(squared)).toBeCloseTo(2, 5);
    expect(negative).toBe(true);
  });

  it("scales the group by the share of the message's words that have a vector", () => {
    const { vectorizer } = Vectorizer.fit(['quux money', 'parcel'], DEFAULT_FEATURE_CONFIG, 1);
    const norm = (text: string) => {
      const vector = vectorizer.transform(text);
      let squared = 0;
      vector.indices.forEach((feature, position) => {
        if (vectorizer.featureGroup(feature) === 'e') squared += (vector.values[position] as number) ** 2;
      });
      return Math.sqrt(squared);
    };
    expect(norm('quux money')).toBeCloseTo(1, 5);
    // One word in four has a vector, as when a few words of another language happen to be English.
    expect(norm('money zloty przelew konto')).toBeCloseTo(0.25, 5);
    expect(extractFeatures('money zloty', DEFAULT_FEATURE_CONFIG).has('e~coverage')).toBe(true);
    expect(vectorizer.size).toBe(Vectorizer.fit(['quux money', 'parcel'], DEFAULT_FEATURE_CONFIG, 1).vectorizer.size);
    expect(vectorizer.toJSON().features).not.toContain('e~coverage');
  });

  it('lets a model recognise a word it never trained on through its vector, and saves no vectors', () => {
    const examples = [
      ...['money', 'money money', 'the money', 'money please', 'funds'].map((text) => ({ text, label: 'balance' })),
      ...['parcel', 'parcel parcel', 'the parcel', 'parcel please', 'package'].map((text) => ({ text, label: 'tracking' })),
    ];
    const model = trainIntentModel(examples, { calibrate: false });
    expect(model.predict('cash').ranking[0]?.intent).toBe('balance');
    expect(model.predict('delivery').ranking[0]?.intent).toBe('tracking');
    const json = JSON.stringify(model.toJSON());
    expect(json).toContain('"embeddings":"sif"');
    expect(json).not.toContain('0.95');
    const loaded = loadIntentModel(JSON.parse(json));
    for (const text of ['cash', 'delivery', 'the money', 'nothing known']) expect(loaded.predict(text)).toEqual(model.predict(text));
  });
});

describe('vector file reading', () => {
  const directory = mkdtempSync(join(tmpdir(), 'embeddings-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('streams the most frequent words of a package-format file, across chunk boundaries', () => {
    const file = join(directory, 'vectors.json');
    const vectors = Object.fromEntries(WORDS.map((word, rank) => [word, [...(VECTORS[rank] as number[]), 1, rank]]));
    const words = ['"q"', ...WORDS];
    vectors['"q"'] = [0.5, 0.5, 0.5, 0.5, 1, 8];
    writeFileSync(file, JSON.stringify({ precision: 8, size: 9, dimensions: 4, words, vectors, unkVector: [0, 0, 0, 0, 0, -1] }));
    const read = readMostFrequent(file, 5, 7);
    expect(read.dimensions).toBe(4);
    expect(read.words).toEqual(WORDS.slice(0, 5));
    expect([...read.table.subarray(8, 12)]).toEqual([0, 0.8999999761581421, 0.10000000149011612, 0]);
    expect(readMostFrequent(file, 100, 5).words).toEqual([...WORDS, '"q"']);
  });

  it('round-trips the compact cache and rejects a truncated one', () => {
    const file = join(directory, 'compact.bin');
    writeCompact(file, 4, WORDS, Float32Array.from(VECTORS.flat()));
    const embeddings = readCompact(file);
    expect(embeddings?.rankOf('parcel')).toBe(5);
    expect([...(embeddings?.vectorOf('quux') ?? [])]).toEqual([0, 0, -1, 0]);
    expect(embeddings?.vectorOf('unknown')).toBeUndefined();
    writeFileSync(file, Buffer.alloc(20));
    expect(readCompact(file)).toBeUndefined();
  });
});
