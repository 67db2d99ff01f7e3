// A chart specification as an embedded ODF chart object (Object N/content.xml) that reads its data
// from the sheet's cells, so LibreOffice draws it (and prints it into the PDF) from the table itself.
import { type ChartSpec, chartCategories, type DocSheet } from '../../shared/published-document.ts';
import { percentStyleXml } from '../odf/data-styles.ts';
import { ZH_TW_TEXT } from '../odf/font.ts';
import { textPropertiesXml } from '../odf/look.ts';
import { DOCUMENT_PREFIXES, rootAttributes } from '../odf/namespaces.ts';
import { escapeXml, XML_DECLARATION } from '../odf/xml.ts';
import { cellAddress } from '../workbooks/cell-address.ts';

const CLASS: Readonly<Record<ChartSpec['kind'], string>> = { bar: 'chart:bar', column: 'chart:bar', line: 'chart:line' };
const COLOURS = ['#2f6fae', '#e07b39', '#5a9e4b', '#9b59b6'];

// A line chart's height, and the least any chart gets (a short bar chart left some units unnamed).
const CHART_HEIGHT_CM = 7.5;

/** How tall a chart is drawn, in cm: a bar chart gives each category room for its label, so every unit is named. */
export function chartHeightCm(chart: ChartSpec): number {
  return chart.kind === 'bar' ? Math.max(CHART_HEIGHT_CM, 2.8 + 0.6 * chartCategories(chart)) : CHART_HEIGHT_CM;
}

/** content.xml of the chart object for one chart of a sheet. */
export function chartObjectXml(sheet: DocSheet, chart: ChartSpec, widthCm: number, heightCm: number): string {
  const headerRow = chart.rows.from - 1;
  const data = chart.source ?? sheet.name;
  const range = (column: number, from: number) => `${cellAddress(data, column, from)}:${cellAddress(data, column, chart.rows.to)}`;
  const all = [chart.categoryColumn, ...chart.valueColumns].map((column) => range(column, headerRow)).join(' ');
  const series = chart.valueColumns
    .map(
      (column, i) =>
        `<chart:series chart:style-name="ch-series${i}" chart:values-cell-range-address="${escapeXml(range(column, chart.rows.from))}" chart:label-cell-address="${escapeXml(cellAddress(data, column, headerRow))}" chart:class="${CLASS[chart.kind]}"/>`,
    )
    .join('');
  const seriesStyles = chart.valueColumns
    .map((_, i) => {
      const colour = COLOURS[i % COLOURS.length];
      const graphic =
        chart.kind === 'line'
          ? `svg:stroke-color="${colour}" svg:stroke-width="0.08cm" draw:stroke="solid"`
          : `draw:fill="solid" draw:fill-color="${colour}" draw:stroke="none"`;
      return `<style:style style:name="ch-series${i}" style:family="chart"><style:chart-properties chart:symbol-type="automatic" chart:data-label-number="none"/><style:graphic-properties ${graphic}/></style:style>`;
    })
    .join('');
  const textProperties = (size: number, bold = false) => textPropertiesXml({ size, bold }, ZH_TW_TEXT);
  const axisY = chart.percent ? ' style:data-style-name="N-pct"' : '';
  const yRange = chart.percent ? ' chart:minimum="0" chart:maximum="1"' : ' chart:minimum="0"';
  const textStyles =
    `<style:style style:name="ch-text" style:family="chart">${textProperties(10)}</style:style>` +
    `<style:style style:name="ch-title" style:family="chart">${textProperties(13, true)}</style:style>`;
  const plotStyle = `<style:style style:name="ch-plot" style:family="chart"><style:chart-properties chart:vertical="${chart.kind === 'bar'}" chart:include-hidden-cells="false"/></style:style>`;
  const axisStyles =
    `<style:style style:name="ch-axis-x" style:family="chart"><style:chart-properties chart:display-label="true" chart:reverse-direction="${chart.kind === 'bar'}"/>${textProperties(10)}</style:style>` +
    `<style:style style:name="ch-axis-y" style:family="chart"${axisY}><style:chart-properties chart:display-label="true" chart:link-data-style-to-source="false"${yRange}/>${textProperties(9)}</style:style>`;
  const wallStyle =
    '<style:style style:name="ch-wall" style:family="chart"><style:graphic-properties draw:fill="none" draw:stroke="solid" svg:stroke-color="#b3b3b3"/></style:style>';
  const styles = `<office:automatic-styles>${percentStyleXml('N-pct', 0)}${textStyles}${plotStyle}${axisStyles}${seriesStyles}${wallStyle}</office:automatic-styles>`;
  const heading =
    `<chart:title chart:style-name="ch-title"><text:p>${escapeXml(chart.title)}</text:p></chart:title>` +
    '<chart:legend chart:legend-position="bottom" style:legend-expansion="wide" chart:style-name="ch-text"/>';
  const axes =
    `<chart:axis chart:dimension="x" chart:name="primary-x" chart:style-name="ch-axis-x"><chart:categories table:cell-range-address="${escapeXml(range(chart.categoryColumn, chart.rows.from))}"/></chart:axis>` +
    '<chart:axis chart:dimension="y" chart:name="primary-y" chart:style-name="ch-axis-y"><chart:grid chart:class="major"/></chart:axis>';
  const plotArea = `<chart:plot-area chart:style-name="ch-plot" table:cell-range-address="${escapeXml(all)}" chart:data-source-has-labels="both">${axes}${series}<chart:wall chart:style-name="ch-wall"/></chart:plot-area>`;
  const body = `<office:body><office:chart><chart:chart svg:width="${widthCm}cm" svg:height="${heightCm}cm" chart:class="${CLASS[chart.kind]}" chart:style-name="ch-text">${heading}${plotArea}</chart:chart></office:chart></office:body>`;
  return `${XML_DECLARATION}<office:document-content ${rootAttributes(...DOCUMENT_PREFIXES)}>${styles}${body}</office:document-content>`;
}
