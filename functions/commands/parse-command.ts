import { parseArgs } from 'node:util';
import * as msg from '../../shared/messages/functions/index.ts';
import { fail, ok, type Result } from '../../shared/result.ts';

/** A command line read into what to run; a mistake in it is a `Result` failure with the zh-TW reason. */
export type Command =
  | { command: 'help' }
  | { command: 'consolidate' | 'year-end'; workbook: string; out?: string }
  | { command: 'prepare-period'; workbook: string; period?: string }
  | { command: 'import-plan'; document: string; out?: string }
  | { command: 'roll-forward'; workbook: string; out: string };

const COMMANDS = ['consolidate', 'year-end', 'prepare-period', 'import-plan', 'roll-forward'] as const;

/** Reads the arguments after `guankao` into a command, or says what is wrong with them. */
export function parseCommand(argv: readonly string[]): Result<Command> {
  const options = parseOptions(argv);
  if (!options.ok) return options;
  const { positionals, values } = options.value;
  const [command, target, ...extra] = positionals;
  if (values.help || command === undefined || command === 'help') return ok({ command: 'help' });
  if (!isCommand(command)) return fail(msg.cliUnknownCommand(command));
  if (!target) return fail(command === 'import-plan' ? msg.cliDocumentMissing : msg.cliWorkbookMissing);
  if (extra.length > 0) return fail(msg.cliExtraArguments(extra));
  if (command === 'prepare-period') {
    if (values.out) return fail(msg.cliOptionNotFor('--out', command));
    return ok({ command, workbook: target, ...(values.period ? { period: values.period } : {}) });
  }
  if (values.period) return fail(msg.cliOptionNotFor('--period', command));
  if (command === 'import-plan') return ok({ command, document: target, ...(values.out ? { out: values.out } : {}) });
  if (command === 'roll-forward') {
    if (!values.out) return fail(msg.cliOutRequired(command));
    return ok({ command, workbook: target, out: values.out });
  }
  return ok({ command, workbook: target, ...(values.out ? { out: values.out } : {}) });
}

function isCommand(word: string): word is (typeof COMMANDS)[number] {
  return (COMMANDS as readonly string[]).includes(word);
}

const OPTIONS = { out: { type: 'string', short: 'o' }, period: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

const readArgs = (argv: readonly string[]) => parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });

// node:util's parseArgs explains itself in English and throws; a user reads the two mistakes it
// catches in zh-TW, as a value. Anything else it throws is a bug of ours and stays an exception.
function parseOptions(argv: readonly string[]): Result<ReturnType<typeof readArgs>> {
  try {
    return ok(readArgs(argv));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const text = error instanceof Error ? error.message : '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return fail(msg.cliUnknownOption(/'(-[^']*)'/u.exec(text)?.[1] ?? ''));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      return fail(msg.cliOptionValueMissing(/--[\w-]+/u.exec(text)?.[0] === '--period' ? '--period' : '--out'));
    }
    throw error;
  }
}
