import * as msg from '../../shared/messages/apps-script.ts';
import { errorDetail, type Gas, logEvent } from './gas.ts';
import type { TriggerHandler } from './triggers.ts';

/**
 * Runs a trigger's work: the one catch of a trigger entry point. Nobody watches a trigger, and an
 * exception that leaves it shows in the execution log as a raw failure; instead the unexpected is
 * logged as one zh-TW line saying what did not happen and what will, with the error's own words
 * beside it for whoever maintains the script.
 */
export function runTrigger(gas: Gas, trigger: TriggerHandler, work: () => unknown): void {
  try {
    work();
  } catch (error) {
    logEvent(gas, 'trigger.failed', { trigger, message: msg.gasTriggerFailed(trigger), error: errorDetail(error) });
  }
}
