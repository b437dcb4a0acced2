// The parts of a .docx package, found as the package says (ECMA-376 Part 2, Open Packaging
// Conventions): the main document part through the package's relationships (_rels/.rels), every
// other part through the main part's relationships. Word for the web, for one, saves its main part
// as word/document2.xml (issue 8). Fixed names (word/document.xml, word/styles.xml …) are only the
// fallback for a package without relationship parts.
import { DocxError } from "./errors";
import { XmlElement, decodeXml, parseXml } from "./xml";
import type { ZipArchive } from "./zip";

const TRANSITIONAL_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const STRICT_RELS = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

/** A relationship type: the URIs that name it (transitional and Strict where both exist). */
export type RelationshipType = readonly string[];

/** A relationship type defined by ECMA-376 Part 1 (e.g. "styles"), under both of its URIs. */
function officeType(name: string): RelationshipType {
  return [TRANSITIONAL_RELS + name, STRICT_RELS + name];
}

export const REL = {
  officeDocument: officeType("officeDocument"),
  styles: officeType("styles"),
  numbering: officeType("numbering"),
  comments: officeType("comments"),
  commentsExtended: ["http://schemas.microsoft.com/office/2011/relationships/commentsExtended"],
  customXml: officeType("customXml"),
  header: officeType("header"),
  footer: officeType("footer"),
  footnotes: officeType("footnotes"),
  endnotes: officeType("endnotes"),
  oleObject: officeType("oleObject"),
  package: officeType("package"),
  altChunk: officeType("aFChunk"),
} as const;

export interface Relationship {
  id: string;
  type: string;
  /** The target's zip entry name, resolved against the source part (no leading "/"). */
  part: string;
}

/** The main document part of a package without _rels/.rels. */
const FALLBACK_MAIN_PART = "word/document.xml";

/**
 * A package's relationships and content types, each relationships part parsed once when first
 * asked for. Malformed relationship or content-type XML is a DocxError ("bad-xml") naming the part.
 */
export class OpcPackage {
  readonly zip: ZipArchive;
  private readonly relationshipCache = new Map<string, Relationship[] | null>();
  private contentTypes: ContentTypes | null = null;

  constructor(zip: ZipArchive) {
    this.zip = zip;
  }

  /**
   * The main document part's entry name: the target of the package's officeDocument relationship,
   * or word/document.xml in a package without _rels/.rels. Throws DocxError "no-document" when the
   * package has none.
   */
  mainPart(): string {
    const relationships = this.relationships("");
    if (relationships === null) {
      if (this.zip.has(FALLBACK_MAIN_PART)) return FALLBACK_MAIN_PART;
      throw new DocxError("no-document", `not a Word document (the zip has no ${FALLBACK_MAIN_PART})`);
    }
    const main = relationships.find((relationship) => REL.officeDocument.includes(relationship.type));
    if (main === undefined) {
      throw new DocxError("no-document", "not a Word document (its _rels/.rels names no main document part)");
    }
    if (!this.zip.has(main.part)) {
      throw new DocxError("no-document", `not a Word document (its main document part ${main.part} is missing)`);
    }
    return main.part;
  }

  /**
   * Internal relationships from `source` ("" for the package itself), in document order, or null
   * when the source has no relationships part. External targets (TargetMode="External": web
   * links, linked files) are left out.
   */
  relationships(source: string): Relationship[] | null {
    let relationships = this.relationshipCache.get(source);
    if (relationships === undefined) {
      relationships = this.parseRelationships(source);
      this.relationshipCache.set(source, relationships);
    }
    return relationships;
  }

  /**
   * Parts related to `source` by a relationship of `type`, that the zip holds. Without a
   * relationships part for `source`, the fallback names that the zip holds.
   */
  related(source: string, type: RelationshipType, fallback: readonly string[] = []): string[] {
    const relationships = this.relationships(source);
    const parts =
      relationships === null
        ? fallback
        : relationships.filter((relationship) => type.includes(relationship.type)).map((relationship) => relationship.part);
    return parts.filter((part) => this.zip.has(part));
  }

  /** The relationship with this id from `source`, or undefined. */
  relationship(source: string, id: string): Relationship | undefined {
    return this.relationships(source)?.find((relationship) => relationship.id === id);
  }

  /** The part's content type from [Content_Types].xml (lower case), or null when it names none. */
  contentType(part: string): string | null {
    this.contentTypes ??= this.parseContentTypes();
    const name = part.toLowerCase();
    const override = this.contentTypes.overrides.get(name);
    if (override !== undefined) return override;
    const dot = name.lastIndexOf(".");
    return dot < name.lastIndexOf("/") || dot < 0 ? null : (this.contentTypes.defaults.get(name.slice(dot + 1)) ?? null);
  }

  private parseRelationships(source: string): Relationship[] | null {
    const slash = source.lastIndexOf("/");
    const relsName = `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
    const bytes = this.zip.read(relsName);
    if (bytes === null) return null;
    const relationships: Relationship[] = [];
    parseXml(decodeXml(bytes), relsName, {
      open: (element: XmlElement) => {
        if (element.uri !== RELATIONSHIPS_NS || element.local !== "Relationship") return;
        const { Id: id, Type: type, Target: target, TargetMode: mode } = element.attributes;
        if (id === undefined || type === undefined || target === undefined || mode?.toLowerCase() === "external") return;
        relationships.push({ id, type, part: this.resolve(source, target) });
      },
      close() {},
      text() {},
    });
    return relationships;
  }

  /**
   * A relationship's target as a zip entry name: relative to the source part's folder unless it
   * starts with "/", "." and ".." segments resolved, percent-escapes decoded when the zip holds
   * the decoded name.
   */
  private resolve(source: string, target: string): string {
    const path = target.split("#")[0];
    const resolved = resolvePath(source, path);
    let decoded = resolved;
    try {
      decoded = decodeURIComponent(resolved);
    } catch {
      // A "%" that is not an escape: the name is meant literally.
    }
    return decoded !== resolved && this.zip.has(decoded) ? decoded : resolved;
  }

  private parseContentTypes(): ContentTypes {
    const types: ContentTypes = { defaults: new Map(), overrides: new Map() };
    const name = "[Content_Types].xml";
    const bytes = this.zip.read(name);
    if (bytes === null) return types;
    parseXml(decodeXml(bytes), name, {
      open(element: XmlElement) {
        if (element.uri !== CONTENT_TYPES_NS) return;
        const { Extension: extension, PartName: partName, ContentType: contentType } = element.attributes;
        if (contentType === undefined) return;
        if (element.local === "Default" && extension !== undefined) {
          types.defaults.set(extension.toLowerCase(), contentType.toLowerCase());
        } else if (element.local === "Override" && partName !== undefined) {
          types.overrides.set(partName.replace(/^\//, "").toLowerCase(), contentType.toLowerCase());
        }
      },
      close() {},
      text() {},
    });
    return types;
  }
}

interface ContentTypes {
  /** Extension (lower case) → content type. */
  defaults: Map<string, string>;
  /** Part name without its leading "/" (lower case) → content type. */
  overrides: Map<string, string>;
}

/** `target` resolved against the folder of `source` ("" is the package root), without a leading "/". */
function resolvePath(source: string, target: string): string {
  const segments = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}
