import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../functions/commands/parse-command.ts';
import * as msg from '../../../shared/messages/functions/index.ts';
import { fail, ok } from '../../../shared/result.ts';

describe('reading the command line', () => {
  it.each([
    { name: 'no command asks for help', argv: [], expected: ok({ command: 'help' }) },
    { name: '--help wins over a command', argv: ['consolidate', 'x', '--help'], expected: ok({ command: 'help' }) },
    {
      name: 'a workbook and a copy',
      argv: ['consolidate', 'book', '-o', 'copy'],
      expected: ok({ command: 'consolidate', workbook: 'book', out: 'copy' }),
    },
    {
      name: 'a period',
      argv: ['prepare-period', 'book', '--period', '115年4月'],
      expected: ok({ command: 'prepare-period', workbook: 'book', period: '115年4月' }),
    },
    { name: 'a plan document', argv: ['import-plan', '計畫.txt'], expected: ok({ command: 'import-plan', document: '計畫.txt' }) },
    { name: 'an unknown command', argv: ['consolidat', 'book'], expected: fail(msg.cliUnknownCommand('consolidat')) },
    { name: 'no workbook', argv: ['year-end'], expected: fail(msg.cliWorkbookMissing) },
    { name: 'no plan document', argv: ['import-plan'], expected: fail(msg.cliDocumentMissing) },
    { name: 'words left over', argv: ['consolidate', 'a', 'b'], expected: fail(msg.cliExtraArguments(['b'])) },
    {
      name: '--out where it means nothing',
      argv: ['prepare-period', 'a', '--out', 'b'],
      expected: fail(msg.cliOptionNotFor('--out', 'prepare-period')),
    },
    {
      name: '--period where it means nothing',
      argv: ['year-end', 'a', '--period', '4月'],
      expected: fail(msg.cliOptionNotFor('--period', 'year-end')),
    },
    { name: 'roll-forward without --out', argv: ['roll-forward', 'a'], expected: fail(msg.cliOutRequired('roll-forward')) },
    { name: 'an unknown option', argv: ['consolidate', 'a', '--outt', 'b'], expected: fail(msg.cliUnknownOption('--outt')) },
    {
      name: 'an option without its value',
      argv: ['prepare-period', 'a', '--period'],
      expected: fail(msg.cliOptionValueMissing('--period')),
    },
  ])('$name: a value, never an exception', ({ argv, expected }) => {
    expect(parseCommand(argv)).toEqual(expected);
  });
});
