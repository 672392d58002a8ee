/** Command line of `npm run eval`. */
export interface EvalArguments {
  tests: string[];
  trains: string[];
  languageId: boolean;
  trainingDir: string;
  cacheDir: string;
}

export const EVAL_USAGE =
  'usage: npm run eval -- --test FILE [--test FILE ...] [--train FILE ...] [--language-id] [--training-dir DIR] [--cache-dir DIR]';

/** Parses arguments; throws with the usage text on anything it does not understand. */
export function parseEvalArguments(argv: readonly string[], cwd: string): EvalArguments {
  const result: EvalArguments = {
    tests: [],
    trains: [],
    languageId: false,
    trainingDir: `${cwd}/training`,
    cacheDir: `${cwd}/.model-cache`,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    const [flag, inlineValue] = argument.startsWith('--') && argument.includes('=') ? argument.split(/=(.*)/s) : [argument];
    const value = (): string => {
      if (inlineValue !== undefined) return inlineValue;
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value\n${EVAL_USAGE}`);
      index += 1;
      return next;
    };
    switch (flag) {
      case '--test':
        result.tests.push(value());
        break;
      case '--train':
        result.trains.push(value());
        break;
      case '--language-id':
        result.languageId = true;
        break;
      case '--training-dir':
        result.trainingDir = value();
        break;
      case '--cache-dir':
        result.cacheDir = value();
        break;
      default:
        throw new Error(`unknown argument "${argument}"\n${EVAL_USAGE}`);
    }
  }
  if (result.tests.length === 0) throw new Error(`at least one --test file is needed\n${EVAL_USAGE}`);
  return result;
}
