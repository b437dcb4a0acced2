// Node has no DOMParser; the Word adapter uses the host's. Tests get @xmldom/xmldom's, made strict
// like a browser (any error is a parse failure) and quiet (no console output).
const { DOMParser: XmlDomParser } = require("@xmldom/xmldom");

class StrictDomParser {
  parseFromString(source, mimeType) {
    const parser = new XmlDomParser({
      onError: (level, message) => {
        if (level !== "warning") throw new Error(message);
      },
    });
    return parser.parseFromString(source, mimeType);
  }
}

if (typeof globalThis.DOMParser === "undefined") globalThis.DOMParser = StrictDomParser;
