import * as msg from '../../shared/messages/functions/index.ts';
import { describePeriodRows } from '../../shared/period-rows.ts';
import { planTitle } from '../../shared/plan-heading.ts';
import { type PreparedPeriod, preparePeriod } from '../period/prepare-period.ts';
import { type CommandContext, EXIT } from './command-io.ts';
import { openCommandWorkbook } from './command-workbook.ts';

/** `guankao prepare-period <workbook> [--period <期間>]`: the period's rows appended to the 填報 tabs, and what was added. */
export async function preparePeriodCommand(location: string, period: string | undefined, context: CommandContext): Promise<number> {
  const { io, progress } = context;
  const { workbook, deps } = openCommandWorkbook(location, context);
  const prepared = await preparePeriod(workbook, deps, period);
  progress.done();
  if (!prepared.ok) {
    io.stderr.write(`${prepared.reason}\n`);
    return EXIT.unusable;
  }
  io.stdout.write(preparedSummary(prepared.value));
  return EXIT.ok;
}

function preparedSummary({ plan, rows }: PreparedPeriod): string {
  const { settings } = plan;
  const lines = [msg.cliTitle(planTitle(settings), settings.rocYear), ...describePeriodRows(rows).map((line) => `  ${line}`)];
  if (rows.notRead.length > 0) lines.push(`  ${msg.prepareNotRead(rows.notRead)}`);
  return `${lines.join('\n')}\n`;
}
