// Colours as the Sheets API takes them: red, green and blue from 0 to 1.
import type { sheets_v4 } from '@googleapis/sheets';
import type { Rgb } from '../../../shared/row-looks.ts';

/** An RRGGBB colour as a Sheets Color. */
export function sheetsColour(rgb: Rgb): sheets_v4.Schema$Color {
  const value = Number.parseInt(rgb, 16);
  return { red: ((value >> 16) & 255) / 255, green: ((value >> 8) & 255) / 255, blue: (value & 255) / 255 };
}
