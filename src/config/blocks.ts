// The standard blocks of a beslisnota as validated data. Wording follows the users' example memo
// (../shared/domain/voorbeeld-nota.*). Heading levels follow that memo too: the Parafenroute header
// is level 1, the nota's main sections level 2, the sub-sections under Toelichting level 3.
// A block is a section of the nota: its id names a section of the section catalogue
// (src/config/sections.ts), which alone defines the title and the place in the nota's order.
import * as z from "zod/mini";
import { paramValueProblem, parseTemplate, templateParams, type BlockDefinition } from "../domain/blocks";
import type { SectionDefinition } from "../domain/sections";
import { catalogueError, englishIssues, entryLabel, schemaProblems } from "./catalogueErrors";
import { sectionCatalogue } from "./sections";

const nonEmpty = z.string().check(z.trim(), z.minLength(1));

const paramSchema = z.strictObject({
  name: z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]*$/, "use letters, digits and '_', starting with a letter")),
  label: nonEmpty,
  type: z.enum(["text", "date", "boolean", "choice"]),
  required: z._default(z.boolean(), false),
  default: z.optional(z.string()),
  choices: z.optional(z.array(nonEmpty).check(z.minLength(1))),
  dateStyle: z.optional(z.enum(["long", "short", "weekday", "weekday-long"])),
  help: z.optional(z.string()),
  usualWeekday: z.optional(z.int().check(z.minimum(0), z.maximum(6))),
});

const templateItemSchema = z.strictObject({
  kind: z.enum(["body", "bullet"]),
  level: z.optional(z.int().check(z.minimum(0), z.maximum(8))),
  text: nonEmpty,
  when: z.optional(z.string()),
});

const tableSchema = z.strictObject({
  columns: z.array(nonEmpty).check(z.minLength(1)),
  rows: z.array(z.array(z.string())).check(z.minLength(1)),
});

export const blockDefinitionSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, "use lower case letters, digits and '-'")),
  headingLevel: z.int().check(z.minimum(1), z.maximum(9)),
  heading: z._default(z.boolean(), true),
  params: z._default(z.array(paramSchema), []),
  body: z._default(z.array(templateItemSchema), []),
  table: z.optional(tableSchema),
});

export const blockCatalogueSchema = z.array(blockDefinitionSchema).check(z.minLength(1));

/**
 * Validates block data and gives each block its section's title and order (from `sections`, by
 * default the section catalogue); throws an Error naming every bad block.
 */
export function parseBlockCatalogue(data: unknown, sections: readonly SectionDefinition[] = sectionCatalogue): BlockDefinition[] {
  const parsed = blockCatalogueSchema.safeParse(data, englishIssues);
  if (!parsed.success) throw catalogueError("block", schemaProblems("block", data, parsed.error.issues));
  const problems: string[] = [];
  const sectionsById = new Map(sections.map((section) => [section.id, section]));
  const blocks: BlockDefinition[] = parsed.data.map((block, index) => {
    const section = sectionsById.get(block.id);
    if (!section) problems.push(`${entryLabel("block", data, index)}: '${block.id}' is not a section of the section catalogue`);
    return { ...block, title: section?.title ?? block.id, order: section?.order ?? 0 };
  });
  const seen = new Set<string>();
  // A parameter shared by blocks is one value in the document (`nota:param:<name>` everywhere).
  const shared = new Map<string, { block: string; signature: string }>();
  blocks.forEach((block, index) => {
    const label = entryLabel("block", data, index);
    if (seen.has(block.id)) problems.push(`${label}: duplicate id`);
    seen.add(block.id);
    problems.push(...blockProblems(block).map((problem) => `${label}: ${problem}`));
    for (const param of block.params) {
      const signature = JSON.stringify([param.type, param.default ?? null, param.dateStyle ?? null, param.choices ?? null]);
      const first = shared.get(param.name);
      if (first === undefined) shared.set(param.name, { block: block.id, signature });
      else if (first.signature !== signature) {
        problems.push(`${label}: parameter '${param.name}' differs in type, default, date style or choices from block '${first.block}'`);
      }
    }
  });
  if (problems.length > 0) throw catalogueError("block", problems);
  // Listed in the nota's order, whatever the order of the data.
  return blocks.sort((a, b) => a.order - b.order);
}

