import * as msg from '../shared/messages/functions/index.ts';
import { type CliIo, type CommandContext, EXIT, progressLine } from './commands/command-io.ts';
import { type Command, parseCommand } from './commands/parse-command.ts';
import { unexpectedErrorText } from './commands/unexpected-error.ts';
import { ServiceBusy, WorkbookError } from './workbooks/workbook-error.ts';

export { type CliIo, EXIT } from './commands/command-io.ts';

// A command loads what its run uses, when it uses it: only the command run is imported, and within
// it the year-end writers (exceljs, about 250 ms), the plan readers and the Google clients (about
// 150 ms) are imported only by a run that writes those documents, reads a plan document or reaches
// Google, so `consolidate` over a CSV folder starts in a fraction of the time.

/**
 * `guankao consolidate <workbook> [--out <workbook>]`, `guankao year-end <workbook> [--out <folder>]`,
 * `guankao prepare-period <workbook> [--period <期間>]`, `guankao import-plan <document> [--out <workbook>]`
 * and `guankao roll-forward <workbook> --out <workbook>`.
 * @example await runCli(['consolidate', 'examples/wanhua-115'], io) // → 0
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(argv);
  if (!parsed.ok) {
    io.stderr.write(`${msg.cliBadArguments(parsed.reason)}\n${msg.cliUsage}\n`);
    return EXIT.unusable;
  }
  const command = parsed.value;
  if (command.command === 'help') {
    io.stdout.write(`${msg.cliUsage}\n`);
    return EXIT.ok;
  }
  const options = {
    ...(io.env.GUANKAO_SHEETS_API_URL ? { sheetsApiUrl: io.env.GUANKAO_SHEETS_API_URL } : {}),
    ...(io.sleep ? { retry: { sleep: io.sleep } } : {}),
  };
  const context: CommandContext = { io, progress: progressLine(io.stderr), options };
  try {
    return await run(command, context);
  } catch (error) {
    context.progress.done();
    if (error instanceof WorkbookError) {
      io.stderr.write(`${error.message}\n`);
      return EXIT.unusable;
    }
    if (error instanceof ServiceBusy) {
      io.stderr.write(`${msg.cliServiceBusy(error.message)}\n`);
      return EXIT.tryLater;
    }
    io.stderr.write(`${unexpectedErrorText(error)}\n`);
    if (io.env.GUANKAO_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT.unexpected;
  }
}

async function run(command: Exclude<Command, { command: 'help' }>, context: CommandContext): Promise<number> {
  switch (command.command) {
    case 'consolidate': {
      const { consolidateCommand } = await import('./commands/consolidate.ts');
      return consolidateCommand(command.workbook, command.out, context);
    }
    case 'year-end': {
      const { yearEndCommand } = await import('./commands/year-end.ts');
      return yearEndCommand(command.workbook, command.out, context);
    }
    case 'prepare-period': {
      const { preparePeriodCommand } = await import('./commands/prepare-period.ts');
      return preparePeriodCommand(command.workbook, command.period, context);
    }
    case 'import-plan': {
      const { importPlanCommand } = await import('./commands/import-plan.ts');
      return importPlanCommand(command.document, command.out, context);
    }
    case 'roll-forward': {
      const { rollForwardCommand } = await import('./commands/roll-forward.ts');
      return rollForwardCommand(command.workbook, command.out, context);
    }
  }
}
