import fs from 'node:fs';
import path from 'node:path';

/** The folder holding package.json, from the sources (`src/`) and from the build (`dist/src/`) alike. */
function findProjectRoot(start: string): string {
  let directory = start;
  for (;;) {
    if (fs.existsSync(path.join(directory, 'package.json'))) return directory;
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error(`No package.json above ${start}`);
    directory = parent;
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
export const LOCALES_DIR = path.join(PROJECT_ROOT, 'locales');
export const WEB_DIR = path.join(PROJECT_ROOT, 'src', 'web');