function blockProblems(block: BlockDefinition): string[] {
  const problems: string[] = [];
  const params = new Map<string, BlockDefinition["params"][number]>();
  for (const param of block.params) {
    if (params.has(param.name)) problems.push(`parameter '${param.name}' is declared twice`);
    params.set(param.name, param);
    if ((param.type === "choice") !== (param.choices !== undefined)) {
      problems.push(`parameter '${param.name}': choices belong to, and are required for, type "choice"`);
    }
    const defaultProblem = param.default === undefined || param.default === "" ? null : paramValueProblem(param, param.default);
    if (defaultProblem) problems.push(`parameter '${param.name}': default ${defaultProblem}`);
  }
  let previousBulletLevel = -1;
  for (const item of block.body) {
    for (const part of parseTemplate(item.text)) {
      if (part.kind !== "param") continue;
      const param = params.get(part.name);
      if (!param) problems.push(`template uses {${part.name}}, which is not a declared parameter`);
      else if (param.type === "boolean") problems.push(`boolean parameter '${part.name}' can only be used in "when", not as {${part.name}}`);
    }
    if (item.when !== undefined && params.get(item.when)?.type !== "boolean") {
      problems.push(`"when": '${item.when}' is not a boolean parameter`);
    }
    // Word list levels go one step deeper at a time; a jump would render as a broken list.
    const level = item.kind === "bullet" ? (item.level ?? 0) : -1;
    if (level > previousBulletLevel + 1) problems.push(`bullet "${item.text}" is nested deeper than the bullet before it`);
    previousBulletLevel = level;
  }
  const used = new Set(templateParams(block));
  for (const param of block.params) {
    if (param.required && !used.has(param.name)) problems.push(`required parameter '${param.name}' is never used`);
  }
  if (!block.heading && block.body.length === 0 && !block.table) problems.push("has neither a heading nor a body");
  const columns = block.table?.columns.length ?? 0;
  block.table?.rows.forEach((row, i) => {
    if (row.length > columns) problems.push(`table row ${i + 1} has more cells than the table has columns`);
  });
  return problems;
}

const ONDERRAAD = {
  name: "onderraad",
  label: "Onderraad",
  type: "text",
  required: true,
  default: "RFL",
  help: "Afkorting van de onderraad, bijvoorbeeld RFL (Raad Fysieke Leefomgeving).",
};
const DATUM_ONDERRAAD = { name: "datumOnderraad", label: "Datum onderraad", type: "date", dateStyle: "short" };
const DATUM_MR = { name: "datumMr", label: "Datum ministerraad", type: "date", dateStyle: "short", help: "De MR vergadert gewoonlijk op vrijdag.", usualWeekday: 5 };

