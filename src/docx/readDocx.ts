// .docx → DocumentSnapshot. Refuses what is not a readable Word document with a DocxError.
import type { DocumentSnapshot } from "../domain/snapshot";
import { Formatting, StoryReader } from "./body";
import { buildComments, parseComments, parseCommentsExtended } from "./comments";
import { readState } from "./customXml";
import { DocxError } from "./errors";
import { NumberingTable, parseNumbering } from "./numbering";
import { StyleTable, parseStyles } from "./styles";
import { decodeXml, parseXml } from "./xml";
import { DEFAULT_ZIP_LIMITS, ZipArchive, ZipLimits } from "./zip";

export { DocxError } from "./errors";
export type { DocxErrorCode } from "./errors";
export { DEFAULT_ZIP_LIMITS } from "./zip";
export type { ZipLimits } from "./zip";

export interface ReadDocxOptions {
  limits?: Partial<ZipLimits>;
}

// Encrypted .docx files and Word 97-2003 .doc files are both OLE compound files.
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isOleCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= OLE_SIGNATURE.length && OLE_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

export function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): DocumentSnapshot {
  if (isOleCompoundFile(bytes)) {
    throw new DocxError(
      "encrypted",
      "password-protected or an old Word 97-2003 .doc file; remove the password or save it as .docx in Word, then try again",
    );
  }
  const zip = new ZipArchive(bytes, { ...DEFAULT_ZIP_LIMITS, ...options.limits });
  const part = (name: string): string | null => {
    const data = zip.read(name);
    return data === null ? null : decodeXml(data);
  };

  const documentXml = part("word/document.xml");
  if (documentXml === null) throw new DocxError("no-document", "not a Word document (the zip has no word/document.xml)");

  const stylesXml = part("word/styles.xml");
  const numberingXml = part("word/numbering.xml");
  const formatting: Formatting = {
    styles: stylesXml === null ? StyleTable.empty() : parseStyles(stylesXml),
    numbering: numberingXml === null ? NumberingTable.empty() : parseNumbering(numberingXml),
  };

  const body = new StoryReader(formatting);
  parseXml(documentXml, "word/document.xml", body);
  const story = body.finish();

  const commentsXml = part("word/comments.xml");
  const extendedXml = part("word/commentsExtended.xml");
  const comments =
    commentsXml === null
      ? []
      : buildComments(
          parseComments(commentsXml, formatting),
          extendedXml === null ? new Map() : parseCommentsExtended(extendedXml),
          story.anchors,
          story.paragraphs,
        );

  return {
    source: "docx",
    paragraphs: story.paragraphs,
    contentControls: story.contentControls,
    comments,
    state: readState(zip),
  };
}
