import { ministries, signatoryCatalogue } from "../../src/config/signatories";
import { procedureStatus, readTextProcedure } from "../../src/domain/procedure";
import { buildSnapshot, bullet, h, p } from "./snapshotBuilder";

const read = (...paragraphs: string[]) => readTextProcedure(buildSnapshot(paragraphs.map((text) => p(text))), signatoryCatalogue, ministries);
const steps = (...paragraphs: string[]) => read(...paragraphs).steps.map((m) => [m.step, m.label, m.date.text]);

describe("which date belongs to which step", () => {
  it.each([
    ["na behandeling in de RFL (17 juni) en MR (20 juni)", [["onderraad", "RFL", "17 juni"], ["mr", "MR", "20 juni"]]],
    ["De brief wordt op 17 juni geagendeerd in de Raad Fysieke Leefomgeving (RFL) en (MR) van 20 juni.", [["onderraad", "RFL", "17 juni"], ["mr", "MR", "20 juni"]]],
    ["De Kamerbrief is op maandag 2 juni in de ACKE behandeld.", [["acke", "ACKE", "maandag 2 juni"]]],
    ["Het ambtelijk voorportaal is op ma 2 jun. geweest.", [["acke", "Ambtelijk voorportaal", "ma 2 jun."]]],
    ["De ministerraad van vrijdag 20 juni besluit.", [["mr", "MR", "vrijdag 20 juni"]]],
    ["Verzending in week 26.", [["verzending", "Verzending", "week 26"]]],
    [
      "De beoogde verzenddatum van de brief, na behandeling in de RFL (17 juni) en MR (20 juni) is in de week van 23-27 juni, na de geplande ondertekening van de JLoI met Cosun op maandag 23 juni.",
      [["onderraad", "RFL", "17 juni"], ["mr", "MR", "20 juni"], ["verzending", "Verzending", "23-27 juni"], ["event", "JLoI-ondertekening Cosun", "maandag 23 juni"]],
    ],
  ])("%j", (text, expected) => {
    expect(steps(text)).toEqual(expected);
  });

  it("leaves dates that belong to no step alone", () => {
    expect(steps("Het kabinet is per 3 juni 2025 demissionair. De MR besluit later.")).toEqual([]);
    expect(steps("In het commissiedebat van 17 oktober 2024 heeft u toegezegd. Dit kunt u toelichten in de RFL/MR.")).toEqual([]);
  });
});

describe("the users' memo as they wrote it", () => {
  // The paragraphs of ../shared/domain/voorbeeld-nota.txt that matter here, spelled as there.
  const memo = buildSnapshot([
    h(1, "Parafenroute"),
    p("Met akkoord van de Staatsecretaris van Infrastructuur en Waterstaat"),
    h(2, "Aanleiding"),
    p("In het commissiedebat Verduurzaming Industrie van 17 oktober 2024 heeft u toegezegd aan de Kamer in de voortgangsbrief te zullen ingaan op de gesprekken. De brief wordt op 17 juni geagendeerd in de Raad Fysieke Leefomgeving (RFL) en (MR) van 20 juni."),
    h(2, "Kernpunten"),
    bullet("U heeft toegezegd aan de Kamer om in Q2 een voortgangsbrief over de maatwerkaanpak te sturen. De brief wordt medeondertekend door Stas IenW."),
    bullet("De Kamerbrief is op maandag 2 juni in de ACKE behandeld."),
    bullet("De beoogde verzenddatum van de brief, na behandeling in de RFL (17 juni) en MR (20 juni) is in de week van 23-27 juni, na de geplande ondertekening van de JLoI met Cosun op maandag 23 juni."),
    h(2, "Toelichting"),
    h(3, "Ontwikkelingen demissionaire status kabinet"),
    bullet("Het kabinet is per 3 juni 2025 demissionair."),
    bullet("De brief is in nauw contact ministerie van Infrastructuur en Waterstaat (IenW), tevens mede indiener, opgesteld en afgestemd."),
    bullet("Voor ondertekening is, gelet op de ontstane situatie, nog niet duidelijk welke bewindspersoon zal tekenen voor het ministerie van IenW."),
  ]);

  it("gives the co-signatory, the procedure and who signs", () => {
    expect(procedureStatus(memo, signatoryCatalogue, ministries)).toEqual({
      source: "inferred",
      cosignatories: [{ signatory: "stas-ienw", title: "Staatssecretaris van Infrastructuur en Waterstaat", roles: ["akkoord", "medeondertekening"], status: null }],
      procedure: [
        { step: "acke", label: "ACKE", date: "2025-06-02" },
        { step: "onderraad", label: "RFL", date: "2025-06-17" },
        { step: "mr", label: "MR", date: "2025-06-20" },
        { step: "verzending", label: "Verzending", from: "2025-06-23", to: "2025-06-27" },
        { step: "event", label: "JLoI-ondertekening Cosun", date: "2025-06-23" },
      ],
      unclearWhoSigns: true,
    });
  });

  it("takes a ministry named as mede-indiener for its minister when no bewindspersoon of it is named", () => {
    const text = read("De brief is opgesteld met het ministerie van Financiën, tevens mede-indiener.");
    expect(text.cosignatories.map((c) => [c.signatory.id, c.roles])).toEqual([["minister-fin", ["medeondertekening"]]]);
  });

  it("gives no year, and so no dates, when neither state nor text has one", () => {
    const text = read("De MR van 20 juni.");
    expect(text.year).toBeNull();
    expect(procedureStatus(buildSnapshot([p("De MR van 20 juni.")]), signatoryCatalogue, ministries).procedure).toEqual([]);
  });
});
