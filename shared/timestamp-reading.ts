import { dateFromNumber, readDatePart, serialText, TIME } from './date-reading.ts';
import { addDays, dayNumber, MS_PER_DAY, type PlainDate } from './dates.ts';
import * as msg from './messages/domain/index.ts';
import { plainTimestamp } from './plain-forms.ts';
import { fail, ok, type Result } from './result.ts';
import { cellText, foldText } from './text.ts';
import type { Cell } from './workbook.ts';
import { wallToInstant } from './zone-offset.ts';

// When a row arrived (時間戳記): a date as the date reader reads it, a time of day, and an offset or
// the plan's time zone, as an instant.

interface WallTime {
  readonly date: PlainDate;
  readonly ms: number;
}

function instant({ date, ms }: WallTime, timeZone: string, offsetMinutes: number | null): Result<number> {
  if (offsetMinutes !== null) {
    return ok(dayNumber(date) * MS_PER_DAY + ms - offsetMinutes * 60_000);
  }
  const epoch = wallToInstant(dayNumber(date) * MS_PER_DAY + ms, timeZone);
  return Number.isNaN(epoch) ? fail(msg.timeZoneUnknown(timeZone)) : ok(epoch);
}

function timeOfDay(rest: string, text: string): Result<{ ms: number; offset: number | null }> {
  if (rest.trim() === '') return ok({ ms: 0, offset: null });
  const match = TIME.exec(rest);
  if (!match?.groups) return fail(msg.timestampNotUnderstood(text));
  const { ap1, ap2, h = '', mi = '', s = '0', f = '0', zone } = match.groups;
  if (ap1 && ap2) return fail(msg.timestampNotUnderstood(text));
  const meridiem = (ap1 ?? ap2)?.toLowerCase();
  let hours = Number(h);
  const minutes = Number(mi);
  const seconds = Number(s);
  if (minutes > 59 || seconds > 59) return fail(msg.timestampNoSuchTime(text));
  if (meridiem === undefined) {
    if (hours > 23) return fail(msg.timestampNoSuchTime(text));
  } else {
    // 上午 12:05 is five past midnight, 下午 12:05 five past noon.
    if (hours > 12 || (hours === 0 && (meridiem === '下午' || meridiem === 'pm'))) return fail(msg.timestampNoSuchTime(text));
    if (hours === 12) hours = 0;
    if (meridiem === '下午' || meridiem === 'pm') hours += 12;
  }
  const ms = ((hours * 60 + minutes) * 60 + seconds) * 1000 + Math.round(Number(`0.${f}`) * 1000);
  return ok({ ms, offset: zone === undefined ? null : offsetMinutes(zone) });
}

function offsetMinutes(zone: string): number {
  if (zone.toLowerCase() === 'z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return zone.startsWith('-') ? -minutes : minutes;
}

/**
 * Reads when a row arrived, as epoch milliseconds: Google Forms' zh-TW text (2024/4/8 下午 3:12:45),
 * ROC dates, ISO 8601 with or without an offset, or a Sheets serial; wall times are in timeZone.
 * @example parseTimestamp('2024/4/8 下午 3:12:45', 'Asia/Taipei') // → { ok: true, value: 1712560365000 }
 */
export function parseTimestamp(cell: Cell, timeZone: string): Result<number> {
  if (typeof cell === 'string') {
    const plain = plainTimestamp(cell.trim());
    if (plain) {
      const epoch = wallToInstant(dayNumber(plain) * MS_PER_DAY + plain.ms, timeZone);
      if (!Number.isNaN(epoch)) return ok(epoch);
    }
  }
  return readTimestamp(cell, timeZone);
}

/** parseTimestamp without the plain-form scanner (plain-forms.ts): every form it reads, and the message when none fits. */
export function readTimestamp(cell: Cell, timeZone: string): Result<number> {
  if (typeof cell === 'string') cell = serialText(foldText(cell).trim()) ?? cell;
  if (typeof cell === 'number') {
    const date = dateFromNumber(cell);
    if (!date.ok) return date;
    const isSerial = !(Number.isInteger(cell) && cell >= 1_000_000);
    const ms = isSerial ? Math.round((cell - Math.floor(cell)) * MS_PER_DAY) : 0;
    // A fraction that rounds up to a whole day belongs to the next day.
    const wall = ms === MS_PER_DAY ? { date: addDays(date.value, 1), ms: 0 } : { date: date.value, ms };
    return instant(wall, timeZone, null);
  }
  const text = cellText(cell).trim();
  if (text === '') return fail(msg.dateBlank);
  if (typeof cell === 'boolean') return fail(msg.timestampNotUnderstood(text));
  const read = readDatePart(foldText(text).trim(), text);
  if (read === null) return fail(msg.timestampNotUnderstood(text));
  if (!read.ok) return read;
  const time = timeOfDay(read.value.rest, text);
  if (!time.ok) return time;
  return instant({ date: read.value.date, ms: time.value.ms }, timeZone, time.value.offset);
}
