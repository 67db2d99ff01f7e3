import * as msg from './messages/domain/index.ts';
import { periodKey } from './period.ts';
import { formatQuantities, totalQuantities } from './quantity-totals.ts';
import type { ReportingRecord } from './reporting-record.ts';
import { textsHash } from './row-identity.ts';
import type { Status } from './status.ts';
import type { Submission } from './validation.ts';
import type { PracticeYearOutcome } from './year-outcome.ts';

// A practice's 執行成效 for the year-end documents, drafted from its year: each responsible unit's
// latest words with the year's 量化成果 added up, where a practice not done stands (落後 with its
// reason and remedy, 未開始, 取消, 辦理中), and which units never reported. The coordinator edits it
// in 年度成效 before publishing (year-end-drafts.ts), so the draft also carries a fingerprint of
// exactly what it was drafted from: a later run can tell whether that data changed.

// How each status reads in a draft, after the unit's words and without them: one for every status.
const STATUS_NOTE: Readonly<Record<Status, string>> = msg.draftStatusNote;
const STATUS_ALONE: Readonly<Record<Status, string>> = msg.draftStatusAlone;

/** A practice's drafted 執行成效 and the fingerprint of the data it was drafted from. */
export interface YearDraft {
  readonly text: string;
  /** Changes exactly when a report the draft reads changes (not when only the draft's wording would). */
  readonly basis: string;
}

/**
 * The draft of one practice's year.
 * @example yearDraft(outcome).text // → '【民政課】回收問卷300份（全年合計：3場次、150人次）\n未填報：社會課'
 */
export function yearDraft(outcome: PracticeYearOutcome): YearDraft {
  const several = outcome.units.length > 1;
  const lines: string[] = [];
  const silent: string[] = [];
  for (const record of outcome.units) {
    const latest = record.latestPeriodReport;
    if (!latest) silent.push(record.unit);
    else lines.push(`${several ? msg.draftUnitPrefix(record.unit) : ''}${unitDraft(record, latest)}`);
  }
  // Nobody reported: 未填報 says it; some did: the others are named.
  if (silent.length > 0) lines.push(lines.length > 0 ? msg.draftUnitsNotReported(silent) : msg.notReported);
  return { text: lines.join('\n'), basis: basisOf(outcome) };
}

function unitDraft(record: ReportingRecord, latest: Submission): string {
  const narrative = latest.narrative.trim();
  const status =
    latest.status === '落後' ? msg.draftLate(clause(latest.lateReason), clause(latest.improvement)) : STATUS_NOTE[latest.status];
  const notes = [quantityNote(record), narrative ? status : ''].filter(Boolean);
  return `${narrative || STATUS_ALONE[latest.status]}${notes.length > 0 ? msg.draftNotes(notes) : ''}`;
}

// One report's 量化成果 as typed; several added up over the year as 單位成效 adds them, those with no
// number in them quoted beside the total; the latest as typed when none holds a number.
function quantityNote(record: ReportingRecord): string {
  const texts = record.reported.map((report) => clause(report.quantity)).filter(Boolean);
  const [only] = texts;
  if (only === undefined) return '';
  if (texts.length === 1) return msg.draftQuantity(only);
  const year = totalQuantities(texts);
  return year.totals.length > 0 ? msg.draftYearTotal(formatQuantities(year)) : msg.draftQuantity(texts.at(-1) ?? only);
}

// A unit's sentence as part of a note: trimmed, its closing full stop or semicolon dropped.
const clause = (text: string) => text.trim().replace(/[。．.；;，,\s]+$/u, '');

// What the draft reads, in order: per unit its latest report's words and status, and every
// counted report's 量化成果.
function basisOf(outcome: PracticeYearOutcome): string {
  const texts: string[] = [];
  for (const record of outcome.units) {
    const latest = record.latestPeriodReport;
    texts.push(
      record.unit,
      latest ? periodKey(latest.period) : '',
      latest?.status ?? '',
      latest?.narrative ?? '',
      latest?.lateReason ?? '',
      latest?.improvement ?? '',
    );
    texts.push(String(record.reported.length), ...record.reported.map((report) => report.quantity));
  }
  return textsHash(texts).toString(36).padStart(11, '0');
}
