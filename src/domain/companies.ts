// The companies of the maatwerkaanpak (issue 11): the entry the users keep per company, and the Dutch
// paragraph composed from it for the nota's "Stand van zaken per bedrijf". Pure: the list is validated
// in src/config/companies.ts; here it is only read.
import { formatDutchDate, parseIsoDate } from "./dutchDates";
import type { RenderedBlock } from "./rendered";

/** The phases in their order (verkenning → EoP → JLoI → maatwerkafspraak); `gestopt` at any point. */
export const COMPANY_PHASES = ["verkenning", "eop", "jloi", "maatwerkafspraak", "gestopt"] as const;
export type CompanyPhase = (typeof COMPANY_PHASES)[number];

/**
 * A milestone's date: an exact day "YYYY-MM-DD", or only a month "YYYY-MM" or a year "YYYY" where
 * the public record is no more precise ("EoP October 2024").
 */
export type MilestoneDate = string;

export interface CompanyMilestones {
  eopSigned?: MilestoneDate;
  jloiPlanned?: MilestoneDate;
  jloiSigned?: MilestoneDate;
  afspraakSigned?: MilestoneDate;
  stopped?: MilestoneDate;
}

/** Parties that co-sign the company's latest document (EoP, JLoI or maatwerkafspraak) besides the State. */
export interface CompanyCosigners {
  /** Province names without "provincie", e.g. "Limburg". */
  provinces?: string[];
  /** True when the Ministerie van Infrastructuur en Waterstaat co-signs. */
  ienw?: boolean;
}

export interface Co2Reduction {
  amount: number;
  unit: "kt" | "Mt";
  /** The year by which the reduction is expected. */
  year?: number;
}

/** One company of the list. Optional fields are left out when unknown; nothing is guessed. */
export interface CompanyEntry {
  /** Lower case letters, digits and '-'; the content control's tag is `nota:company:<id>`. */
  id: string;
  /** The short name used in lists ("Cosun"). */
  name: string;
  /** The legal name used in the paragraph ("Coöperatie Koninklijke Cosun"); `name` when absent. */
  officialName?: string;
  /** Cluster or region ("Chemelot, Limburg"). */
  cluster?: string;
  phase: CompanyPhase;
  milestones?: CompanyMilestones;
  cosigners?: CompanyCosigners;
  co2Reduction?: Co2Reduction;
  /** Free status text, appended after the phase sentences as written. */
  status?: string;
  /** Free text on the perspective, appended last. */
  perspective?: string;
  /** ISO date on which the text was "voorgelegd aan bedrijf" (submitted to the company for checking). */
  submittedToCompany?: string;
  /** ISO date on which the entry was last updated. */
  updated: string;
}

/** The company list as a file holds it: a format version and the entries in the users' order. */
export interface CompanyList {
  version: 1;
  companies: CompanyEntry[];
}

/** Tag prefix of a company paragraph's rich-text content control. */
export const COMPANY_TAG_PREFIX = "nota:company:";

/** Heading under which the company paragraphs go (issue 11). */
export const COMPANY_HEADING = "Stand van zaken per bedrijf";

export function companyTag(id: string): string {
  return COMPANY_TAG_PREFIX + id;
}

/** The company id of a tag `nota:company:<id>`, or null for any other tag. */
export function companyIdFromTag(tag: string): string | null {
  if (!tag.startsWith(COMPANY_TAG_PREFIX)) return null;
  const id = tag.slice(COMPANY_TAG_PREFIX.length);
  return id.length > 0 ? id : null;
}

const MONTH_ONLY = /^(\d{4})-(\d{2})$/;
const YEAR_ONLY = /^\d{4}$/;
const MONTH_FORMAT = new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" });
const NUMBER_FORMAT = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 3 });

/** True for "YYYY-MM-DD" (an existing day), "YYYY-MM" (month 01–12) and "YYYY". */
export function isMilestoneDate(text: string): boolean {
  if (parseIsoDate(text) !== null && text.trim() === text) return true;
  const month = MONTH_ONLY.exec(text);
  if (month) return Number(month[2]) >= 1 && Number(month[2]) <= 12 && Number(month[1]) >= 1;
  return YEAR_ONLY.test(text) && Number(text) >= 1;
}

/**
 * " op 23 juni 2025", " op maandag 23 juni 2025" (withWeekday), " in oktober 2024", " in 2024", or ""
 * without a date: the date phrase of a sentence, with its leading space.
 */
function when(date: MilestoneDate | undefined, withWeekday = false): string {
  if (date === undefined) return "";
  if (parseIsoDate(date)) return ` op ${formatDutchDate(date, withWeekday ? "weekday-long" : "long")}`;
  const month = MONTH_ONLY.exec(date);
  if (month) {
    const instant = new Date(0);
    instant.setUTCFullYear(Number(month[1]), Number(month[2]) - 1, 1);
    return ` in ${MONTH_FORMAT.format(instant)}`;
  }
  return ` in ${date}`;
}

