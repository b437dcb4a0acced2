import { ministries, parseSignatoryCatalogue, signatoryCatalogue } from "../../src/config/signatories";
import { findMinistries, findSignatories } from "../../src/domain/signatories";

const ids = (text: string) => findSignatories(text, signatoryCatalogue).map((m) => [m.signatory.id, m.text, m.misspelled]);

describe("the signatory catalogue", () => {
  it("has a minister and a staatssecretaris title for every ministry but Algemene Zaken", () => {
    for (const ministry of ministries) {
      const titles = signatoryCatalogue.filter((s) => s.ministry.code === ministry.code).map((s) => s.title);
      if (ministry.code === "AZ") expect(titles).toEqual(["Minister-president"]);
      else expect(titles).toEqual(expect.arrayContaining([`Minister van ${ministry.name}`, `Staatssecretaris van ${ministry.name}`]));
    }
  });

  it("holds the entries issue 10 names", () => {
    const ienw = signatoryCatalogue.find((s) => s.id === "stas-ienw");
    expect(ienw).toEqual({
      id: "stas-ienw",
      title: "Staatssecretaris van Infrastructuur en Waterstaat",
      shortForms: expect.arrayContaining(["Stas IenW", "StasIenW"]),
      ministry: { code: "IenW", name: "Infrastructuur en Waterstaat" },
    });
    expect(signatoryCatalogue.find((s) => s.id === "minister-kgg")?.title).toBe("Minister van Klimaat en Groene Groei");
    expect(signatoryCatalogue.find((s) => s.id === "minister-bho")?.ministry.code).toBe("BZ");
  });

  it("refuses bad data, naming the entry", () => {
    const entry = { id: "stas-x", title: "Staatssecretaris van X", shortForms: ["Stas X"], ministry: { code: "X", name: "X" } };
    expect(() => parseSignatoryCatalogue([entry, entry])).toThrow("signatory 'stas-x': duplicate id");
    expect(() => parseSignatoryCatalogue([entry, { ...entry, id: "stas-y", title: "Staatssecretaris van Y" }])).toThrow(
      "signatory 'stas-y': 'Stas X' is also a name of 'stas-x'",
    );
    expect(() => parseSignatoryCatalogue([{ ...entry, title: " " }])).toThrow("signatory 'stas-x' field 'title'");
    expect(() => parseSignatoryCatalogue([{ ...entry, id: "Stas X" }])).toThrow("use lower case letters");
    expect(() => parseSignatoryCatalogue([])).toThrow("Invalid signatory catalogue");
  });
});

describe("findSignatories", () => {
  it("finds full titles, in any case, with offsets into the text", () => {
    const text = "Met akkoord van de Staatssecretaris van Infrastructuur en Waterstaat en de minister van Financiën";
    expect(ids(text)).toEqual([
      ["stas-ienw", "Staatssecretaris van Infrastructuur en Waterstaat", false],
      ["minister-fin", "minister van Financiën", false],
    ]);
  });

  it("finds short forms as whole words only", () => {
    expect(ids("De brief wordt medeondertekend door Stas IenW.")).toEqual([["stas-ienw", "Stas IenW", false]]);
    expect(ids("akkoord StasIenW en MinKGG")).toEqual([
      ["stas-ienw", "StasIenW", false],
      ["minister-kgg", "MinKGG", false],
    ]);
    expect(ids("StasIenWX")).toEqual([]);
    expect(ids("Met akkoord van de Staatssecretaris van IenW en de Minister van KGG")).toEqual([
      ["stas-ienw", "Staatssecretaris van IenW", false],
      ["minister-kgg", "Minister van KGG", false],
    ]);
  });

  it("recognises a misspelled title and marks it", () => {
    expect(ids("Met akkoord van de Staatsecretaris van Infrastructuur en Waterstaat")).toEqual([
      ["stas-ienw", "Staatsecretaris van Infrastructuur en Waterstaat", true],
    ]);
    expect(ids("de Minster van Klimaat en Groene Groei")).toEqual([["minister-kgg", "Minster van Klimaat en Groene Groei", true]]);
  });

  it("does not take the ministry for its minister", () => {
    expect(ids("in nauw contact met het ministerie van Infrastructuur en Waterstaat")).toEqual([]);
  });

  it("keeps the longer title where two overlap", () => {
    const minister = { id: "minister-ez", title: "Minister van Economische Zaken", shortForms: [], ministry: { code: "EZ", name: "Economische Zaken" } };
    const ezk = { id: "minister-ezk", title: "Minister van Economische Zaken en Klimaat", shortForms: [], ministry: { code: "EZK", name: "Economische Zaken en Klimaat" } };
    expect(findSignatories("de Minister van Economische Zaken en Klimaat", [minister, ezk]).map((m) => m.signatory.id)).toEqual(["minister-ezk"]);
  });

  it("finds ministries by name and by code", () => {
    const text = "ministerie van Infrastructuur en Waterstaat (IenW), tevens mede indiener";
    expect(findMinistries(text, ministries).map((m) => [m.ministry.code, text.slice(m.start, m.end)])).toEqual([
      ["IenW", "Infrastructuur en Waterstaat"],
      ["IenW", "IenW"],
    ]);
  });
});
