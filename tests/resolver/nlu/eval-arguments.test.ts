import { parseEvalArguments } from '../../../src/resolver/nlu/evaluation/eval-arguments';

describe('parseEvalArguments', () => {
  it('collects repeated --test and --train files and the --language-id switch', () => {
    const args = parseEvalArguments(['--test', 'a.csv', '--test=b.json', '--train', 'c.json', '--language-id'], '/repo');
    expect(args).toEqual({
      tests: ['a.csv', 'b.json'],
      trains: ['c.json'],
      languageId: true,
      trainingDir: '/repo/training',
      cacheDir: '/repo/.model-cache',
    });
  });

  it('needs a test file, a value after each flag, and nothing unknown', () => {
    expect(() => parseEvalArguments([], '/repo')).toThrow(/--test/);
    expect(() => parseEvalArguments(['--test'], '/repo')).toThrow(/needs a value/);
    expect(() => parseEvalArguments(['--test', 'a.csv', '--fast'], '/repo')).toThrow(/unknown argument/);
  });
});
