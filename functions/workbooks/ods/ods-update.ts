// Writing into an existing .ods file without disturbing what users made in it: content.xml is
// cut around its tables, user tables are copied as they are (their 檢核結果 column edited in
// place, a row it gives more lines than the row shows made taller), output tables are replaced
// with new ones at the end (the order applyChanges gives), and our styles (replacing an earlier
// run's, ods-own-styles.ts) and autofilters join the file's own. Every other part of the file
// (styles.xml, settings, images, macros) is kept by the caller.

import { placeKeyedColumns } from '../../../shared/keyed-columns.ts';
import { placeVerdicts } from '../../../shared/verdict-placement.ts';
import type { Changes, KeyedColumns, OutputTab, Snapshot } from '../../../shared/workbook.ts';
import { appendOdsRows } from './ods-append.ts';
import { odsFilterRanges, odsSheets, odsStyleDefinitions, odsTables } from './ods-content.ts';
import { replaceOwnStyles } from './ods-own-styles.ts';
import { type OdsRowFitter, odsRowFitter } from './ods-row-height.ts';
import { setOdsColumn } from './ods-table-edit.ts';

const TABLE_START = /<table:table(?=[\s>/])/gu;
const TABLE_END = '</table:table>';

/** content.xml after the changes, or null when the file is laid out in a way we do not edit (ods-workbook.ts then refuses, or rewrites a copy from its values). */
export function updateOdsContent(content: string, snapshot: Snapshot, changes: Changes): string | null {
  const split = splitTables(content);
  if (!split || split.tables.length !== snapshot.tabs.length) return null;
  const outputs = new Set(changes.outputs.map((tab) => tab.name));
  const verdictColumns = new Map(changes.verdicts.map((verdicts) => [verdicts.tab, verdicts]));
  const keyed = new Map((changes.keyedColumns ?? []).map((change) => [change.tab, change]));
  const fitter = odsRowFitter(split.head);
  const kept: string[] = [];
  snapshot.tabs.forEach((tab, i) => {
    const xml = split.tables[i] ?? '';
    if (outputs.has(tab.name)) return;
    const verdicts = verdictColumns.get(tab.name);
    const appended = (changes.appends ?? []).filter((append) => append.tab === tab.name).flatMap((append) => append.rows);
    // Each verdict beside its own row as the file holds it now; undefined leaves a row's cell alone.
    const checked = verdicts
      ? setOdsColumn(
          xml,
          verdicts.column,
          placeVerdicts(tab.rows, verdicts).map((value) => (value === '' ? null : value)),
          fitter.forColumn(xml, verdicts.column),
        )
      : xml;
    const withRows = appended.length > 0 ? appendOdsRows(checked, tab.rows.length, appended) : checked;
    const change = keyed.get(tab.name);
    keyed.delete(tab.name);
    kept.push(change ? withKeyedColumns(withRows, tab.rows, change, fitter) : withRows);
  });
  // A tab with keyed columns that is missing is made at the end, laid out as an output tab.
  const made = [...keyed.values()].flatMap((change): OutputTab[] => {
    const edit = placeKeyedColumns(undefined, change);
    return edit?.create ? [{ name: change.tab, rows: edit.create, ...(change.layout ? { layout: change.layout } : {}) }] : [];
  });
  const added = [...changes.outputs, ...made];
  const sheets = odsSheets(added);
  const styles = odsStyleDefinitions(sheets);
  const tail = withFilters(withoutFiltersOf(split.tail, outputs), odsFilterRanges(added, kept.length));
  const own = replaceOwnStyles(split.head, styles + fitter.definitions(styles), kept.join('') + tail);
  const head = withStyles(own.head, own.styles);
  return head + kept.join('') + [...odsTables(sheets)].join('') + tail;
}

// The system's columns placed in the table as the file holds it now (keyed-columns.ts).
function withKeyedColumns(table: string, rows: Snapshot['tabs'][number]['rows'], change: KeyedColumns, fitter: OdsRowFitter): string {
  const edit = placeKeyedColumns(rows, change);
  if (!edit) return table;
  let xml = table;
  for (const [column, values] of edit.columns)
    xml = setOdsColumn(
      xml,
      column,
      [...values].map((value) => (value === '' ? null : value)),
      fitter.forColumn(xml, column),
    );
  return edit.appended.length > 0 ? appendOdsRows(xml, rows.length, edit.appended) : xml;
}

function splitTables(content: string): { head: string; tables: string[]; tail: string } | null {
  const tables: string[] = [];
  let end = -1;
  let head = '';
  for (const match of content.matchAll(TABLE_START)) {
    // A table inside a cell (a sub-table) or text between tables: not a layout we edit.
    if (match.index < end) return null;
    if (end >= 0 && content.slice(end, match.index).trim() !== '') return null;
    if (end < 0) head = content.slice(0, match.index);
    const close = content.indexOf(TABLE_END, match.index);
    if (close < 0) return null;
    end = close + TABLE_END.length;
    tables.push(content.slice(match.index, end));
  }
  return end < 0 ? null : { head, tables, tail: content.slice(end) };
}

function withStyles(head: string, styles: string): string {
  if (head.includes('</office:automatic-styles>')) return head.replace('</office:automatic-styles>', `${styles}</office:automatic-styles>`);
  if (head.includes('<office:automatic-styles/>'))
    return head.replace('<office:automatic-styles/>', `<office:automatic-styles>${styles}</office:automatic-styles>`);
  return head.replace('<office:body>', `<office:automatic-styles>${styles}</office:automatic-styles><office:body>`);
}

// The autofilter an earlier run put on an output tab covers its old rows: dropped, and made anew.
function withoutFiltersOf(tail: string, tabs: ReadonlySet<string>): string {
  return tail.replace(
    /<table:database-range\s[^>]*?table:target-range-address="'((?:[^']|'')*)'\.[^"]*"[^>]*?\/>/gu,
    (range, sheet: string) => (tabs.has(sheet.replaceAll("''", "'")) && range.includes('__Anonymous_Sheet_DB__') ? '' : range),
  );
}

// Database ranges come after named expressions and before pivot tables (ODF's order).
function withFilters(tail: string, filters: string): string {
  if (filters === '') return tail;
  if (tail.includes('<table:database-ranges>')) return tail.replace('<table:database-ranges>', `<table:database-ranges>${filters}`);
  const next = ['<table:data-pilot-tables', '<table:consolidation', '<table:dde-links', '</office:spreadsheet>']
    .map((tag) => tail.indexOf(tag))
    .filter((index) => index >= 0);
  const at = next.length > 0 ? Math.min(...next) : 0;
  return `${tail.slice(0, at)}<table:database-ranges>${filters}</table:database-ranges>${tail.slice(at)}`;
}
