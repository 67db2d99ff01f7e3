// A 執行單位 (承辦單位, 主辦單位…) cell may also name the units that only help, marked as such:
// 「人事室(主辦)、徵集課(協辦)」, 「人事室（主）\n徵集課（協）」, 「主辦：人事室；協辦：徵集課」,
// 「人事室 協辦單位：徵集課」. Those marked 協辦 (or 配合) do not report on the practice, so they are
// taken out of the cell; a 主辦 mark is only dropped. A cell without such marks is left as written.
import { splitUnitMentions } from '../units.ts';

/** A 執行單位 cell with the units marked 協辦 taken out. */
export interface AssistingSplit {
  /** The units that report on the practice: the cell as written when nothing in it is marked, else the names joined by 、. */
  readonly owners: string;
  /** The units marked 協辦 or 配合, in the order written. */
  readonly assisting: readonly string[];
}

const OWNER_WORDS = String.raw`主辦|(?:權責|執行|辦理|負責|承辦|主辦)(?:單位|課室|科室|機關)`;
const ASSISTING_WORDS = String.raw`(?:協辦|配合)(?:單位|課室|科室|機關)?`;
// 「協辦：」 starts the text or follows a bracket, a separator or the end of a sentence.
const LABEL = new RegExp(String.raw`(?<=^|[\s（(【[；;，,、。])(?:(${OWNER_WORDS})|(${ASSISTING_WORDS}))\s*[:：]\s*`, 'gu');
// 「(主辦)」「（協）」「【協辦單位】」 right after a name.
const MARK = /\s*[（(【[]\s*(?:(主辦?|承辦)|(協辦?|配合))(?:單位)?\s*[)）】\]]/gu;
// Each mark leaves one of these behind the name it follows, then a space so it ends that name.
const OWNER_MARK = '\u0002';
const ASSISTING_MARK = '\u0003';
const NOTHING = /^(?:無|免|－|-|—)$/u;

type Role = 'owner' | 'assisting';

/**
 * Takes the units marked 協辦 out of a 執行單位 cell.
 * @example splitAssisting('人事室(主辦)、徵集課(協辦)') // → { owners: '人事室', assisting: ['徵集課'] }
 */
export function splitAssisting(text: string): AssistingSplit {
  if (!new RegExp(MARK.source, 'u').test(text) && !new RegExp(LABEL.source, 'u').test(text)) return { owners: text, assisting: [] };
  const named: { name: string; role: Role }[] = [];
  for (const part of labelledParts(text)) {
    const marked = part.text.replace(MARK, (_, owner: string | undefined) => `${owner ? OWNER_MARK : ASSISTING_MARK} `);
    for (const mention of splitUnitMentions(marked)) {
      const mark = mention.at(-1);
      const role: Role | null = mark === OWNER_MARK ? 'owner' : mark === ASSISTING_MARK ? 'assisting' : null;
      const name = role ? mention.slice(0, -1).trim() : mention;
      // A mark standing apart (「各課室 (協辦)」) is for the name before it.
      if (!name) {
        const before = named.at(-1);
        if (before && role) before.role = role;
      } else if (!NOTHING.test(name)) named.push({ name, role: role ?? part.role });
    }
  }
  const of = (role: Role) => named.filter((unit) => unit.role === role).map((unit) => unit.name);
  return { owners: of('owner').join('、'), assisting: [...new Set(of('assisting'))] };
}

// The cell cut at its labels; what comes before the first label is the owners'.
function labelledParts(text: string): { role: Role; text: string }[] {
  const parts: { role: Role; text: string }[] = [];
  let role: Role = 'owner';
  let from = 0;
  for (const label of text.matchAll(LABEL)) {
    parts.push({ role, text: text.slice(from, label.index) });
    role = label[2] ? 'assisting' : 'owner';
    from = label.index + label[0].length;
  }
  parts.push({ role, text: text.slice(from) });
  return parts;
}
