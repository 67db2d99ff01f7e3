// Our automatic styles in a content.xml we write into again: those an earlier run put there are
// replaced, not added to, so the file does not grow run after run and no style name is defined
// twice (ODF forbids it). Every name we give starts gk (ods-content.ts, ods-row-height.ts) and
// always holds the same definition, so one a kept table still refers to is kept as it is.

const OWN_STYLE = /<(style:style|number:[a-z-]+-style)\s[^>]*?style:name="(gk[^"]*)"[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/gu;

/** `head` (content.xml before its first table) without our styles, and the styles to put in: `added`, then those of ours that `rest` (the kept tables and what follows them) still refers to. */
export function replaceOwnStyles(head: string, added: string, rest: string): { head: string; styles: string } {
  const earlier = new Map<string, string>();
  for (const [xml, , name = ''] of head.matchAll(OWN_STYLE)) if (!added.includes(`style:name="${name}"`)) earlier.set(name, xml);
  const kept = new Map<string, string>();
  // A style may refer to another (a date cell's style to its number format), so look until none is found.
  for (let found = true; found; ) {
    found = false;
    const referring = rest + [...kept.values()].join('');
    for (const [name, xml] of earlier)
      if (!kept.has(name) && referring.includes(`style-name="${name}"`)) {
        kept.set(name, xml);
        found = true;
      }
  }
  return { head: head.replace(OWN_STYLE, ''), styles: added + [...kept.values()].join('') };
}
