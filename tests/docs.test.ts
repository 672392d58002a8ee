import fs from 'node:fs';
import path from 'node:path';
import { ERROR_CODES } from '../src/errors';

const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

test('every error code is documented in the README with its status', () => {
  for (const [code, { status }] of Object.entries(ERROR_CODES)) {
    expect(readme).toMatch(new RegExp(`\\| \`${code}\` \\| ${status} \\|`));
  }
});

test('the README quick start is the two commands', () => {
  expect(readme).toContain('npm install && npm start');
  expect(readme).toContain('npm test');
});

test('every environment variable the configuration reads is in the README table', () => {
  const source = fs.readFileSync(path.join(__dirname, '..', 'src', 'config.ts'), 'utf8');
  const variables = [...source.matchAll(/^\s+([A-Z][A-Z0-9_]+): /gm)].map((match) => match[1]!);
  expect(variables.length).toBeGreaterThan(20);
  for (const variable of variables) expect(readme).toContain(`\`${variable}\``);
});
