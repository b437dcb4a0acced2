// Namespace URIs of WordprocessingML, shared by the reader and the writer.

/** WordprocessingML (transitional): the namespace of every w: element Word writes in a .docx. */
export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/** WordprocessingML in a "Strict Open XML" document, which the reader refuses. */
export const STRICT_W_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main";
export const W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml";
export const W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml";
export const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
/** Relationship ids (r:id) in transitional documents. */
export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
