import { formatRocDate } from '../../shared/dates.ts';
import * as msg from '../../shared/messages/apps-script.ts';
import { OUTPUT_TABS } from '../../shared/output-tabs.ts';
import { type Period, periodKey, periodLabel, periodsOfYear, reportDueDate } from '../../shared/period.ts';
import type { Plan } from '../../shared/plan.ts';
import { practiceChoice } from '../../shared/practice-choice.ts';
import { isPastDue } from '../../shared/report-duty.ts';
import { type ReportingRecord, reportingRecords } from '../../shared/reporting-record.ts';
import { ok, type Result } from '../../shared/result.ts';
import { runConsolidation } from '../../shared/run-consolidation.ts';
import { readTrackingTab, type TrackingGap } from '../../shared/tracking-view.ts';
import type { Snapshot, Tab } from '../../shared/workbook.ts';
import { type FormLink, formLinks } from './form-links.ts';
import { errorDetail, type Gas, logEvent } from './gas.ts';
import { PROPERTY } from './script-config.ts';
import { findSheet, readDisplayTab } from './sheet-cells.ts';
import { readWorkbook } from './workbook-reader.ts';

/** Where a unit's lateness was read: this spreadsheet's own submission rows, or 管考總表 for a unit that reports in its own spreadsheet. */
export type ReminderSource = 'responses' | 'tracking';

/** One 催報 letter. */
export interface Reminder {
  readonly unit: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly practices: readonly string[];
  readonly source: ReminderSource;
}

/** A unit reporting in its own spreadsheet whose practices 管考總表 cannot answer for; no letter for them. */
export interface Undecided {
  readonly unit: string;
  readonly gap: TrackingGap;
  readonly practices: readonly string[];
}

/** Who is late for the last closed period, and who cannot be reminded by mail. */
export interface ReminderPlan {
  readonly period: Period | null;
  /** The period's 填報截止日, as shown (115年11月5日); '' without a period. */
  readonly due: string;
  readonly reminders: readonly Reminder[];
  readonly withoutEmail: readonly string[];
  readonly undecided: readonly Undecided[];
}

/**
 * The letters for the last period whose 填報截止日 has passed: each responsible unit with practices
 * not reported for it, by the rules of 管考總表 (shared/reporting-record.ts), each practice with its
 * prefilled link to the Form when `links` can make one. This script may open
 * only its own spreadsheet, so for a unit that reports in its own (單位 › 填報試算表) a practice
 * missing here is looked up in `tracking` — the 管考總表 the functions wrote after reading that
 * spreadsheet — and when 管考總表 cannot say (absent, written before the due date, no such row),
 * the unit is named as undecided rather than mailed on a guess.
 */
function planReminders(
  snapshot: Snapshot,
  now: number,
  tracking?: Tab,
  links?: (plan: Plan, period: Period) => FormLink,
): Result<ReminderPlan> {
  const run = runConsolidation({ snapshot, now });
  if (!run.ok) return run;
  const { plan, index, output } = run.value;
  const { settings } = plan;
  const periods = periodsOfYear(settings.year, settings.cycle);
  const closed = periods.filter((period) => isPastDue(period, settings.dueDay, output.today));
  const period = closed.at(-1) ?? null;
  if (!period) return ok({ period, due: '', reminders: [], withoutEmail: [], undecided: [] });
  const key = periodKey(period);
  const lateHere = new Map<string, ReportingRecord[]>();
  for (const record of reportingRecords(plan, index, output.today)) {
    if (record.missing.some((late) => periodKey(late) === key)) lateHere.set(record.unit, [...(lateHere.get(record.unit) ?? []), record]);
  }
  const view = readTrackingTab(tracking, period, periods);
  const reminders: Reminder[] = [];
  const withoutEmail: string[] = [];
  const undecided: Undecided[] = [];
  const label = periodLabel(period);
  const due = formatRocDate(reportDueDate(period, settings.dueDay));
  const linkFor = links?.(plan, period) ?? (() => null);
  for (const unitName of plan.units.names()) {
    const records = lateHere.get(unitName);
    if (!records) continue;
    const unit = plan.units.find(unitName);
    const source: ReminderSource = unit?.spreadsheet ? 'tracking' : 'responses';
    let late = records;
    if (source === 'tracking') {
      // Rows made here (the form) count as they are; the rest of the unit's year is in its own spreadsheet.
      const answers = records.map((record) => ({ record, answer: view.answer(record.practice.id, unitName) }));
      late = answers.filter(({ answer }) => answer.kind === 'missing').map(({ record }) => record);
      const unknown = answers.flatMap(({ record, answer }) => (answer.kind === 'unknown' ? [{ record, gap: answer.gap }] : []));
      const first = unknown[0];
      if (first)
        undecided.push({ unit: unitName, gap: first.gap, practices: unknown.map(({ record }) => practiceChoice(record.practice)) });
    }
    if (late.length === 0) continue;
    const practices = late.map((record) => practiceChoice(record.practice));
    const listed = late.map((record) => ({ practice: practiceChoice(record.practice), link: linkFor(unitName, record.practice) }));
    if (!unit || unit.emails.length === 0) withoutEmail.push(unitName);
    else
      reminders.push({
        unit: unitName,
        to: unit.emails,
        subject: msg.gasReminderSubject(label),
        body: msg.gasReminderBody(settings.agency, unitName, label, due, listed),
        practices,
        source,
      });
  }
  return ok({ period, due, reminders, withoutEmail, undecided });
}

