// The nota's sections as configuration: ids, Dutch titles and the aliases other ministries use
// (see ../shared/domain/NOTA-STRUCTUUR.md). Detection itself lives in src/domain/sections.ts.
import * as z from "zod/mini";
import type { SectionDefinition } from "../domain/sections";
import { headingCore, normaliseHeading } from "../domain/text";
import { catalogueError, englishIssues, entryLabel, schemaProblems } from "./catalogueErrors";

const sectionId = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, "use lower case letters, digits and '-'"));
const nonEmpty = z.string().check(z.trim(), z.minLength(1));

export const sectionDefinitionSchema = z.strictObject({
  id: sectionId,
  title: nonEmpty,
  aliases: z.array(nonEmpty),
  parent: z.nullable(sectionId),
  order: z.int().check(z.minimum(0)),
  linePrefix: z.optional(nonEmpty),
  header: z.optional(z.boolean()),
});

export const sectionCatalogueSchema = z.array(sectionDefinitionSchema).check(z.minLength(1));

/** Validates section data; throws an Error naming every bad entry. */
export function parseSectionCatalogue(data: unknown): SectionDefinition[] {
  const parsed = sectionCatalogueSchema.safeParse(data, englishIssues);
  if (!parsed.success) throw catalogueError("section", schemaProblems("section", data, parsed.error.issues));
  const sections = parsed.data;
  const problems: string[] = [];
  const byId = new Map<string, SectionDefinition>();
  const names = new Map<string, string>();
  sections.forEach((section, index) => {
    const label = entryLabel("section", data, index);
    if (byId.has(section.id)) problems.push(`${label}: duplicate id`);
    byId.set(section.id, section);
    if (section.linePrefix !== undefined) return;
    // Two sections answering to the same heading would make detection depend on catalogue order.
    for (const name of [section.title, ...section.aliases]) {
      for (const key of new Set([normaliseHeading(name), headingCore(name)])) {
        const owner = names.get(key);
        if (owner !== undefined && owner !== section.id) problems.push(`${label}: '${name}' is also a name of section '${owner}'`);
        names.set(key, section.id);
      }
    }
  });
  // The header comes before the body (NOTA-STRUCTUUR.md), and the akkoord line is part of it.
  const firstBody = Math.min(...sections.filter((section) => !section.header).map((section) => section.order));
  sections.forEach((section, index) => {
    const label = entryLabel("section", data, index);
    if (section.linePrefix !== undefined && !section.header) problems.push(`${label}: a line section belongs to the header ("header": true)`);
    if (section.header && section.parent !== null) problems.push(`${label}: a header section cannot have a parent`);
    if (section.header && section.order >= firstBody) problems.push(`${label}: a header section must come before every body section in the order`);
    if (section.parent === null) return;
    const parent = byId.get(section.parent);
    if (!parent) {
      problems.push(`${label}: parent '${section.parent}' is not a section`);
      return;
    }
    if (parent.order >= section.order) problems.push(`${label}: comes before its parent '${parent.id}' in the order`);
  });
  if (problems.length > 0) throw catalogueError("section", problems);
  return sections;
}

// Heading-based sections come from NOTA-STRUCTUUR.md; ordered as in a nota, with gaps left so a
// ministry can slot its own sections in between. This list is the one definition of the sections'
// ids, titles and order: the block catalogue (src/config/blocks.ts) takes them from here.
const SECTION_DATA: unknown = [
  { id: "parafenroute", title: "Parafenroute", aliases: ["Lijnparaaf", "Medeparaaf"], parent: null, order: 10, header: true },
  { id: "akkoord", title: "Met akkoord van …", aliases: [], parent: null, order: 20, linePrefix: "Met akkoord van", header: true },
  { id: "aanleiding", title: "Aanleiding", aliases: [], parent: null, order: 30 },
  { id: "geadviseerd-besluit", title: "Geadviseerd besluit", aliases: ["Advies", "Besluit"], parent: null, order: 40 },
  { id: "kernpunten", title: "Kernpunten", aliases: ["Kern"], parent: null, order: 50 },
  { id: "toelichting", title: "Toelichting", aliases: [], parent: null, order: 60 },
  {
    id: "demissionair",
    title: "Ontwikkelingen demissionaire status kabinet",
    aliases: ["Demissionaire status"],
    parent: "toelichting",
    order: 61,
  },
  { id: "ambtelijke-afstemming", title: "Ambtelijke afstemming (ACKE)", aliases: [], parent: "toelichting", order: 62 },
  {
    id: "financieel",
    title: "Financiële gevolgen",
    aliases: ["Financiële overwegingen", "Budgettaire gevolgen"],
    parent: "toelichting",
    order: 63,
  },
  { id: "juridisch", title: "Juridische gevolgen", aliases: ["Juridische overwegingen"], parent: "toelichting", order: 64 },
  { id: "communicatie", title: "Communicatie", aliases: [], parent: "toelichting", order: 65 },
  {
    id: "niet-openbaar",
    title: "Informatie die niet openbaar gemaakt kan worden",
    aliases: ["Informatie die niet openbaar wordt gemaakt"],
    parent: null,
    order: 70,
  },
];

export const sectionCatalogue: readonly SectionDefinition[] = parseSectionCatalogue(SECTION_DATA);
