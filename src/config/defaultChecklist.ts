// The checklist that ships (issue 9), built from the review round of the users' example memo
// ("Ambtelijke afstemming (ACKE)" in ../shared/domain/voorbeeld-nota.*): what Finance (IRF) and the
// ACKE asked, as rules. Data in the checklist file format, validated at load like any user's file.
import type { CompiledChecklist } from "../domain/checklist";
import { loadChecklist } from "./checklist";
import { checklistProblemText } from "./checklistMessages";

export const DEFAULT_CHECKLIST_DATA: unknown = {
  version: 1,
  name: "Standaard ACKE/FIN-controle",
  items: [
    {
      id: "FIN-1",
      source: "FIN",
      severity: "error",
      comment: "Maak expliciet dat uit de brief geen budgettaire consequenties voortvloeien.",
      rule: {
        type: "mentions",
        anyOf: ["geen budgettaire consequenties", "geen budgettaire gevolg*"],
        section: "ambtelijke-afstemming",
      },
      examples: {
        pass: [
          "Uit de brief vloeien geen budgettaire gevolgen voort.",
          "Er is verduidelijkt dat vanuit de brief geen budgettaire consequenties voortvloeien.",
        ],
        fail: ["De brief kost geld.", "Er zijn budgettaire consequenties.", "Er is geen budget; de consequenties zijn groot."],
      },
    },
    {
      id: "FIN-2",
      source: "FIN",
      severity: "error",
      comment: "Geen toezeggingen over extra middelen.",
      rule: { type: "avoids", anyOf: ["extra middelen", "aanvullend budget", "extra budget"] },
      examples: {
        pass: ["Het bestaande maatwerkbudget is toereikend.", "Er komen geen extra's bij."],
        fail: ["Het kabinet stelt extra middelen beschikbaar.", "Er komt aanvullend budget.", "Er is EXTRA  budget."],
      },
    },
    {
      id: "ACKE-1",
      source: "ACKE",
      severity: "warning",
      comment:
        "Besteed aandacht aan de reductiedoelstellingen voor de industrie en het aandeel van de maatwerkbedrijven daarin, en aan de Klimaat- en Energieverkenning (KEV).",
      rule: {
        type: "mentions",
        allOf: ["reductiedoelstelling*", "maatwerkbedrij*"],
        anyOf: ["KEV", "Klimaat en Energieverkenning", "Klimaat- en Energieverkenning", "Klimaat- en Energieverkenningen"],
      },
      examples: {
        pass: [
          "De reductiedoelstellingen voor de industrie en het aandeel van de maatwerkbedrijven daarin worden in de KEV zichtbaar.",
          "De reductiedoelstelling en het aandeel van elk maatwerkbedrijf volgen uit de Klimaat- en Energieverkenning.",
        ],
        fail: ["De reductiedoelstellingen worden in de KEV zichtbaar.", "Het aandeel van de maatwerkbedrijven in de reductiedoelstellingen."],
      },
    },
    {
      id: "ACKE-2",
      source: "ACKE",
      severity: "warning",
      comment: "Deel de conceptbrief en de conceptbijlage (ambtelijk) met de provincies en de clusterregisseurs.",
      rule: { type: "mentions", allOf: ["provincie*", "clusterregisseur*"] },
      examples: {
        pass: ["De conceptbrief is ambtelijk gedeeld met de provincies en clusterregisseurs."],
        fail: ["De conceptbrief is gedeeld met de provincies."],
      },
    },
    {
      id: "ACKE-3",
      source: "ACKE",
      severity: "warning",
      comment: "Zijn de teksten over de individuele bedrijven aan die bedrijven voorgelegd?",
      rule: { type: "manual" },
    },
    {
      id: "ACKE-4",
      source: "ACKE",
      severity: "warning",
      comment: "Neem een paragraaf op over de demissionaire status van het kabinet.",
      rule: { type: "section", section: "demissionair" },
    },
  ],
};

function loadDefault(): CompiledChecklist {
  const load = loadChecklist(DEFAULT_CHECKLIST_DATA);
  if (!load.ok) throw new Error(`Invalid default checklist:\n- ${load.problems.map(checklistProblemText).join("\n- ")}`);
  return load.checklist;
}

/** The default checklist, compiled; a mistake in its data fails at load, naming every problem. */
export const defaultChecklist: CompiledChecklist = loadDefault();
