/**
 * Just enough XML for custom XML parts, without a DOM (the emulator also runs in Node): a well-formedness
 * check (one root, balanced tags, valid entities) and the root element's namespace.
 */

const NAME = "[A-Za-z_][\\w.\\-]*(?::[A-Za-z_][\\w.\\-]*)?";
const TAG = new RegExp(`<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`, "y");
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, "g");
const BAD_ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

export interface XmlInfo {
  rootName: string;
  namespaceUri: string;
}

/** Returns the root's name and namespace, or `undefined` when the text is not well-formed XML. */
export function inspectXml(xml: string): XmlInfo | undefined {
  const stack: string[] = [];
  let root: { name: string; attributes: string } | undefined;
  let closedRoot = false;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (BAD_ENTITY.test(text)) return undefined;
    if (text.trim() !== "" && stack.length === 0) return undefined;
    if (lt < 0) break;
    const skip = (open: string, close: string): boolean => {
      if (!xml.startsWith(open, lt)) return false;
      const end = xml.indexOf(close, lt + open.length);
      i = end < 0 ? -1 : end + close.length;
      return true;
    };
    if (skip("<?", "?>") || skip("<!--", "-->") || skip("<![CDATA[", "]]>") || skip("<!DOCTYPE", ">")) {
      if (i < 0) return undefined;
      continue;
    }
    TAG.lastIndex = lt;
    const match = TAG.exec(xml);
    if (!match) return undefined;
    const [whole, closing, name, attributes, selfClosing] = match;
    if (BAD_ENTITY.test(attributes)) return undefined;
    if (closing) {
      if (attributes.trim() !== "" || selfClosing || stack.pop() !== name) return undefined;
      if (stack.length === 0) closedRoot = true;
    } else {
      if (stack.length === 0) {
        if (root) return undefined;
        root = { name, attributes };
      }
      if (selfClosing) {
        if (stack.length === 0) closedRoot = true;
      } else stack.push(name);
    }
    i = lt + whole.length;
  }
  if (!root || !closedRoot || stack.length > 0) return undefined;
  const prefix = root.name.includes(":") ? root.name.split(":")[0] : undefined;
  const wanted = prefix ? `xmlns:${prefix}` : "xmlns";
  let namespaceUri = "";
  for (const attribute of root.attributes.matchAll(ATTRIBUTE)) {
    if (attribute[1] === wanted) namespaceUri = attribute[2] ?? attribute[3] ?? "";
  }
  return { rootName: root.name, namespaceUri };
}
