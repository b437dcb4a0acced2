import type { Message } from "../../src/domain/findings";
import {
  findingMessages,
  messageRenderer,
  renderMessage,
  type MessageTexts,
} from "../../src/config/findingMessages";

// A code table of the test's own, so the renderer is tested apart from the shipped texts.
type TestMessages = {
  "phrase-found": { phrase: string; paragraphs: number[] };
  "section-missing": { section: string | null };
};

const texts: MessageTexts<TestMessages> = {
  "phrase-found": ({ phrase, paragraphs }) => `“${phrase}” staat in alinea ${paragraphs.join(", ")}.`,
  "section-missing": ({ section }) => (section === null ? "De paragraaf ontbreekt." : `Verwacht in ‘${section}’.`),
};

describe("messageRenderer", () => {
  const render = messageRenderer(texts);

  it("renders the Dutch text of a code from its data", () => {
    expect(render({ code: "phrase-found", data: { phrase: "geen budgettaire gevolgen", paragraphs: [4, 9] } })).toBe(
      "“geen budgettaire gevolgen” staat in alinea 4, 9.",
    );
    expect(render({ code: "section-missing", data: { section: null } })).toBe("De paragraaf ontbreekt.");
  });

  it("throws for a code it has no text for, also one named like an object property", () => {
    const unknown = { code: "toString", data: {} } as unknown as Message<TestMessages>;
    expect(() => render(unknown)).toThrow("No text for message code 'toString'");
  });
});

describe("the shipped catalogue", () => {
  it("renders through the same renderer and refuses a code it does not define", () => {
    expect(Object.keys(findingMessages)).toContain("weekday-mismatch");
    expect(Object.keys(findingMessages)).toContain("checklist-not-found");
    expect(Object.keys(findingMessages)).toEqual(expect.arrayContaining(["company-current", "company-out-of-date", "company-edited", "company-not-submitted"]));
    expect(() => renderMessage({ code: "phrase-found", data: {} } as unknown as Message)).toThrow(/phrase-found/);
  });
});

describe("the checklist's texts", () => {
  it("name the section by its Dutch title and the phrases quoted", () => {
    expect(
      renderMessage({ code: "checklist-not-found", data: { missingAnyOf: ["a", "b"], missingAllOf: ["c", "d"], section: "ambtelijke-afstemming", sectionPresent: true } }),
    ).toBe("Niet gevonden in ‘Ambtelijke afstemming (ACKE)’: “a” of “b”, en ook niet “c” en “d”.");
    expect(renderMessage({ code: "checklist-not-found", data: { missingAnyOf: [], missingAllOf: ["a"], section: "demissionair", sectionPresent: false } })).toBe(
      "De paragraaf ‘Ontwikkelingen demissionaire status kabinet’ ontbreekt; daarin werd verwacht: “a”.",
    );
    expect(renderMessage({ code: "comment-open", data: { author: "J. Jansen", date: "2025-05-02T10:00:00Z" } })).toBe("Open opmerking van J. Jansen (2025-05-02).");
  });
});
