import { compareDates, formatRocDate } from '../../shared/dates.ts';
import * as msg from '../../shared/messages.ts';
import { type Period, periodKey, periodLabel, periodsOfYear, reportDueDate } from '../../shared/period.ts';
import { reportingRecords } from '../../shared/reporting-record.ts';
import { ok, type Result } from '../../shared/result.ts';
import { runConsolidation } from '../../shared/run-consolidation.ts';
import type { Snapshot } from '../../shared/workbook.ts';
import { type Gas, logEvent } from './gas.ts';
import { planTimeZone } from './plan-reader.ts';
import { practiceChoice } from './practice-choice.ts';
import { PROPERTY } from './script-config.ts';
import { readWorkbook } from './workbook-reader.ts';

/** One 催報 letter. */
export interface Reminder {
  readonly unit: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly practices: readonly string[];
}

/** Who is late for the last closed period, and who cannot be reminded by mail. */
export interface ReminderPlan {
  readonly period: Period | null;
  readonly reminders: readonly Reminder[];
  readonly withoutEmail: readonly string[];
  /** Units that report in their own spreadsheet (單位 › 填報試算表), which this script cannot open. */
  readonly ownSpreadsheet: readonly string[];
}

/**
 * The letters for the last period whose 填報截止日 has passed: each responsible unit with practices
 * not reported for it, by the rules of 管考總表 (shared/reporting-record.ts).
 */
export function planReminders(snapshot: Snapshot, now: number): Result<ReminderPlan> {
  const run = runConsolidation({ snapshot, now });
  if (!run.ok) return run;
  const { plan, index, output } = run.value;
  const { settings } = plan;
  const closed = periodsOfYear(settings.year, settings.cycle).filter((period) => compareDates(reportDueDate(period, settings.dueDay), output.today) < 0);
  const period = closed.at(-1) ?? null;
  if (!period) return ok({ period, reminders: [], withoutEmail: [], ownSpreadsheet: [] });
  const key = periodKey(period);
  const missing = new Map<string, string[]>();
  for (const record of reportingRecords(plan, index, output.today)) {
    if (record.missing.some((late) => periodKey(late) === key)) missing.set(record.unit, [...(missing.get(record.unit) ?? []), practiceChoice(record.practice)]);
  }
  const reminders: Reminder[] = [];
  const withoutEmail: string[] = [];
  const ownSpreadsheet: string[] = [];
  const label = periodLabel(period);
  const due = formatRocDate(reportDueDate(period, settings.dueDay));
  for (const unitName of plan.units.names()) {
    const practices = missing.get(unitName);
    if (!practices) continue;
    const unit = plan.units.find(unitName);
    if (unit?.spreadsheet) ownSpreadsheet.push(unitName);
    else if (!unit || unit.emails.length === 0) withoutEmail.push(unitName);
    else reminders.push({ unit: unitName, to: unit.emails, subject: msg.gasReminderSubject(label), body: msg.gasReminderBody(settings.agency, unitName, label, due, practices), practices });
  }
  return ok({ period, reminders, withoutEmail, ownSpreadsheet });
}

/**
 * The monthly 催報 run: mails every late unit, once per period (a second run for the same period
 * sends nothing). With dryRun nothing is mailed or remembered; the text says what would be sent.
 */
export function sendReminders(gas: Gas, options: { readonly dryRun: boolean }): string {
  const spreadsheet = gas.spreadsheets.getActive();
  const planned = planReminders(readWorkbook(spreadsheet, planTimeZone(spreadsheet)), gas.now());
  if (!planned.ok) return planned.reason;
  const { period, reminders, withoutEmail, ownSpreadsheet } = planned.value;
  if (!period) return msg.gasReminderNoPeriod;
  const properties = gas.properties.getScriptProperties();
  const key = periodKey(period);
  if (!options.dryRun && properties.getProperty(PROPERTY.remindedPeriod) === key) return msg.gasReminderAlreadySent(periodLabel(period));
  if (!options.dryRun) {
    for (const reminder of reminders) gas.mail.sendEmail(reminder.to.join(','), reminder.subject, reminder.body);
    properties.setProperty(PROPERTY.remindedPeriod, key);
    logEvent(gas, 'reminders.sent', { period: key, letters: reminders.length });
  }
  return msg.gasReminderReport(options.dryRun, periodLabel(period), reminders, withoutEmail, ownSpreadsheet);
}
