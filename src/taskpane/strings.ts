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

  blokken: {
    intro: "De vaste onderdelen van een beslisnota, in de volgorde van de nota.",
    reading: "Document wordt gelezen…",
    refresh: "Opnieuw lezen",
    listLabel: "Blokken van de nota",
    stateBlock: "In document",
    stateHeading: "Als kop aanwezig",
    stateAbsent: "Ontbreekt",
    open: (title: string) => `${title} invullen en invoegen`,
    openShort: "Invoegen…",
    close: "Sluiten",
    goTo: "Ga naar",
    goToLabel: (title: string) => `Ga naar ${title}`,
    goToMissing: (title: string) => `Het blok '${title}' staat niet (meer) in het document.`,
    goToChanged: (title: string) =>
      `Het document is veranderd sinds het werd gelezen. De Nota-assistent heeft het opnieuw gelezen; kies nogmaals 'Ga naar' bij '${title}'.`,
    formLabel: (title: string) => `Parameters voor ${title}`,
    noParams: "Dit blok heeft geen parameters.",
    required: "verplicht",
    position: "Plaats",
    positionOrder: "Op de vaste plek in de nota",
    positionCursor: "Bij de cursor",
    headingPresent: (title: string) =>
      `Het document heeft al een kop '${title}' (niet door de Nota-assistent ingevoegd). Wilt u het blok toch invoegen?`,
    confirmDuplicate: "Ja, toch invoegen",
    insert: "Invoegen",
    inserting: (title: string) => `'${title}' wordt ingevoegd…`,
    inserted: (title: string) => `'${title}' is ingevoegd.`,
    rereadFailed: "Het document kon daarna niet opnieuw worden gelezen; kies 'Opnieuw lezen' voordat u verdergaat.",
    dateHint: (example: string) => `Bijvoorbeeld ${example}.`,
    datePreview: (dutch: string) => `In de tekst: ${dutch}`,
    dateInvalid: (label: string, value: string) =>
      `${label}: '${value}' is geen bestaande datum. Typ bijvoorbeeld 3-6-2025 of 3 juni 2025.`,
  },

  parameters: {
    title: "Parameters in het document",
    intro: "Een wijziging hier past elke plek in het document aan waar de parameter staat; de rest van de tekst blijft ongemoeid.",
    none: "Er staan nog geen parameters in het document. Voeg eerst een blok in.",
    update: "Bijwerken in document",
    updating: "Parameters worden bijgewerkt…",
    updated: (params: number, places: number) =>
      `${params} ${params === 1 ? "parameter" : "parameters"} bijgewerkt op ${places} ${places === 1 ? "plaats" : "plaatsen"}.`,
    nothingChanged: "Er is niets gewijzigd.",
    required: (label: string) => `${label} is verplicht: vul een waarde in.`,
  },

  wordErrors: {
    "read-failed": {
      title: "Het document kon niet worden gelezen",
      body: "Sluit een eventueel geopend dialoogvenster in Word en kies 'Opnieuw lezen'.",
    },
    "document-changed": {
      title: "Het document is veranderd sinds het werd gelezen; er is niets ingevoegd",
      body: "De Nota-assistent heeft het document opnieuw gelezen. Kies nogmaals 'Invoegen'.",
    },
    "insert-rejected": {
      title: "Word heeft het invoegen geweigerd; het document is niet gewijzigd",
      body: "Probeer het opnieuw. Voegt u in bij de cursor, zet die dan buiten een kop- of voettekst, tekstvak of beveiligd gebied.",
    },
    "insert-incomplete": {
      title: "Het blok is maar gedeeltelijk ingevoegd",
      body: "Maak de invoeging ongedaan met Ctrl+Z (op de Mac Cmd+Z) en probeer het opnieuw.",
    },
    "update-failed": {
      title: "Word heeft het bijwerken geweigerd; het document is niet gewijzigd",
      body: "Probeer het opnieuw. Staat een parameter in een beveiligd gebied, maak dat dan eerst vrij.",
    },
    "update-incomplete": {
      title: "De parameters zijn maar gedeeltelijk bijgewerkt",
      body: "Maak de wijziging ongedaan met Ctrl+Z (op de Mac Cmd+Z), kies 'Opnieuw lezen' en probeer het opnieuw.",
    },
    "select-failed": {
      title: "Het blok kon niet worden geselecteerd",
      body: "Kies 'Opnieuw lezen' en probeer het opnieuw.",
    },
    "comments-unavailable": {
      title: "Deze versie van Word kan geen opmerkingen plaatsen voor de Nota-assistent",
      body: "Gebruik Word voor Microsoft 365 of Word op het web, of plaats de opmerking zelf.",
    },
    "comment-failed": {
      title: "Word heeft de opmerking geweigerd; er is niets toegevoegd",
      body: "Probeer het opnieuw. Is het document alleen-lezen of beveiligd, maak het dan eerst bewerkbaar.",
    },
    "state-unavailable": {
      title: "Deze versie van Word kan de gegevens van de Nota-assistent niet in het document bewaren",
      body: "Gebruik Word voor Microsoft 365 of Word op het web om deze gegevens op te slaan.",
    },
    "state-unreadable": {
      title: "De opgeslagen gegevens van de Nota-assistent in dit document zijn onleesbaar; er is niets opgeslagen",
      body: "De gegevens blijven bewaard zoals ze zijn. Neem contact op met de servicedesk en stuur het document mee.",
    },
    "state-write-failed": {
      title: "Word heeft het opslaan geweigerd; er is niets gewijzigd",
      body: "Probeer het opnieuw. Is het document alleen-lezen, sla het dan eerst op onder een andere naam.",
    },
    "state-not-confirmed": {
      title: "Opslaan kon niet worden bevestigd",
      body: "Mogelijk werkte iemand anders tegelijk in het document. Kies 'Opnieuw lezen' en controleer of uw wijziging er staat.",
    },
    unknown: {
      title: "Er ging iets mis in Word",
      body: "Probeer het opnieuw. Blijft het misgaan, sla het document dan op en open het opnieuw.",
    },
  },
} as const;
