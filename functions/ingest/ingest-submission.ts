import { z } from 'zod';
import * as msg from '../../shared/messages.ts';
import type { Plan } from '../../shared/plan.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { verdict } from '../../shared/run-consolidation.ts';
import { findSubmissionSources, type RawSubmission, readSubmissions } from '../../shared/submission-tabs.ts';
import { validateSubmission } from '../../shared/validation.ts';
import type { Cell } from '../../shared/workbook.ts';

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

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes and checks a body: UTF-8, JSON, then the documented shape; each failure a zh-TW reason. */
export function parseIngestBody(bytes: Uint8Array): Result<IngestBody> {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fail(msg.bodyNotUtf8);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(msg.bodyNotJson);
  }
  const parsed = IngestBodySchema.safeParse(json);
  if (parsed.success) return ok(parsed.data);
  return fail(msg.bodyShape(parsed.error.issues.slice(0, 5).map(describeIssue)));
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
export function toRawSubmission(body: IngestBody, formTab: string): RawSubmission {
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

/** Checks one submission against the plan, as consolidation would, and words the answer. */
export function checkSubmission(plan: Plan, body: IngestBody, formTab: string, now: number): IngestAnswer {
  const checked = validateSubmission(plan, toRawSubmission(body, formTab), { now });
  return {
    status: checked.ok ? msg.statusPassed : msg.statusHasProblems,
    檢核結果: verdict(checked, undefined),
    problems: checked.ok ? [] : checked.problems.map((problem) => ({ 欄位: problem.column, 說明: problem.message })),
  };
}
