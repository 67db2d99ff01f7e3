import { z } from 'zod';
import { STATUSES } from './status.ts';

// status.ts imports only the type, so reading a workbook does not load zod (settings-schema.ts).

/** A status cell that holds one of SPEC.md's statuses exactly as written. */
export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;
