import { z } from 'zod';

// Only the type leaves this module: settings.ts imports it as a type, so reading a workbook does not
// load zod (its 95 modules are about 20 ms of a command's start). The 設定 tab itself is read and
// checked by settings.ts, whose messages name the row.

/** The 設定 tab, with SPEC.md's defaults filled in. */
const SettingsSchema = z.object({
  agency: z.string(),
  planName: z.string(),
  /** ROC year as written (114). */
  rocYear: z.number().int().positive(),
  /** The same year, Gregorian (2025): what every date computation uses. */
  year: z.number().int(),
  cycle: z.enum(['month', 'quarter', 'half', 'year']),
  /** Day of the month after a period by which its reports are due. */
  dueDay: z.number().int().min(1).max(31),
  timeZone: z.string(),
});
export type Settings = z.infer<typeof SettingsSchema>;
