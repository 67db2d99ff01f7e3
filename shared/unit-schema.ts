import { z } from 'zod';

// Only the type leaves this module: units.ts imports it as a type, so reading a workbook does not
// load zod (settings-schema.ts).

/** A unit (課/室/組/科/會) from the 單位 tab, or named only in the plan. */
const UnitSchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  emails: z.array(z.string()),
  /** A unit's own spreadsheet (id, URL or local path) when it keeps its rows there. */
  spreadsheet: z.string().optional(),
  /** Row in 單位 (null when the unit is named only in 計畫). */
  row: z.number().int().nullable(),
});
export type Unit = z.infer<typeof UnitSchema>;
