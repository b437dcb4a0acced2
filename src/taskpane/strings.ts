// Every text the task pane shows, in Dutch, in one place. Quotation marks are the typographic ones
// Dutch uses (‘…’), written by `q`.
const q = (text: string) => `‘${text}’`;

/** "6-6-2025" with non-breaking hyphens, so an example date never breaks over two lines. */
const unbroken = (date: string) => date.replace(/-/g, "\u2011");

/** "a", "a en b", "a, b en c". */
const listing = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}`;

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
    "De Nota-assistent heeft Word 2019 of nieuwer nodig. Werk Office bij of gebruik Word op het web.",
  tabsLabel: "Onderdelen van de Nota-assistent",
  tabBlokken: "Blokken",
  help: "Uitleg",
  helpLabel: "Uitleg bij de Nota-assistent (opent in een nieuw venster)",
  technicalDetails: "Technische details",
  technicalDetailsHint: "Blijft het misgaan? Geef dan deze gegevens door aan de servicedesk:",

  blokken: {
    intro: "De vaste onderdelen van een beslisnota, in de volgorde van de nota.",
    reading: "Document wordt gelezen…",
    refresh: "Opnieuw lezen",
    listLabel: "Blokken van de nota",
    stateBlock: "In document",
    stateHeading: "Als kop aanwezig",
    stateLine: "Als regel aanwezig",
    stateAbsent: "Ontbreekt",
    open: (title: string) => `${title} invullen en invoegen`,
    openShort: "Invoegen…",
    close: "Sluiten",
    closeLabel: (title: string) => `Formulier van ${title} sluiten`,
    goTo: "Ga naar",
    goToLabel: (title: string) => `Ga naar ${title}`,
    goingTo: (title: string) => `${q(title)} wordt opgezocht…`,
    goToVanished: (title: string) => `${q(title)} staat niet meer in het document.`,
    goToVanishedBody: "De Nota-assistent heeft het document opnieuw gelezen; de lijst hierboven klopt weer.",
    formLabel: (title: string) => `Gegevens voor ${title}`,
    noParams: "Voor dit blok hoeft u niets in te vullen.",
    position: "Plaats",
    positionOrder: "Op de vaste plek in de nota",
    positionCursor: "Na de alinea met de cursor",
    /** `line`: the block is a line ("Met akkoord van …"), not a heading. */
    ownHeading: (title: string, line: boolean) => {
      const what = line ? "regel" : "kop";
      return `U hebt zelf al een ${what} ${q(title)} in het document gezet. Voegt u het blok in, dan komt er een tweede ${what} ${q(title)} met de standaardtekst bij. Uw eigen ${what} en de tekst eronder blijven staan zoals ze zijn; haal daarna zelf weg wat dubbel is.`;
    },
    ownHeadingUnanswered: "Zet het vinkje als u het blok toch wilt invoegen, of sluit het formulier.",
    ownHeadingConfirm: (line: boolean) => `Ja, voeg het blok toe; mijn eigen ${line ? "regel" : "kop"} blijft staan`,
    placeholders: (labels: readonly string[]) =>
      `Nog leeg, dus als invulplek in de nota: ${listing(labels.map((label) => `[${label}]`))}. U kunt ${labels.length === 1 ? "dit" : "deze"} later invullen onder ${q("Gegevens in de nota")}.`,
    insert: "Invoegen",
    inserting: (title: string) => `${q(title)} wordt ingevoegd…`,
    inserted: (title: string) => `${q(title)} is ingevoegd.`,
    insertedBody: "Niet goed? Maak het ongedaan in Word met Ctrl+Z (Mac: Cmd+Z).",
    rereadFailed: `Het document kon daarna niet opnieuw worden gelezen; kies ${q("Opnieuw lezen")} voordat u verdergaat.`,
    targetMoved: (title: string) => `Het document is veranderd waar ${q(title)} moest komen; er is niets ingevoegd.`,
    targetMovedBody: `De Nota-assistent heeft het document opnieuw gelezen. Kijk in de lijst of het blok nog nodig is en kies opnieuw ${q("Invoegen")}.`,
    required: (label: string) => `${label} is verplicht: vul een waarde in.`,
    dateHint: (numeric: string, written: string) => `Bijvoorbeeld ${unbroken(numeric)} of ${written}.`,
    datePreview: (dutch: string) => `In de tekst: ${dutch}`,
    dateInvalid: (label: string, value: string, example: string) =>
      `${label}: ${q(value)} is geen bestaande datum. Typ bijvoorbeeld ${unbroken(example)}.`,
    dateWeekday: (label: string, date: string, weekday: string) =>
      `${label}: ${date} valt op een ${weekday}. Verbeter de dag of de datum.`,
    plainTextUnseen: "Deze versie van Word kan de ingevulde gegevens in de blokken niet tonen",
    plainTextUnseenBody:
      "Open de nota in Word voor Microsoft 365 of in Word op het web om ze hier te zien en overal tegelijk aan te passen. In deze Word wijzigt u datums en namen in de tekst zelf.",
  },

  parameters: {
    title: "Gegevens in de nota",
    intro: "Een datum of naam die u hier wijzigt, past de Nota-assistent overal in de nota aan; de rest van de tekst blijft zoals hij is.",
    /** `example`: the title of a block with fields that is still missing from the nota, if any. */
    none: (example?: string) =>
      `Er staan nog geen ingevulde gegevens in de nota. Die komen erin met een blok${example === undefined ? "" : `, zoals ${q(example)}`}.`,
    update: "Overal aanpassen",
    updating: "Gegevens worden aangepast…",
    updated: (labels: readonly string[], places: number) =>
      `${listing(labels)} aangepast op ${places} ${places === 1 ? "plek" : "plekken"}.`,
    nothingChanged: "U hebt niets gewijzigd.",
    vanished: (labels: readonly string[]) =>
      `${listing(labels)} ${labels.length === 1 ? "staat" : "staan"} niet meer in de nota; er is niets aangepast. De Nota-assistent heeft de nota opnieuw gelezen.`,
  },

  wordErrors: {
    "read-failed": {
      title: "Het document kon niet worden gelezen",
      body: `Sluit een eventueel geopend dialoogvenster in Word en kies ${q("Opnieuw lezen")}.`,
    },
    "document-changed": {
      title: "Het document is veranderd sinds het werd gelezen; er is niets ingevoegd",
      body: `De Nota-assistent heeft het document opnieuw gelezen. Kies nogmaals ${q("Invoegen")}.`,
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
      title: "Word heeft het aanpassen geweigerd; het document is niet gewijzigd",
      body: "Probeer het opnieuw. Staat een datum of naam in een beveiligd gebied, maak dat dan eerst vrij.",
    },
    "update-incomplete": {
      title: "De gegevens zijn maar gedeeltelijk aangepast",
      body: `Maak de wijziging ongedaan met Ctrl+Z (op de Mac Cmd+Z), kies ${q("Opnieuw lezen")} en probeer het opnieuw.`,
    },
    "select-failed": {
      title: "Het blok kon niet worden geselecteerd",
      body: `Kies ${q("Opnieuw lezen")} en probeer het opnieuw.`,
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
      body: `Mogelijk werkte iemand anders tegelijk in het document. Kies ${q("Opnieuw lezen")} en controleer of uw wijziging er staat.`,
    },
    unexpected: {
      title: "Er ging iets mis in de Nota-assistent",
      body: "Probeer het opnieuw. Blijft het misgaan, sla het document dan op en open het opnieuw.",
    },
    unexpectedUnchanged: {
      title: "Er ging iets mis in de Nota-assistent; het document is niet gewijzigd",
      body: "Probeer het opnieuw. Blijft het misgaan, sla het document dan op en open het opnieuw.",
    },
  },
} as const;
