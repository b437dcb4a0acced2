// Builds DocumentSnapshots by hand for tests: describe paragraphs and content controls, get the
// indexes, tags and parent tags filled in the way both readers fill them.
import type { ContentControlSnapshot, DocumentSnapshot, ParagraphSnapshot } from "../../src/domain/snapshot";

export type ParagraphSpec = Omit<ParagraphSnapshot, "index" | "contentControlTags">;

export interface ControlSpec {
  tag: string;
  start: number;
  end: number;
  title?: string;
  text?: string;
  kind?: ContentControlSnapshot["kind"];
}

const base: ParagraphSpec = {
  text: "",
  styleId: null,
  styleName: null,
  headingLevel: null,
  listLevel: null,
  inTable: false,
  bold: false,
};

/** Body text. */
export function p(text: string, extra: Partial<ParagraphSpec> = {}): ParagraphSpec {
  return { ...base, text, styleId: "Normal", styleName: "Normal", ...extra };
}

/** A paragraph in Word's built-in heading style at `level`. */
export function h(level: number, text: string): ParagraphSpec {
  return p(text, { styleId: `Heading${level}`, styleName: `heading ${level}`, headingLevel: level, bold: true });
}

/** A bullet (list paragraph) at 0-based nesting `level`. */
export function bullet(text: string, level = 0): ParagraphSpec {
  return p(text, { styleId: "ListParagraph", styleName: "List Paragraph", listLevel: level });
}

/** A short bold line on its own: how many notas mark a heading without a heading style. */
export function boldLine(text: string): ParagraphSpec {
  return p(text, { bold: true });
}

export function cell(text: string): ParagraphSpec {
  return p(text, { inTable: true });
}

export function buildSnapshot(paragraphs: readonly ParagraphSpec[], controls: readonly ControlSpec[] = []): DocumentSnapshot {
  // Outer controls first: the order of `contentControlTags` and of parent lookup.
  const ordered = [...controls].sort((a, b) => a.start - b.start || b.end - a.end);
  const contentControls: ContentControlSnapshot[] = ordered.map((control, i) => {
    const parent = ordered
      .slice(0, i)
      .filter((outer) => outer.start <= control.start && control.end <= outer.end)
      .pop();
    return {
      tag: control.tag,
      title: control.title ?? control.tag,
      start: control.start,
      end: control.end,
      parentTag: parent?.tag ?? null,
      text: control.text ?? paragraphs.slice(control.start, control.end + 1).map((para) => para.text).join("\n"),
      kind: control.kind ?? "block",
    };
  });
  return {
    source: "docx",
    paragraphs: paragraphs.map((para, index) => ({
      ...para,
      index,
      contentControlTags: ordered.filter((c) => c.start <= index && index <= c.end).map((c) => c.tag),
    })),
    contentControls,
    comments: [],
    state: { status: "absent" },
    warnings: [],
  };
}

/** Index of the first paragraph whose text starts with `prefix`; throws when there is none. */
export function indexOf(doc: Pick<DocumentSnapshot, "paragraphs">, prefix: string): number {
  const index = doc.paragraphs.findIndex((para) => para.text.startsWith(prefix));
  if (index < 0) throw new Error(`No paragraph starts with '${prefix}'`);
  return index;
}

/** A heading numbered by Word's list numbering: a bold list paragraph (the number is not in the text). */
export function numberedHeading(text: string, level = 0): ParagraphSpec {
  return p(text, { styleId: "ListParagraph", styleName: "List Paragraph", listLevel: level, bold: true });
}

/**
 * How the headings of a nota are marked: Word heading styles (as in voorbeeld-nota.html), bold
 * stand-alone lines, plain lines (as in voorbeeld-nota.txt), plain lines with numbers ("4.1"),
 * plain lines ending in a colon ("Aanleiding:"), or bold lines numbered by Word's list numbering.
 */
export type HeadingStyle = "styled" | "bold" | "plain" | "numbered" | "colon" | "word-numbered";

/** The users' example memo (../shared/domain/voorbeeld-nota.*), shortened, with headings marked `style`. */
export function voorbeeldNota(style: HeadingStyle): DocumentSnapshot {
  const heading = (level: number, number: string, text: string): ParagraphSpec => {
    switch (style) {
      case "styled":
        return h(level, text);
      case "bold":
        return boldLine(text);
      case "plain":
        return p(text);
      case "numbered":
        return p(number ? `${number} ${text}` : text);
      case "colon":
        return p(`${text}:`);
      case "word-numbered":
        return number ? numberedHeading(text, level - 2) : boldLine(text);
    }
  };
  return buildSnapshot([
    heading(1, "", "Parafenroute"),
    p("Met akkoord van de Staatssecretaris van Infrastructuur en Waterstaat"),
    heading(2, "1.", "Aanleiding"),
    p("In het commissiedebat Verduurzaming Industrie van 17 oktober 2024 heeft u toegezegd aan de Kamer in de voortgangsbrief over de maatwerkafspraken verduurzaming industrie te zullen ingaan op de gesprekken met individuele bedrijven."),
    heading(2, "2.", "Geadviseerd besluit"),
    bullet("U kunt akkoord gaan met de Kamerbrief, bijlagen, agendering in de RFL en doorgeleiding naar de MR voor verzending;"),
    bullet("U kunt het aanbiedingsformulier voor aanbieding van de stukken in de RFL ondertekenen."),
    heading(2, "3.", "Kernpunten"),
    bullet("U heeft toegezegd aan de Kamer om in Q2 een voortgangsbrief over de maatwerkaanpak te sturen. De brief wordt medeondertekend door Stas IenW."),
    bullet("De Kamerbrief gaat in op de stand van zaken van de maatwerkaanpak, waarin onderstaande punten worden uiteengezet:"),
    bullet("De lessen uit de maatwerkaanpak van de afgelopen jaren;", 1),
    bullet("De beoogde verzenddatum van de brief is in de week van 23-27 juni."),
    heading(2, "4.", "Toelichting"),
    heading(3, "4.1", "Kernpunten van de brief"),
    bullet("Onder de kop Lessen uit de Maatwerkaanpak Verduurzaming Industrie wordt een aantal onderwerpen nader toegelicht:"),
    bullet("De doelgroep van de maatwerkaanpak;", 1),
    heading(3, "4.2", "Nieuwe fase van maatwerk"),
    bullet("De brief schetst dat we op weg zijn naar een nieuwe fase binnen de maatwerkaanpak."),
    heading(3, "4.3", "Ontwikkelingen demissionaire status kabinet"),
    bullet("Het kabinet is per 3 juni 2025 demissionair."),
    bullet("Voor ondertekening is, gelet op de ontstane situatie, nog niet duidelijk welke bewindspersoon zal tekenen voor het ministerie van IenW."),
    heading(3, "4.4", "Ambtelijke afstemming (ACKE)"),
    bullet("In overleg het ministerie van Financiën (IRF) is een aantal tekstuele wijzigingen doorgevoerd."),
    bullet("De conceptbrief en conceptbijlage zijn reeds (ambtelijk) gedeeld met de provincies en clusterregisseurs."),
  ]);
}
