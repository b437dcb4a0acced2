// Every text the task pane shows, in Dutch, in one place.
export const strings = {
  appTitle: "Nota-assistent",
  loading: "Nota-assistent wordt geladen…",
  outsideWordTitle: "Open de Nota-assistent in Word",
  outsideWordBody:
    "Dit taakvenster werkt alleen in Microsoft Word. Open een beslisnota in Word (op het bureaublad of op het web) en start de Nota-assistent via Start › Nota-assistent.",
  officeUnavailableBody:
    "Office kon niet worden geladen. Controleer de netwerkverbinding en open de Nota-assistent opnieuw vanuit Word.",
  unsupportedWordTitle: "Deze versie van Word wordt niet ondersteund",
  unsupportedWordBody:
    "De Nota-assistent heeft Word 2019 of nieuwer nodig (WordApi 1.3). Werk Office bij of gebruik Word op het web.",
  tabsLabel: "Onderdelen van de Nota-assistent",
  tabBlokken: "Blokken",
} as const;
