// styles.xml: what a paragraph or character style contributes to the snapshot, resolved through
// the `basedOn` chain once per style and cached.
import { W_NS } from "./namespaces";
import { XmlElement, attr, onOff, parseLevel, parseXml, wVal } from "./xml";

export interface ParagraphStyleInfo {
  name: string | null;
  /** 1–9 from the style's outline level or its built-in "heading N" name, else null. */
  headingLevel: number | null;
  /** Bold set by the style's run properties; undefined when the chain does not say. */
  bold: boolean | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
}

interface RawStyle {
  id: string;
  type: string;
  name: string | null;
  basedOn: string | null;
  /** 0–9 as stored; 9 means body text. */
  outlineLevel: number | undefined;
  bold: boolean | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
}

const UNKNOWN_STYLE: ParagraphStyleInfo = {
  name: null,
  headingLevel: null,
  bold: undefined,
  numId: undefined,
  ilvl: undefined,
};

// Localized documents keep the English built-in name ("heading 1") beside a local id ("Kop1").
const BUILT_IN_HEADING = /^heading ([1-9])$/i;
// Guards against a basedOn cycle in a hand-edited file.
const MAX_CHAIN = 64;

export class StyleTable {
  /** Bold from the document defaults (w:docDefaults). */
  readonly defaultBold: boolean;
  /** Id of the style a paragraph without w:pStyle has, usually "Normal". */
  readonly defaultParagraphStyleId: string | null;
  private readonly styles: Map<string, RawStyle>;
  private readonly paragraphCache = new Map<string, ParagraphStyleInfo>();
  private readonly characterCache = new Map<string, boolean | undefined>();

  constructor(styles: Map<string, RawStyle>, defaultBold: boolean, defaultParagraphStyleId: string | null) {
    this.styles = styles;
    this.defaultBold = defaultBold;
    this.defaultParagraphStyleId = defaultParagraphStyleId;
  }

  static empty(): StyleTable {
    return new StyleTable(new Map(), false, null);
  }

  paragraphStyle(id: string): ParagraphStyleInfo {
    let info = this.paragraphCache.get(id);
    if (info === undefined) {
      info = this.resolveParagraph(id);
      this.paragraphCache.set(id, info);
    }
    return info;
  }

  characterBold(id: string): boolean | undefined {
    if (!this.characterCache.has(id)) {
      this.characterCache.set(id, this.firstInChain(id, (style) => style.bold));
    }
    return this.characterCache.get(id);
  }

  private chain(id: string): RawStyle[] {
    const chain: RawStyle[] = [];
    let style = this.styles.get(id);
    while (style !== undefined && chain.length < MAX_CHAIN && !chain.includes(style)) {
      chain.push(style);
      style = style.basedOn === null ? undefined : this.styles.get(style.basedOn);
    }
    return chain;
  }

  private firstInChain<T>(id: string, pick: (style: RawStyle) => T | undefined): T | undefined {
    for (const style of this.chain(id)) {
      const value = pick(style);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  private resolveParagraph(id: string): ParagraphStyleInfo {
    const own = this.styles.get(id);
    if (own === undefined) return UNKNOWN_STYLE;
    const numbered = this.chain(id).find((style) => style.numId !== undefined);
    return {
      name: own.name,
      headingLevel: this.firstInChain(id, headingLevelOf) ?? null,
      bold: this.firstInChain(id, (style) => style.bold),
      numId: numbered?.numId,
      ilvl: numbered?.ilvl,
    };
  }
}

/** The style's own say on heading level: null = explicitly body text, undefined = ask basedOn. */
function headingLevelOf(style: RawStyle): number | null | undefined {
  if (style.outlineLevel !== undefined) return outlineToHeading(style.outlineLevel);
  const builtIn = style.name === null ? null : BUILT_IN_HEADING.exec(style.name);
  return builtIn ? Number(builtIn[1]) : undefined;
}

/** w:outlineLvl 0–8 are heading levels 1–9; 9 (and anything else) is body text. */
export function outlineToHeading(outlineLevel: number): number | null {
  return outlineLevel >= 0 && outlineLevel <= 8 ? outlineLevel + 1 : null;
}

/** styles.xml; `part` is its name in the package (for errors). */
export function parseStyles(xml: string, part: string): StyleTable {
  const styles = new Map<string, RawStyle>();
  let defaultBold = false;
  let defaultParagraphStyleId: string | null = null;
  let current: RawStyle | null = null;
  // Local names of the open elements ("" for foreign ones): properties are told apart by parent.
  const path: string[] = [];

  parseXml(xml, part, {
    open(element: XmlElement) {
      const name = element.uri === W_NS ? element.local : "";
      const parent = path[path.length - 1];
      path.push(name);
      if (name === "style") {
        current = {
          id: attr(element, W_NS, "styleId") ?? "",
          type: attr(element, W_NS, "type") ?? "paragraph",
          name: null,
          basedOn: null,
          outlineLevel: undefined,
          bold: undefined,
          numId: undefined,
          ilvl: undefined,
        };
        if (current.type === "paragraph" && onOffAttr(element, "default") && defaultParagraphStyleId === null) {
          defaultParagraphStyleId = current.id;
        }
        return;
      }
      if (name === "b" && parent === "rPr") {
        if (current !== null) current.bold = onOff(element);
        else if (path[path.length - 3] === "rPrDefault") defaultBold = onOff(element);
        return;
      }
      if (current === null) return;
      if (name === "name" && parent === "style") current.name = wVal(element) ?? null;
      else if (name === "basedOn" && parent === "style") current.basedOn = wVal(element) ?? null;
      else if (name === "outlineLvl" && parent === "pPr") current.outlineLevel = parseLevel(wVal(element));
      else if (name === "numId" && parent === "numPr") current.numId = wVal(element);
      else if (name === "ilvl" && parent === "numPr") current.ilvl = parseLevel(wVal(element));
    },
    close() {
      if (path.pop() === "style" && current !== null) {
        if (current.id !== "" && !styles.has(current.id)) styles.set(current.id, current);
        current = null;
      }
    },
    text() {},
  });
  return new StyleTable(styles, defaultBold, defaultParagraphStyleId);
}

function onOffAttr(element: XmlElement, local: string): boolean {
  const value = attr(element, W_NS, local);
  return value === "1" || value === "true" || value === "on";
}
