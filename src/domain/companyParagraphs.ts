// Inserted company paragraphs against the company list (issue 11): which are current, which are out
// of date (the data changed), which the drafter edited by hand since insertion, and the findings
// `nota check` and the pane report about them. Pure.
import { canonicalJson, fnv1a64 } from "./hash";
import { COMPANY_HEADING, companyIdFromTag, composeCompanyText, normaliseCompanyText, type CompanyEntry, type CompanyList } from "./companies";
import { paragraphLocation, type Finding } from "./findings";
import { outermostControl, paragraphRef, type ParagraphAnchor } from "./placement";
import type { ContentControlSnapshot, DocumentSnapshot } from "./snapshot";
import { emptyState, liveEntries, type CompanyFingerprint, type StoredState } from "./stateModel";

/** The fingerprint of an entry: FNV-1a 64 of its canonical JSON (key order does not matter). */
export function companyEntryHash(entry: CompanyEntry): string {
  return fnv1a64(canonicalJson(entry));
}

/** The fingerprint of a paragraph text, after `normaliseCompanyText`. */
export function companyTextHash(text: string): string {
  return fnv1a64(normaliseCompanyText(text));
}

/** What the state records for a paragraph made from `entry` with text `text`, inserted at `at` (ISO date-time). */
export function companyFingerprint(entry: CompanyEntry, text: string, at: string): CompanyFingerprint {
  return { entryHash: companyEntryHash(entry), textHash: companyTextHash(text), insertedAt: at, detached: false, updatedAt: at };
}

/**
 * A state change recording that the paragraphs of `entries` were inserted (or refreshed) at `at`
 * with the composed text: one fingerprint per company id.
 */