/** "A", "A en B", "A, B en C" (Dutch: no comma before "en"). */
export function enumerateDutch(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}`;
}

/** "de provincie Limburg" or "de provincies Groningen, Friesland en Zeeland"; "" for none. */
export function provincesPhrase(provinces: readonly string[]): string {
  if (provinces.length === 0) return "";
  return provinces.length === 1 ? `de provincie ${provinces[0]}` : `de provincies ${enumerateDutch(provinces)}`;
}

/** "De JLoI is mede ondertekend door …." for the co-signers, or null when there are none. */
function cosignSentence(document: string, cosigners: CompanyCosigners | undefined): string | null {
  const parties: string[] = [];
  if (cosigners?.ienw) parties.push("het ministerie van Infrastructuur en Waterstaat");
  const provinces = provincesPhrase(cosigners?.provinces ?? []);
  if (provinces !== "") parties.push(provinces);
  return parties.length === 0 ? null : `${document} is mede ondertekend door ${enumerateDutch(parties)}.`;
}

const EOP = "een Expression of Principles (EoP)";
const JLOI = "de Joint Letter of Intent (JLoI)";

/**
 * The sentences that say where the company stands, per phase (issue 11), e.g. for an EoP with a
 * planned JLoI: "Met Coöperatie Koninklijke Cosun is een Expression of Principles (EoP) ondertekend.
 * De ondertekening van de Joint Letter of Intent (JLoI) is gepland op maandag 23 juni 2025."
 * Signed dates read "op 3 juni 2025" (or "in oktober 2024" / "in 2024" when only the month or year is
 * known); a planned date carries its weekday. Co-signers go with the phase's document.
 */
export function phaseSentences(entry: CompanyEntry): string[] {
  const name = entry.officialName ?? entry.name;
  const milestones = entry.milestones ?? {};
  const sentences: string[] = [];
  const add = (sentence: string | null) => {
    if (sentence !== null) sentences.push(sentence);
  };
  switch (entry.phase) {
    case "verkenning":
      add(`Met ${name} vinden verkennende gesprekken plaats over een maatwerkafspraak.`);
      break;
    case "eop":
      add(`Met ${name} is${when(milestones.eopSigned)} ${EOP} ondertekend.`);
      add(cosignSentence("De EoP", entry.cosigners));
      if (milestones.jloiPlanned !== undefined) {
        add(`De ondertekening van ${JLOI} is gepland${when(milestones.jloiPlanned, true)}.`);
      }
      break;
    case "jloi":
      add(`Met ${name} is${when(milestones.jloiSigned)} een Joint Letter of Intent (JLoI) ondertekend.`);
      add(cosignSentence("De JLoI", entry.cosigners));
      break;
    case "maatwerkafspraak":
      add(`Met ${name} is${when(milestones.afspraakSigned)} een maatwerkafspraak ondertekend.`);
      add(cosignSentence("De maatwerkafspraak", entry.cosigners));
      break;
    case "gestopt":
      add(`De gesprekken met ${name} over een maatwerkafspraak zijn${when(milestones.stopped)} gestopt.`);
      break;
  }
  if (entry.co2Reduction && entry.phase !== "gestopt") {
    const { amount, unit, year } = entry.co2Reduction;
    add(`De verwachte CO2-reductie is ${NUMBER_FORMAT.format(amount)} ${unit}${year === undefined ? "" : ` in ${year}`}.`);
  }
  return sentences;
}

/**
 * The company's paragraph: the phase sentences, then the free status text, then the perspective,
 * separated by single spaces. Plain text: names and free text are never markup (the writers insert
 * text, and the .docx writer escapes it).
 */
export function composeCompanyText(entry: CompanyEntry): string {
  const parts = [...phaseSentences(entry), entry.status?.trim() ?? "", entry.perspective?.trim() ?? ""];
  return normaliseCompanyText(parts.filter((part) => part !== "").join(" "));
}

/**
 * The form in which company texts are compared and hashed: white space (line breaks between
 * paragraphs, non-breaking spaces, runs of spaces) as one space, trimmed. A document's paragraphs and
 * the composed text then compare equal whatever the reader did with breaks.
 */
export function normaliseCompanyText(text: string): string {
  return text.replace(/[\s\u00a0\u2007\u202f]+/g, " ").trim();
}

/** The companies of `list` with the given ids, in the list's order; `unknown` names ids not in the list. */
export function selectCompanies(list: CompanyList, ids: readonly string[] | "all"): { selected: CompanyEntry[]; unknown: string[] } {
  if (ids === "all") return { selected: [...list.companies], unknown: [] };
  const known = new Set(list.companies.map((entry) => entry.id));
  return { selected: list.companies.filter((entry) => ids.includes(entry.id)), unknown: ids.filter((id) => !known.has(id)) };
}

/** `entries` ordered by phase (verkenning first, gestopt last), the list's order kept within a phase. */
export function byPhase(entries: readonly CompanyEntry[]): CompanyEntry[] {
  return [...entries].sort((a, b) => COMPANY_PHASES.indexOf(a.phase) - COMPANY_PHASES.indexOf(b.phase));
}

/**
 * The company's paragraph as a block both writers take (`nota new`, the pane): one body paragraph of
 * plain text in a rich-text control tagged `nota:company:<id>`, titled with the company's name.
 */
export function renderCompanyBlock(entry: CompanyEntry): RenderedBlock {
  return {
    blockId: `company:${entry.id}`,
    tag: companyTag(entry.id),
    title: entry.name,
    headingLevel: COMPANY_HEADING_LEVEL + 1,
    paragraphs: [{ kind: "body", listLevel: 0, segments: [{ kind: "text", text: composeCompanyText(entry) }] }],
  };
}

/** The level of the "Stand van zaken per bedrijf" heading: that of the nota's main sections. */
export const COMPANY_HEADING_LEVEL = 2;
