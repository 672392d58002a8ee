import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDataset } from '../src/resolver/nlu/evaluation/dataset-files';
import { stratifiedSplit } from '../src/resolver/nlu/stratified-split';

/**
 * Writes a stratified train/validation split of a dataset as two CLINC-style JSON files in a fresh temporary
 * folder (never inside the repository: the datasets must not be copied into the project) and prints their
 * paths. Usage: node dist/scripts/split-dataset.js FILE [heldOutShare=0.15] [seed=1] [outDir]
 */
function main(): void {
  const [file, share = '0.15', seed = '1', outDir] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node dist/scripts/split-dataset.js FILE [heldOutShare=0.15] [seed=1] [outDir]');
    process.exitCode = 2;
    return;
  }
  const { kept, heldOut } = stratifiedSplit(readDataset(file), Number(share), Number(seed));
  const directory = outDir ?? mkdtempSync(join(tmpdir(), 'nlu-split-'));
  mkdirSync(directory, { recursive: true });
  const write = (name: string, examples: typeof kept): string => {
    const path = join(directory, name);
    writeFileSync(path, JSON.stringify({ [name.replace('.json', '')]: examples.map((example) => [example.text, example.label]) }));
    return path;
  };
  console.log(write('train.json', kept));
  console.log(write('heldout.json', heldOut));
}

main();
