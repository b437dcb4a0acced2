// The checks a document goes through (issue 9 and after): each is a function from the check context
// to findings, and `documentChecks` is the one list of them, so `nota check` and the Checklist tab run
// the same checks. The co-signatory and procedure checks (issue 10) are on it; the company check
// (issue 11) joins by adding its function to that list. Dispositions from the stored state are attached to
// every finding by rule id, whatever check made it.
import { checklistFindings, type CheckContext, type CompiledChecklist, reviewCommentFindings } from "./checklist";
import type { CompanyList } from "./companies";
import { companyFindings } from "./companyParagraphs";
import type { Finding } from "./findings";
import { procedureFindings, type SignatoryCatalogues } from "./procedureChecks";
import { detectSections, sectionsByParagraph, type SectionDefinition } from "./sections";
import type { DocumentSnapshot } from "./snapshot";
import { type Disposition, isRemoved } from "./stateModel";

export type { CheckContext };

/** One check: findings about the document in `context`, in the check's own order. */
export type DocumentCheck = (context: CheckContext) => Finding[];

/** A reviewer's stored decision as shown with a finding (issue 9: state, by whom, when, note). */
export type DispositionView = Pick<Disposition, "state" | "by" | "at" | "note">;

/** A finding with the disposition stored for its rule id; the measured `status` is never changed by it. */
export interface ReviewedFinding extends Finding {
  disposition: DispositionView | null;
}

/**
 * Every check, in report order: the checklist's items, the document's review comments, then, given the
 * signatory catalogue (src/config/signatories.ts), the co-signatory and procedure checks (issue 10), and,
 * given a company list, the company paragraphs against that list (issue 11). `nota check` passes both;
 * without them only the checklist and the comments run.
 */
export function documentChecks(checklist: CompiledChecklist, signatories?: SignatoryCatalogues, companies?: CompanyList): DocumentCheck[] {
  const checks: DocumentCheck[] = [(context) => checklistFindings(checklist, context), reviewCommentFindings];
  if (signatories !== undefined) checks.push((context) => procedureFindings(context.snapshot, signatories, context.sections));
  if (companies !== undefined) checks.push((context) => companyCheck(companies, context));
  return checks;
}

/** `companyFindings` with each location's section filled in from the context. */
function companyCheck(companies: CompanyList, context: CheckContext): Finding[] {
  return companyFindings(context.snapshot, companies).map((finding) => ({
    ...finding,
    locations: finding.locations.map((location) => ({ ...location, section: context.sectionOf[location.paragraph.paragraph] ?? null })),
  }));
}

/** The context of `snapshot`: its sections (found with `catalogue`) and each paragraph's innermost section. */
export function checkContext(snapshot: DocumentSnapshot, catalogue: readonly SectionDefinition[]): CheckContext {
  const sections = detectSections(snapshot, catalogue);
  const sectionOf = sectionsByParagraph(sections, snapshot.paragraphs.length).map((section) => section?.id ?? null);
  return { snapshot, sections, sectionOf };
}

/**
 * Runs `checks` on `snapshot` and attaches the stored disposition per rule id (from the snapshot's
 * state part when it is readable; a removed disposition counts as none).
 */
export function runChecks(snapshot: DocumentSnapshot, checks: readonly DocumentCheck[], catalogue: readonly SectionDefinition[]): ReviewedFinding[] {
  const context = checkContext(snapshot, catalogue);
  const dispositions = snapshot.state.status === "ok" ? snapshot.state.model.dispositions : {};
  return checks.flatMap((check) => check(context)).map((finding) => {
    const entry = Object.hasOwn(dispositions, finding.ruleId) ? dispositions[finding.ruleId] : undefined;
    const disposition = entry === undefined || isRemoved(entry) ? null : { state: entry.state, by: entry.by, at: entry.at, note: entry.note };
    return { ...finding, disposition };
  });
}

/** Count of findings per status. */
export function summarise(findings: readonly Finding[]): Record<Finding["status"], number> {
  const summary = { pass: 0, fail: 0, review: 0 };
  for (const finding of findings) summary[finding.status]++;
  return summary;
}
