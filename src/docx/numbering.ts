// numbering.xml: which list definitions exist, and which level a style is bound to. The snapshot
// only needs the list level, not the number format.
import { W_NS } from "./namespaces";
import { XmlElement, attr, parseLevel, parseXml, wVal } from "./xml";

export class NumberingTable {
  /** numId → abstractNumId. */
  private readonly nums: Map<string, string>;
  /** abstractNumId → (paragraph style id → level bound to it through w:lvl/w:pStyle). */
  private readonly styleLevels: Map<string, Map<string, number>>;

  constructor(nums: Map<string, string>, styleLevels: Map<string, Map<string, number>>) {
    this.nums = nums;
    this.styleLevels = styleLevels;
  }

  static empty(): NumberingTable {
    return new NumberingTable(new Map(), new Map());
  }

  /** Word shows no list for a numId that numbering.xml does not define. */
  has(numId: string): boolean {
    return this.nums.has(numId);
  }

  /** The level a list binds to a paragraph style (numbered headings), if any. */
  levelForStyle(numId: string, styleId: string): number | undefined {
    const abstractId = this.nums.get(numId);
    return abstractId === undefined ? undefined : this.styleLevels.get(abstractId)?.get(styleId);
  }
}

/** numbering.xml; `part` is its name in the package (for errors). */
export function parseNumbering(xml: string, part: string): NumberingTable {
  const nums = new Map<string, string>();
  const styleLevels = new Map<string, Map<string, number>>();
  let numId: string | undefined;
  let abstractId: string | undefined;
  let level: number | undefined;

  parseXml(xml, part, {
    open(element: XmlElement) {
      if (element.uri !== W_NS) return;
      switch (element.local) {
        case "abstractNum":
          abstractId = attr(element, W_NS, "abstractNumId");
          break;
        case "lvl":
          level = parseLevel(attr(element, W_NS, "ilvl"));
          break;
        case "pStyle": {
          const styleId = wVal(element);
          if (abstractId === undefined || level === undefined || styleId === undefined) break;
          let levels = styleLevels.get(abstractId);
          if (levels === undefined) styleLevels.set(abstractId, (levels = new Map()));
          levels.set(styleId, level);
          break;
        }
        case "num":
          numId = attr(element, W_NS, "numId");
          break;
        case "abstractNumId": {
          const value = wVal(element);
          if (numId !== undefined && value !== undefined) nums.set(numId, value);
          break;
        }
      }
    },
    close(element: XmlElement) {
      if (element.uri !== W_NS) return;
      if (element.local === "abstractNum") abstractId = undefined;
      else if (element.local === "lvl") level = undefined;
      else if (element.local === "num") numId = undefined;
    },
    text() {},
  });
  return new NumberingTable(nums, styleLevels);
}