export function insertedCompaniesChange(entries: readonly CompanyEntry[], at: string): StoredState {
  const change = emptyState();
  for (const entry of entries) {
    Object.defineProperty(change.companies, entry.id, {
      value: companyFingerprint(entry, composeCompanyText(entry), at),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return change;
}

/**
 * A state change marking company `id`'s paragraph detached (Loskoppelen): plain text, never refreshed
 * again. `previous` is its fingerprint, when there was one; its hashes are kept.
 */
export function detachedCompanyChange(id: string, previous: CompanyFingerprint | null, at: string): StoredState {
  const change = emptyState();
  const fingerprint: CompanyFingerprint = previous
    ? { ...previous, detached: true, updatedAt: at }
    : { entryHash: "", textHash: "", insertedAt: at, detached: true, updatedAt: at };
  Object.defineProperty(change.companies, id, { value: fingerprint, enumerable: true, writable: true, configurable: true });
  return change;
}

/** A company paragraph in a document: the control tagged `nota:company:<id>` and its text. */
export interface CompanyParagraph {
  id: string;
  control: ContentControlSnapshot;
  /** The control's paragraphs' text, normalised (`normaliseCompanyText`). */
  text: string;
}

/** Every company paragraph of the snapshot, in document order (a company tagged twice: each one). */
export function companyParagraphs(snapshot: Pick<DocumentSnapshot, "paragraphs" | "contentControls">): CompanyParagraph[] {
  const found: CompanyParagraph[] = [];
  for (const control of snapshot.contentControls) {
    const id = companyIdFromTag(control.tag);
    if (id === null) continue;
    const text = snapshot.paragraphs
      .slice(control.start, control.end + 1)
      .map((paragraph) => paragraph.text)
      .join(" ");
    found.push({ id, control, text: normaliseCompanyText(text) });
  }
  return found.sort((a, b) => a.control.start - b.control.start);
}

/**
 * Where an inserted paragraph stands against the list:
 * - `current`: the text is as inserted and the data says nothing else;
 * - `out-of-date`: the entry changed since insertion and its paragraph would now read differently;
 * - `edited`: the text no longer matches its fingerprint (someone edited it by hand);
 * - `out-of-date-edited`: both;
 * - `detached`: made plain text (Loskoppelen) but its control is still there: never refreshed;
 * - `no-fingerprint`: the state has no fingerprint for it (state lost, or a copied control);
 * - `not-in-list`: the list has no company with its id.
 * A change of the entry that leaves the composed text the same (say, the "voorgelegd" date) keeps a
 * paragraph current; so does a change of wording in a newer add-in while the data stays the same.
 */
export type CompanyParagraphState = "current" | "out-of-date" | "edited" | "out-of-date-edited" | "detached" | "no-fingerprint" | "not-in-list";

export interface CompanyParagraphStatus extends CompanyParagraph {
  state: CompanyParagraphState;
  entry: CompanyEntry | null;
  fingerprint: CompanyFingerprint | null;
  /** The text the list gives now (null when the company is not in the list). */
  newText: string | null;
}

/** The fingerprints of the snapshot's state (none when the state is absent or unreadable). */
export function companyFingerprints(snapshot: Pick<DocumentSnapshot, "state">): Map<string, CompanyFingerprint> {
  return snapshot.state.status === "ok" ? new Map(liveEntries(snapshot.state.model.companies)) : new Map();
}

/** Every company paragraph of the snapshot with its state against `list`, in document order. */
export function companyStatuses(snapshot: Pick<DocumentSnapshot, "paragraphs" | "contentControls" | "state">, list: CompanyList): CompanyParagraphStatus[] {
  const fingerprints = companyFingerprints(snapshot);
  const entries = new Map(list.companies.map((entry) => [entry.id, entry]));
  return companyParagraphs(snapshot).map((paragraph) => {
    const entry = entries.get(paragraph.id) ?? null;
    const fingerprint = fingerprints.get(paragraph.id) ?? null;
    const newText = entry ? composeCompanyText(entry) : null;
    return { ...paragraph, entry, fingerprint, newText, state: paragraphState(paragraph, entry, fingerprint, newText) };
  });
}

function paragraphState(paragraph: CompanyParagraph, entry: CompanyEntry | null, fingerprint: CompanyFingerprint | null, newText: string | null): CompanyParagraphState {
  if (fingerprint?.detached) return "detached";
  if (entry === null || newText === null) return "not-in-list";
  if (fingerprint === null) return "no-fingerprint";
  const edited = companyTextHash(paragraph.text) !== fingerprint.textHash;
  const outOfDate = companyEntryHash(entry) !== fingerprint.entryHash && companyTextHash(newText) !== fingerprint.textHash;
  if (edited && outOfDate) return "out-of-date-edited";
  if (edited) return "edited";
  return outOfDate ? "out-of-date" : "current";
}

/** Ids the state marks detached (Loskoppelen), in id order. */
export function detachedCompanies(snapshot: Pick<DocumentSnapshot, "state">): string[] {
  return [...companyFingerprints(snapshot)].filter(([, fingerprint]) => fingerprint.detached).map(([id]) => id).sort();
}

/** The message codes of the company findings, with their data (see src/config/companyMessages.ts). */
export type CompanyMessageData = {
  "company-current": { name: string };
  /** `updated`: the entry's ISO date of last update. */
  "company-out-of-date": { name: string; updated: string };
  /** `outOfDate`: the data changed as well. */
  "company-edited": { name: string; outOfDate: boolean };
  "company-no-fingerprint": { name: string };
  "company-not-in-list": { id: string };
  "company-not-submitted": { name: string };
};

/**
 * The findings on the company paragraphs (issue 11), in document order: per paragraph, under source
 * `Bedrijven` with rule id `bedrijf-<id>`, `pass` (current), `fail` (out of date; severity warning) or
 * `review` (edited by hand, no fingerprint, not in the list); and for each paragraph whose company has
 * no "voorgelegd aan bedrijf" date, a `review` item `ACKE-bedrijf-<id>` under source `ACKE`. Detached
 * paragraphs are plain text and not reported.
 */
export function companyFindings(
  snapshot: Pick<DocumentSnapshot, "paragraphs" | "contentControls" | "state">,
  list: CompanyList,
): Finding<CompanyMessageData>[] {
  const findings: Finding<CompanyMessageData>[] = [];
  for (const status of companyStatuses(snapshot, list)) {
    if (status.state === "detached") continue;
    const locations = [paragraphLocation(snapshot, status.control.start)];
    const base = { ruleId: `bedrijf-${status.id}`, source: "Bedrijven" as const, severity: "warning" as const, locations };
    const name = status.entry?.name ?? status.id;
    switch (status.state) {
      case "current":
        findings.push({ ...base, status: "pass", message: { code: "company-current", data: { name } } });
        break;
      case "out-of-date":
        findings.push({ ...base, status: "fail", message: { code: "company-out-of-date", data: { name, updated: status.entry?.updated ?? "" } } });
        break;
      case "edited":
      case "out-of-date-edited":
        findings.push({ ...base, status: "review", message: { code: "company-edited", data: { name, outOfDate: status.state === "out-of-date-edited" } } });
        break;
      case "no-fingerprint":
        findings.push({ ...base, status: "review", message: { code: "company-no-fingerprint", data: { name } } });
        break;
      case "not-in-list":
        findings.push({ ...base, status: "review", message: { code: "company-not-in-list", data: { id: status.id } } });
        break;
    }
    if (status.entry && status.entry.submittedToCompany === undefined) {
      findings.push({
        ruleId: `ACKE-bedrijf-${status.id}`,
        source: "ACKE",
        severity: "warning",
        status: "review",
        message: { code: "company-not-submitted", data: { name } },
        locations,
      });
    }
  }
  return findings;
}

/**
 * Where company paragraphs go "under the heading": right after the heading "Stand van zaken per
 * bedrijf" (the first paragraph whose text is that, case and white space aside) and after the run of
 * company paragraphs that directly follows it, so new ones join the end of the list. Null when the
 * document has no such heading (the pane then adds the heading too).
 */
export function companyInsertionAnchor(snapshot: Pick<DocumentSnapshot, "paragraphs" | "contentControls">): ParagraphAnchor | null {
  const wanted = normaliseCompanyText(COMPANY_HEADING).toLowerCase();
  const heading = snapshot.paragraphs.findIndex((paragraph) => normaliseCompanyText(paragraph.text).toLowerCase() === wanted);
  if (heading < 0) return null;
  let last = heading;
  while (last + 1 < snapshot.paragraphs.length && snapshot.paragraphs[last + 1].contentControlTags.some((tag) => companyIdFromTag(tag) !== null)) last++;
  return { where: "after", ...paragraphRef(snapshot, last), control: outermostControl(snapshot.contentControls, last) };
}