const BLOCK_DATA: unknown = [
  {
    id: "parafenroute",
    headingLevel: 1,
    // The usual line of a beslisnota's parafenroute, from drafter up to the DG; paraaf and datum are
    // filled in by hand (issue 10). The users' example memo shows only the header.
    table: {
      columns: ["Rol", "Paraaf", "Datum"],
      rows: [["Opsteller"], ["Afdelingshoofd / MT"], ["Directeur"], ["Directeur-generaal"]],
    },
  },
  {
    id: "akkoord",
    headingLevel: 2,
    heading: false,
    params: [
      {
        name: "bewindspersoon",
        label: "Bewindspersoon die akkoord geeft",
        type: "text",
        required: true,
        default: "Staatssecretaris van Infrastructuur en Waterstaat",
      },
    ],
    body: [{ kind: "body", text: "Met akkoord van de {bewindspersoon}" }],
  },
  {
    id: "aanleiding",
    headingLevel: 2,
    params: [ONDERRAAD, DATUM_ONDERRAAD, DATUM_MR],
    body: [
      { kind: "body", text: "[Beschrijf de aanleiding van deze nota: de toezegging, het verzoek of het debat waar zij uit voortkomt.]" },
      { kind: "body", text: "De brief wordt op {datumOnderraad} geagendeerd in de {onderraad} en in de MR van {datumMr}." },
    ],
  },
  {
    id: "geadviseerd-besluit",
    headingLevel: 2,
    params: [{ name: "stukken", label: "Stukken", type: "text", required: true, default: "Kamerbrief, bijlagen" }, ONDERRAAD],
    body: [
      {
        kind: "bullet",
        text: "U kunt akkoord gaan met de {stukken}, agendering in de {onderraad} en doorgeleiding naar de MR voor verzending;",
      },
      { kind: "bullet", text: "U kunt het aanbiedingsformulier voor aanbieding van de stukken in de {onderraad} ondertekenen." },
    ],
  },
  {
    id: "kernpunten",
    headingLevel: 2,
    params: [
      ONDERRAAD,
      DATUM_ONDERRAAD,
      DATUM_MR,
      { name: "beoogdeVerzending", label: "Beoogde verzending", type: "text", help: "Bijvoorbeeld: in de week van 23-27 juni." },
    ],
    body: [
      { kind: "bullet", text: "[Noem hier de kernpunten van de stukken, één per bullet.]" },
      {
        kind: "bullet",
        text: "De beoogde verzenddatum van de brief, na behandeling in de {onderraad} ({datumOnderraad}) en MR ({datumMr}), is {beoogdeVerzending}.",
      },
    ],
  },
  {
    id: "toelichting",
    headingLevel: 2,
    body: [{ kind: "body", text: "[Licht de stukken hier toe, met een kopje per onderwerp.]" }],
  },
  {
    id: "demissionair",
    headingLevel: 3,
    params: [
      { name: "datumDemissionair", label: "Datum demissionair", type: "date", required: true, dateStyle: "long" },
      {
        name: "medeMinisterie",
        label: "Mede-indienend ministerie",
        type: "text",
        required: true,
        default: "Infrastructuur en Waterstaat (IenW)",
      },
      { name: "medeMinisterieAfkorting", label: "Afkorting mede-indienend ministerie", type: "text", default: "IenW" },
      {
        name: "ondertekenaarOnduidelijk",
        label: "Nog onduidelijk welke bewindspersoon medeondertekent",
        type: "boolean",
        default: "false",
      },
    ],
    body: [
      {
        kind: "bullet",
        text: "Het kabinet is per {datumDemissionair} demissionair. Dit betekent dat kritisch bezien moet worden welke stukken nog aan de Kamer worden toegezonden.",
      },
      {
        kind: "bullet",
        text: "De brief is in nauw contact met het ministerie van {medeMinisterie}, tevens mede-indiener, opgesteld en afgestemd.",
      },
      {
        kind: "bullet",
        when: "ondertekenaarOnduidelijk",
        text: "Voor ondertekening is, gelet op de ontstane situatie, nog niet duidelijk welke bewindspersoon zal tekenen voor het ministerie van {medeMinisterieAfkorting}.",
      },
    ],
  },
  {
    id: "ambtelijke-afstemming",
    headingLevel: 3,
    params: [{ name: "datumAcke", label: "Datum ACKE", type: "date", required: true, dateStyle: "weekday" }],
    body: [
      {
        kind: "bullet",
        text: "De Kamerbrief is op {datumAcke} in de ACKE behandeld. [Vat de opmerkingen uit de ACKE samen en hoe ze zijn verwerkt.]",
      },
      {
        kind: "bullet",
        text: "In overleg met het ministerie van Financiën (IRF) is een aantal tekstuele wijzigingen doorgevoerd, die verduidelijken dat vanuit de brief geen budgettaire consequenties voortvloeien.",
      },
    ],
  },
  {
    id: "financieel",
    headingLevel: 3,
    body: [
      {
        kind: "body",
        text: "[Beschrijf de financiële gevolgen, of schrijf bijvoorbeeld: Het instemmen met de bijgevoegde Kamerbrief kent geen financiële consequenties.]",
      },
    ],
  },
  {
    id: "niet-openbaar",
    headingLevel: 2,
    body: [
      {
        kind: "body",
        text: "[Geef aan welke informatie niet openbaar gemaakt kan worden en op grond waarvan (Wet open overheid), of schrijf: Niet van toepassing.]",
      },
    ],
  },
];

export const blockCatalogue: readonly BlockDefinition[] = parseBlockCatalogue(BLOCK_DATA);
