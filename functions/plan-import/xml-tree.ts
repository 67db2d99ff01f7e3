// The small parts of a document (Word's styles.xml and numbering.xml, ODF's styles and manifest)
// as a tree of elements, which their rules are easiest to read from. Element text is not kept:
// those parts hold their meaning in attributes. The body itself is streamed (docx-body.ts, odt-body.ts).
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** An element: its qualified name (with the prefix the file uses), attributes and child elements. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
}

/** The root element of an XML text; throws on text that is not well-formed XML. */
export function parseXmlTree(xml: string): XmlElement {
  const root = { name: '', attributes: {}, children: [] as XmlElement[] };
  const open: { children: XmlElement[] }[] = [root];
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const element = { name: tag.name, attributes: tag.attributes, children: [] as XmlElement[] };
    open.at(-1)?.children.push(element);
    open.push(element);
  });
  parser.on('closetag', () => void open.pop());
  parser.write(xml).close();
  const [first] = root.children;
  return first ?? root;
}

/** The first child element named `name`. */
export function childNamed(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((child) => child.name === name);
}

/** Every descendant element named `name`, in document order. */
export function descendantsNamed(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement) => {
    for (const child of node.children) {
      if (child.name === name) found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}
