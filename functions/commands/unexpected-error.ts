import * as msg from '../../shared/messages/functions/index.ts';
import { causeDetail } from '../logger.ts';

// An error we worded in zh-TW keeps Google's own words in its cause (`detail`): it is said as it is,
// with those words quoted below it; anything else is a library's or our own slip, in whatever language it
// came, and is only quoted under our sentence.
/** What the command line says of an error nobody expected: a zh-TW sentence, never a library's English alone. */
export function unexpectedErrorText(error: unknown): string {
  if (!(error instanceof Error)) return msg.cliUnexpected(String(error));
  const detail = causeDetail(error);
  if (detail === undefined) return msg.cliUnexpected(error.message);
  return `${error.message}\n${msg.cliDetailForAdministrator(detail)}`;
}
