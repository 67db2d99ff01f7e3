import * as msg from '../../shared/messages/apps-script.ts';
import { isYes, settingValue } from '../../shared/settings.ts';
import type { Gas } from './gas.ts';
import { errorDetail, logEvent } from './gas.ts';
import { readSettingsTab } from './plan-reader.ts';
import { PROPERTY } from './script-config.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What ingest found wrong with a submission. */
export interface Problems {
  readonly problems: readonly { readonly 欄位: string; readonly 說明: string }[];
}

/** 設定 › 寄送檢核結果 = 是, or the SEND_CHECK_RESULTS script property, switches result mail on. */
export function resultMailOn(gas: Gas, spreadsheet: Spreadsheet): boolean {
  return (
    isYes(settingValue(readSettingsTab(spreadsheet), msg.gasSendResultsSetting)) ||
    isYes(gas.properties.getScriptProperties().getProperty(PROPERTY.sendResults) ?? '')
  );
}

/** Mails the submitter the problems in their submission, in zh-TW. */
export function mailProblems(gas: Gas, to: string, answers: Readonly<Record<string, unknown>>, found: Problems): void {
  const practice = String(answers.具體作法 ?? '');
  const period = String(answers.填報期間 ?? '');
  try {
    gas.mail.sendEmail(to, msg.gasResultMailSubject(practice, period), msg.gasResultMailBody(found.problems));
  } catch (error) {
    // Over the daily mail quota, or a bad address: the result is in the sheet either way.
    logEvent(gas, 'result-mail.failed', { error: errorDetail(error) });
  }
}
