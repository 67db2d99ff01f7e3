import { z } from 'zod';
import * as domainMsg from '../../shared/messages/domain/index.ts';
import * as msg from '../../shared/messages/functions/index.ts';
import type { Plan } from '../../shared/plan.ts';
import { verdict } from '../../shared/run-consolidation.ts';
import { findSubmissionSources, type RawSubmission, readSubmissions } from '../../shared/submission-tabs.ts';
import { validateSubmission } from '../../shared/validation.ts';
import type { Cell } from '../../shared/workbook.ts';
import { TOLERANCE_SECONDS } from './signature.ts';

/** The signed body Apps Script sends (SPEC.md › Signed submissions); unknown keys are refused. */
export const IngestBodySchema = z
  .object({
    responseId: z.string().trim().min(1).max(500),
    submittedAt: z.iso.datetime({ offset: true, error: msg.bodyTimestampWrong }),
    email: z.string().max(320),
    answers: z.record(z.string().max(1_000), z.union([z.string(), z.array(z.string()).max(1_000)])),
  })
  .strict();

export type IngestBody = z.infer<typeof IngestBodySchema>;

/** The answer the submitter sees at once. */
export interface IngestAnswer {
  readonly status: '通過' | '有誤';
  readonly 檢核結果: string;
  readonly problems: readonly { readonly 欄位: string; readonly 說明: string }[];
}

/**
 * The most answers (questions) one submission may carry. A Form has a few hundred questions at
 * most (依計畫更新表單 adds one 具體作法 question per unit); checking each answer is linear, and
 * 70,000 of them in a 1 MiB body held the instance for a second.
 */
export const MAX_ANSWERS = 500;

/**
 * How far, in seconds, submittedAt may be after the signing time. Apps Script signs when it sends,
 * with submittedAt the response's 時間戳記, so it is never later, but for two clocks; the same
 * window as the signature's. Any earlier time is accepted: 待送 sends a response again for as
 * long as the functions were down, after a setting is fixed, or when the sweep finds an old
 * response, and refusing it (a 4xx) would make it undeliverable.
 */
const SUBMITTED_AHEAD_SECONDS = TOLERANCE_SECONDS;

/** Why a body is refused: `tooLarge` for too many answers (413), `badRequest` for the rest (400). */
export type BodyRefusal = { readonly ok: false; readonly kind: 'badRequest' | 'tooLarge'; readonly reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes and checks a body signed at `signedAt` (Unix seconds): UTF-8, JSON, the number of
 * answers (before any answer is looked at), the documented shape, then submittedAt against the
 * signing time; each failure a zh-TW reason.
 */
export function parseIngestBody(bytes: Uint8Array, signedAt: number): { readonly ok: true; readonly value: IngestBody } | BodyRefusal {
  const refuse = (reason: string, kind: BodyRefusal['kind'] = 'badRequest'): BodyRefusal => ({ ok: false, kind, reason });
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return refuse(msg.bodyNotUtf8);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse(msg.bodyNotJson);
  }
  const answers = answerCount(json);
  if (answers > MAX_ANSWERS) return refuse(msg.bodyTooManyAnswers(answers, MAX_ANSWERS), 'tooLarge');
  const parsed = IngestBodySchema.safeParse(json);
  if (!parsed.success) return refuse(msg.bodyShape(parsed.error.issues.slice(0, 5).map(describeIssue)));
  const ahead = (Date.parse(parsed.data.submittedAt) - signedAt * 1000) / 1000;
  if (ahead > SUBMITTED_AHEAD_SECONDS) {
    return refuse(msg.bodySubmittedAfterSigning(parsed.data.submittedAt, new Date(signedAt * 1000).toISOString(), SUBMITTED_AHEAD_SECONDS));
  }
  return { ok: true, value: parsed.data };
}

// Counted on the parsed JSON before the schema, which would look at every answer first.
function answerCount(json: unknown): number {
  if (typeof json !== 'object' || json === null || !('answers' in json)) return 0;
  const { answers } = json;
  return typeof answers === 'object' && answers !== null && !Array.isArray(answers) ? Object.keys(answers).length : 0;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') return msg.bodyUnknownKeys(issue.keys);
  if (issue.code === 'invalid_type' && issue.input === undefined) return msg.bodyFieldMissing(path);
  if (path === 'submittedAt') return msg.bodyTimestampWrong;
  return msg.bodyFieldWrong(path || '（整體）');
}

/**
 * The submission as a row of the form's response tab: question titles mapped like its header,
 * submittedAt as 時間戳記, email as 電子郵件地址, several answers to one question on separate lines.
 */
function toRawSubmission(body: IngestBody, formTab: string): RawSubmission {
  const header: Cell[] = ['時間戳記', '電子郵件地址'];
  const row: Cell[] = [body.submittedAt, body.email];
  for (const [title, answer] of Object.entries(body.answers)) {
    header.push(title);
    row.push(Array.isArray(answer) ? answer.join('\n') : answer);
  }
  const sources = findSubmissionSources({ tabs: [{ name: formTab, rows: [header, row] }] });
  const raw = readSubmissions(sources)[0];
  // A row with a timestamp is never blank, so readSubmissions always returns it.
  if (!raw) throw new Error('a submission row was read as blank', { cause: { code: 'INGEST_ROW_BLANK' } });
  return raw;
}

/** Checks one submission against the plan, as consolidation will (its submittedAt is its 時間戳記), and words the answer. */
export function checkSubmission(plan: Plan, body: IngestBody, formTab: string): IngestAnswer {
  const checked = validateSubmission(plan, toRawSubmission(body, formTab));
  return {
    status: checked.ok ? domainMsg.passed : msg.statusHasProblems,
    檢核結果: verdict(checked, undefined),
    problems: checked.ok ? [] : checked.problems.map((problem) => ({ 欄位: problem.column, 說明: problem.message })),
  };
}
