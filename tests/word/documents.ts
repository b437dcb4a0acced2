// Generated documents for the Word adapter's tests and benchmark: a nota with tagged blocks, a parameter,
// a list, a table paragraph, a tracked deletion, comments and the state part, padded to any length.
import { STATE_NAMESPACE } from "../../src/domain/snapshot";
import type { FakeDocumentSpec, FakeParagraphSpec } from "./fakeWord";

export const STATE_XML = `<state xmlns="${STATE_NAMESPACE}" version="1"><dispositions/></state>`;

export function notaDocument(paragraphs: number): FakeDocumentSpec {
  const head: FakeParagraphSpec[] = [
    { text: "Beslisnota", bold: true },
    { text: "Aanleiding", styleBuiltIn: "Heading1", style: "Kop 1", controls: ["nota:aanleiding"] },
    {
      text: "De MR vergadert op ",
      inline: [{ tag: "nota:param:datumMR", title: "datumMR", text: "3 juni 2025" }],
      controls: ["nota:aanleiding"],
    },
    { text: "Kernpunten", outlineLevel: 2, controls: ["nota:kernpunten"] },
    { text: "Eerste punt", listLevel: 0, controls: ["nota:kernpunten"] },
    { text: "Subpunt", listLevel: 1, controls: ["nota:kernpunten"] },
    { text: "Cel", tableNestingLevel: 1 },
    { text: "Tekst ", deleted: "geschrapt" },
  ];
  const filler: FakeParagraphSpec[] = Array.from({ length: Math.max(paragraphs - head.length - 1, 0) }, (_, i) => ({
    text: `Alinea ${i + 1} van de toelichting.`,
  }));
  const last: FakeParagraphSpec = { text: "Eerste punt" };
  const all = [...head, ...filler, last].slice(0, Math.max(paragraphs, head.length));
  return {
    paragraphs: all,
    comments: [
      { author: "Jan", date: "2025-06-03T09:30:00Z", content: "Datum klopt?", paragraph: 2, quoted: "3 juni 2025" },
      // Anchored on text that occurs twice: placed by comparing ranges.
      { author: "Piet", date: "2025-06-04T10:00:00Z", content: "Akkoord", resolved: true, paragraph: all.length - 1, quoted: "Eerste" },
    ],
    parts: [{ namespace: STATE_NAMESPACE, xml: STATE_XML }],
    selection: 0,
  };
}
