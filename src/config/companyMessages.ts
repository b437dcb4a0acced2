// The Dutch texts of the company findings (issue 11; codes in src/domain/companyParagraphs.ts).
import type { CompanyMessageData } from "../domain/companyParagraphs";
import { formatDutchDate, parseIsoDate } from "../domain/dutchDates";
import type { MessageTexts } from "./findingMessages";

function dutchDate(iso: string): string {
  return parseIsoDate(iso) ? formatDutchDate(iso) : iso;
}

export const companyMessages: MessageTexts<CompanyMessageData> = {
  "company-current": ({ name }) => `De stand van zaken van ${name} is actueel.`,
  "company-out-of-date": ({ name, updated }) => `De stand van zaken van ${name} is verouderd: de gegevens zijn bijgewerkt op ${dutchDate(updated)}.`,
  "company-edited": ({ name, outOfDate }) =>
    outOfDate
      ? `De tekst over ${name} is met de hand aangepast en de gegevens zijn intussen gewijzigd: vergelijk de tekst met de nieuwe gegevens.`
      : `De tekst over ${name} is met de hand aangepast sinds het invoegen: controleer of dat zo moet blijven.`,
  "company-no-fingerprint": ({ name }) => `Van de tekst over ${name} is niet bekend waarvan hij is gemaakt: controleer hem tegen de bedrijvenlijst.`,
  "company-not-in-list": ({ id }) => `Het bedrijf '${id}' staat niet in de bedrijvenlijst: controleer de tekst met de hand.`,
  "company-not-submitted": ({ name }) => `De tekst over ${name} is nog niet voorgelegd aan het bedrijf.`,
};
