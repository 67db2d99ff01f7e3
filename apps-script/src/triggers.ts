import * as msg from '../../shared/messages/apps-script.ts';
import type { Gas } from './gas.ts';
import { readPlan } from './plan-reader.ts';

/** The trigger handlers (top-level functions of the bundle) guankao installs. */
export const TRIGGER_HANDLERS = {
  formSubmit: 'onFormSubmit',
  retry: 'retryQueue',
  reminders: 'sendReminders',
  prepare: 'prepareRows',
} as const;
/** A trigger handler guankao installs. */
export type TriggerHandler = (typeof TRIGGER_HANDLERS)[keyof typeof TRIGGER_HANDLERS];

/** How often the retry trigger runs, in minutes (Apps Script allows 1, 5, 10, 15 or 30). */
const RETRY_EVERY_MINUTES = 5;

/** The day of the month the 催報 trigger runs: the day after 填報截止日 (at most the 28th, which every month has). */
function reminderDay(dueDay: number): number {
  return Math.min(dueDay + 1, 28);
}

/**
 * Installs each of guankao's triggers once: a missing one is created, a second copy (which would
 * send every response twice) is deleted. Other handlers' triggers are left alone.
 */
export function installTriggers(gas: Gas): string[] {
  const spreadsheet = gas.spreadsheets.getActive();
  const plan = readPlan(spreadsheet);
  const dueDay = plan.ok ? plan.value.plan.settings.dueDay : 5;
  const done: string[] = [];
  const create: Record<string, () => void> = {
    [TRIGGER_HANDLERS.formSubmit]: () =>
      gas.scripts.newTrigger(TRIGGER_HANDLERS.formSubmit).forSpreadsheet(spreadsheet).onFormSubmit().create(),
    [TRIGGER_HANDLERS.retry]: () => gas.scripts.newTrigger(TRIGGER_HANDLERS.retry).timeBased().everyMinutes(RETRY_EVERY_MINUTES).create(),
    [TRIGGER_HANDLERS.reminders]: () =>
      gas.scripts.newTrigger(TRIGGER_HANDLERS.reminders).timeBased().onMonthDay(reminderDay(dueDay)).atHour(9).create(),
    // The same day, an hour earlier: the period just closed is being reminded, the new one gets its rows.
    [TRIGGER_HANDLERS.prepare]: () =>
      gas.scripts.newTrigger(TRIGGER_HANDLERS.prepare).timeBased().onMonthDay(reminderDay(dueDay)).atHour(8).create(),
  };
  const existing = gas.scripts.getProjectTriggers();
  for (const [handler, make] of Object.entries(create)) {
    const mine = existing.filter((trigger) => trigger.getHandlerFunction() === handler);
    for (const extra of mine.slice(1)) gas.scripts.deleteTrigger(extra);
    if (mine.length > 1) done.push(msg.gasTriggerDeduplicated(handler, mine.length - 1));
    if (mine.length === 0) {
      make();
      done.push(msg.gasTriggerCreated(handler));
    } else done.push(msg.gasTriggerPresent(handler));
  }
  return done;
}
