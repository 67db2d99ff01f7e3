import { dateToSerial } from '../../shared/dates.ts';

// A moment as the serial number Sheets and LibreOffice count dates in (days since 1899-12-30, the
// time of day as the fraction), for the .xlsx and .ods readers. The epoch comes from shared/dates.ts,
// the one place that counts serial days.
const UNIX_EPOCH_SERIAL = dateToSerial({ year: 1970, month: 1, day: 1 });
const DAY_MS = 86_400_000;

/** The serial number of a UTC moment in milliseconds: `Date.UTC(2026, 1, 12, 18)` → 46065.75. */
export function serialOfUtcMs(ms: number): number {
  return ms / DAY_MS + UNIX_EPOCH_SERIAL;
}
