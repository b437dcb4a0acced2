// The bewindspersonen a nota can need the agreement of (issue 10), as data: the ministries and, per
// ministry, the titles of its minister and staatssecretaris, plus the ministers without portfolio.
// Titles, not persons: who holds a post changes with every cabinet, the titles far less often.
//
// The ministries are those of the cabinet in office since July 2024 (KGG, EZ, LVVN, VRO and Asiel en
// Migratie as created or renamed then). A staatssecretaris title is listed for every ministry except
// Algemene Zaken: whether a cabinet fills that post varies, and a title that is not in use does no
// harm. Ministers without portfolio come and go with cabinets; the catalogue lists the one that every
// recent cabinet had (Buitenlandse Handel en Ontwikkelingshulp, at Buitenlandse Zaken). A new cabinet's
// minister without portfolio or a renamed ministry is one more entry below.
import * as z from "zod/mini";
import type { Ministry, Signatory } from "../domain/signatories";
import { normaliseForMatching } from "../domain/text";
import { catalogueError, englishIssues, entryLabel, schemaProblems } from "./catalogueErrors";

const nonEmpty = z.string().check(z.trim(), z.minLength(1));

export const ministrySchema = z.strictObject({ code: nonEmpty, name: nonEmpty });

export const signatorySchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, "use lower case letters, digits and '-'")),
  title: nonEmpty,
  shortForms: z.array(nonEmpty),
  ministry: ministrySchema,
});

export const signatoryCatalogueSchema = z.array(signatorySchema).check(z.minLength(1));

/**
 * Validates signatory data; throws an Error naming every bad entry: schema errors, duplicate ids, and
 * a title or short form that two entries share (a text naming it would name both).
 */
export function parseSignatoryCatalogue(data: unknown): Signatory[] {
  const parsed = signatoryCatalogueSchema.safeParse(data, englishIssues);
  if (!parsed.success) throw catalogueError("signatory", schemaProblems("signatory", data, parsed.error.issues));
  const problems: string[] = [];
  const ids = new Set<string>();
  const names = new Map<string, string>();
  parsed.data.forEach((signatory, index) => {
    const label = entryLabel("signatory", data, index);
    if (ids.has(signatory.id)) problems.push(`${label}: duplicate id`);
    ids.add(signatory.id);
    for (const name of [signatory.title, ...signatory.shortForms]) {
      const key = normaliseForMatching(name).text.trim();
      const owner = names.get(key);
      if (owner !== undefined && owner !== signatory.id) problems.push(`${label}: '${name}' is also a name of '${owner}'`);
      names.set(key, signatory.id);
    }
  });
  if (problems.length > 0) throw catalogueError("signatory", problems);
  return parsed.data;
}

interface MinistryData extends Ministry {
  /** Other abbreviations in use ("BuZa" for BZ). */
  otherCodes?: string[];
  /** False for Algemene Zaken, whose minister is the minister-president and which has no staatssecretaris. */
  standard?: false;
}

const MINISTRIES: MinistryData[] = [
  { code: "AZ", name: "Algemene Zaken", standard: false },
  { code: "AenM", name: "Asiel en Migratie", otherCodes: ["A&M"] },
  { code: "BZK", name: "Binnenlandse Zaken en Koninkrijksrelaties" },
  { code: "BZ", name: "Buitenlandse Zaken", otherCodes: ["BuZa"] },
  { code: "Def", name: "Defensie" },
  { code: "EZ", name: "Economische Zaken" },
  { code: "Fin", name: "Financiën" },
  { code: "IenW", name: "Infrastructuur en Waterstaat", otherCodes: ["I&W"] },
  { code: "JenV", name: "Justitie en Veiligheid", otherCodes: ["J&V"] },
  { code: "KGG", name: "Klimaat en Groene Groei" },
  { code: "LVVN", name: "Landbouw, Visserij, Voedselzekerheid en Natuur" },
  { code: "OCW", name: "Onderwijs, Cultuur en Wetenschap" },
  { code: "SZW", name: "Sociale Zaken en Werkgelegenheid" },
  { code: "VRO", name: "Volkshuisvesting en Ruimtelijke Ordening" },
  { code: "VWS", name: "Volksgezondheid, Welzijn en Sport" },
];

/** The ministries of the catalogue, by code and name. */
export const ministries: readonly Ministry[] = MINISTRIES.map(({ code, name }) => ({ code, name }));

const ministry = (code: string): Ministry => {
  const found = ministries.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`No ministry '${code}' in the signatory catalogue`);
  return found;
};

// "Minister KGG", "Minister van KGG", "Min KGG", "MinKGG"; "Stas IenW", "StasIenW", "Staatssecretaris
// IenW", "Staatssecretaris van IenW".
function standardEntries({ code, name, otherCodes = [] }: MinistryData): unknown[] {
  const codes = [code, ...otherCodes];
  const id = code.toLowerCase();
  return [
    {
      id: `minister-${id}`,
      title: `Minister van ${name}`,
      shortForms: codes.flatMap((c) => [`Minister ${c}`, `Minister van ${c}`, `Min ${c}`, `Min${c}`]),
      ministry: ministry(code),
    },
    {
      id: `stas-${id}`,
      title: `Staatssecretaris van ${name}`,
      shortForms: codes.flatMap((c) => [`Stas ${c}`, `Stas${c}`, `Staatssecretaris ${c}`, `Staatssecretaris van ${c}`]),
      ministry: ministry(code),
    },
  ];
}

const SIGNATORY_DATA: unknown = [
  {
    id: "minister-president",
    title: "Minister-president",
    shortForms: ["Minister van Algemene Zaken", "Minister AZ", "Minister van AZ", "Min AZ", "MinAZ"],
    ministry: ministry("AZ"),
  },
  ...MINISTRIES.filter((entry) => entry.standard !== false).flatMap(standardEntries),
  {
    id: "minister-bho",
    title: "Minister voor Buitenlandse Handel en Ontwikkelingshulp",
    shortForms: ["Minister BHO", "Min BHO", "MinBHO", "BHO-minister"],
    ministry: ministry("BZ"),
  },
];

export const signatoryCatalogue: readonly Signatory[] = parseSignatoryCatalogue(SIGNATORY_DATA);