/**
 * The monthly 催報 run: mails every late unit, once per period — a second run for the same period
 * mails only units not mailed yet (one 管考總表 could not answer for the first time, or one the
 * mail quota stopped the run before: each unit is remembered as its letter goes). With dryRun
 * nothing is mailed or remembered; the text says what would be sent and from which source. A run
 * (not a preview) writes what it did into the execution log, where a trigger's coordinator reads it.
 */
export function sendReminders(gas: Gas, options: { readonly dryRun: boolean }): string {
  const spreadsheet = gas.spreadsheets.getActive();
  const trackingSheet = findSheet(spreadsheet, OUTPUT_TABS.tracking);
  // Links only in letters sent: a preview need not open the Form.
  const links = options.dryRun ? undefined : (plan: Plan, period: Period) => formLinks(gas, spreadsheet, plan, period);
  const planned = planReminders(readWorkbook(spreadsheet), gas.now(), trackingSheet ? readDisplayTab(trackingSheet) : undefined, links);
  const notSent = (text: string) => {
    if (!options.dryRun) logEvent(gas, 'reminders.not-sent', { text });
    return text;
  };
  if (!planned.ok) return notSent(planned.reason);
  const { period, due, reminders, withoutEmail, undecided } = planned.value;
  if (!period) return notSent(msg.gasReminderNoPeriod);
  const label = periodLabel(period);
  if (options.dryRun) return msg.gasReminderReport(true, label, due, reminders, withoutEmail, undecided);

  const properties = gas.properties.getScriptProperties();
  const key = periodKey(period);
  const mailed = mailedFor(properties, key);
  if (mailed === 'all') return notSent(msg.gasReminderAlreadySent(label));
  const toSend = reminders.filter((reminder) => !mailed?.has(reminder.unit));
  if (mailed && toSend.length === 0) return notSent(msg.gasReminderAlreadySent(label));
  const sent = new Set(mailed ?? []);
  // The period and its units in one write, so they never disagree (units of another period read as this one's).
  const remember = () => properties.setProperties({ [PROPERTY.remindedPeriod]: key, [PROPERTY.remindedUnits]: JSON.stringify([...sent]) });
  const delivered: Reminder[] = [];
  let stoppedBy: string | null = null;
  for (const reminder of toSend) {
    try {
      gas.mail.sendEmail(reminder.to.join(','), reminder.subject, reminder.body);
    } catch (error) {
      // The daily mail quota, most often: the units not reached are mailed by the next run.
      stoppedBy = errorDetail(error);
      break;
    }
    // Remembered letter by letter, so a run stopped part way never mails a unit twice.
    sent.add(reminder.unit);
    delivered.push(reminder);
    remember();
  }
  remember();
  const unreached = toSend.filter((reminder) => !sent.has(reminder.unit)).map((reminder) => reminder.unit);
  const text = [
    msg.gasReminderReport(false, label, due, delivered, withoutEmail, undecided),
    ...(stoppedBy === null ? [] : ['', msg.gasReminderMailStopped(unreached)]),
  ].join('\n');
  // A trigger has no dialog: the execution log is where the coordinator reads who was not decided.
  logEvent(gas, 'reminders.sent', {
    period: key,
    letters: delivered.length,
    undecided: undecided.map((entry) => entry.unit),
    ...(stoppedBy === null ? {} : { unreached, error: stoppedBy }),
    text,
  });
  return text;
}

// The units already mailed for this period: null when none were; 'all' when the period is stored
// but its list of units is missing or unreadable, since mailing nobody again beats a second letter.
function mailedFor(properties: GoogleAppsScript.Properties.Properties, key: string): Set<string> | 'all' | null {
  if (properties.getProperty(PROPERTY.remindedPeriod) !== key) return null;
  try {
    const units: unknown = JSON.parse(properties.getProperty(PROPERTY.remindedUnits) ?? 'null');
    return Array.isArray(units) ? new Set(units.map(String)) : 'all';
  } catch {
    return 'all';
  }
}
