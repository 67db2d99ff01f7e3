// A plan document's outline at the top: its title (the lines before the first section) and its
// sections (壹、計畫依據, 貳、計畫目標, …, or 一、 … when it has no 壹、). Tables sit in the section
// they appear in.
import type { DocumentTable, PlanDocument } from './document.ts';
import { outlineLabel } from './outline-label.ts';

/** One section: its heading as written and what comes under it. */
export interface Section {
  readonly title: string;
  /** The paragraphs under the heading (the heading's own text after a colon included). */
  readonly paragraphs: readonly string[];
  readonly tables: readonly DocumentTable[];
}

/** The document cut at its section headings. */
export interface DocumentOutline {
  /** The paragraphs before the first section. */
  readonly title: readonly string[];
  readonly sections: readonly Section[];
}

// The words that name a section of practices, and of everything else a plan says.
export const PRACTICE_SECTION =
  /實施要項|實施要領|具體作法|具體措施|實施內容|執行內容|計畫內容|工作項目|推動措施|實施策略|執行策略|辦理事項|工作重點|執行重點|推動項目|服務措施|執行項目|推動重點/u;
export const REPORTING_SECTION = /管考|考核|追蹤|列管|督導|填報|推動作法|推動方式|執行方式|進度/u;
export const RESPONSIBILITY_SECTION = /權責|分工|任務|職掌/u;

/** Cuts a document at the headings of its top outline level (壹、 if it has any, else 一、). */
export function outlineOf(document: PlanDocument): DocumentOutline {
  const paragraphs = document.blocks.filter((block) => block.kind === 'paragraph');
  const kinds = paragraphs.map((paragraph) => outlineLabel(paragraph.text)?.kind);
  const top = kinds.includes('capital') ? 'capital' : 'chinese';
  const title: string[] = [];
  const sections: { title: string; paragraphs: string[]; tables: DocumentTable[] }[] = [];
  for (const block of document.blocks) {
    const current = sections.at(-1);
    if (block.kind === 'table') {
      current?.tables.push(block);
      continue;
    }
    const label = outlineLabel(block.text);
    if (label?.kind === top) {
      const [heading = '', ...body] = label.rest.split(/[：:]/u);
      const rest = body.join('：').trim();
      sections.push({ title: `${label.label}${heading}`.trim(), paragraphs: rest ? [rest] : [], tables: [] });
    } else if (current) {
      current.paragraphs.push(block.text);
    } else {
      title.push(block.text);
    }
  }
  return { title, sections };
}
