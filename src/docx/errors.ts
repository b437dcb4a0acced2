// Why a .docx could not be read. The CLI prints `FILE: message` and exits 2, so the message is
// one plain English line that names the problem and, where useful, what to do about it. Messages
// hold untrusted names (zip entries, parts) and parser excerpts: they are made one line here.
import { oneLine } from "../domain/oneLine";

export type DocxErrorCode =
  | "not-zip"
  | "bad-zip"
  | "no-document"
  | "encrypted"
  | "zip-bomb"
  | "bad-xml"
  | "strict-ooxml";

export class DocxError extends Error {
  readonly code: DocxErrorCode;

  constructor(code: DocxErrorCode, message: string) {
    super(oneLine(message));
    this.name = "DocxError";
    this.code = code;
  }
}
