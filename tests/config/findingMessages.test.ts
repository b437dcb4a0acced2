import type { Message } from "../../src/domain/findings";
import {
  findingMessages,
  messageRenderer,
  renderMessage,
  type MessageTexts,
} from "../../src/config/findingMessages";

// A code table of the test's own: no check reports findings yet, so the shipped catalogue is empty.
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
    expect(() => renderMessage({ code: "phrase-found", data: {} } as unknown as Message)).toThrow(/phrase-found/);
  });
});
