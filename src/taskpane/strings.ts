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
  tabProcedure: "Parafen & procedure",
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
      "De blokken zijn gemaakt in een nieuwere Word (Microsoft 365 of Word op het web) of met het programma nota. Wijzig datums en namen daar, of in de tekst zelf.",
  },

  parameters: {
    title: "Gegevens in de nota",
    intro: "Een datum of naam die u hier wijzigt, past de Nota-assistent overal in de nota aan; de rest van de tekst blijft zoals hij is.",
    none: "Er staan nog geen ingevulde gegevens in de nota. Die komen erin met een blok, zoals Aanleiding.",
    update: "Overal aanpassen",
    updating: "Gegevens worden aangepast…",
    updated: (labels: readonly string[], places: number) =>
      `${listing(labels)} aangepast op ${places} ${places === 1 ? "plek" : "plekken"}.`,
    nothingChanged: "U hebt niets gewijzigd.",
    vanished: (labels: readonly string[]) =>
      `${listing(labels)} ${labels.length === 1 ? "staat" : "staan"} niet meer in de nota; er is niets aangepast. De Nota-assistent heeft de nota opnieuw gelezen.`,
  },

  procedure: {
    intro: "Wie moet meetekenen of akkoord geven, en wanneer de nota langs ACKE, onderraad en MR gaat.",
    notRead: "Het document is nog niet gelezen.",
    read: "Document lezen",
    cosignatoriesTitle: "Medeondertekenaars",
    cosignatoriesLabel: "Medeondertekenaars van de nota",
    noCosignatories: "Er staan nog geen medeondertekenaars in de nota. Voeg er hieronder een toe als dat nodig is.",
    roles: { akkoord: "akkoord op de nota", medeondertekening: "medeondertekening Kamerbrief" } as Record<string, string>,
    status: {
      "nog-vragen": "Nog vragen",
      gevraagd: "Gevraagd",
      akkoord: "Akkoord",
      getekend: "Getekend",
      afgewezen: "Afgewezen",
    } as Record<string, string>,
    statusLabel: "Status",
    inferredStatus: "Uit de tekst",
    statusSince: (date: string) => `sinds ${date}`,
    advance: (status: string) => `Zet op ${q(status)}`,
    advanceLabel: (title: string, status: string) => `Zet op ${q(status)}: ${title}`,
    edit: "Wijzigen…",
    editLabel: (title: string) => `Wijzigen: status, datum en notitie van de ${title}`,
    editFormLabel: (title: string) => `Status van de ${title}`,
    date: "Datum",
    dateHint: "Bijvoorbeeld 17-6-2025 of 17 juni 2025.",
    dateHintOptional: "Bijvoorbeeld 17-6-2025 of 17 juni 2025. Leeg: geen datum.",
    note: "Notitie",
    save: "Opslaan",
    cancel: "Annuleren",
    saving: "Wordt opgeslagen in het document…",
    saved: "Opgeslagen in het document.",
    dateInvalid: (value: string) => `${q(value)} is geen bestaande datum. Typ bijvoorbeeld 17-6-2025.`,
    dateWeekday: (date: string, weekday: string) => `${date} valt op een ${weekday}. Verbeter de dag of de datum.`,
    dateRequired: "Vul een datum in.",
    statusChanged: (title: string, status: string) => `De ${title} staat nu op ${q(status)}.`,
    addTitle: "Medeondertekenaar toevoegen",
    addOpen: "Medeondertekenaar toevoegen…",
    addSignatory: "Bewindspersoon",
    addChoose: "Kies een bewindspersoon",
    addRoles: "Nodig voor",
    add: "Toevoegen",
    addNoRole: "Kies minstens één: akkoord of medeondertekening.",
    addNoSignatory: "Kies eerst een bewindspersoon.",
    added: (title: string) => `De ${title} is toegevoegd met status ${q("Nog vragen")}.`,
    unclear: "Nog onduidelijk wie tekent (demissionair kabinet)",
    unclearSet: "Opgeslagen: nog onduidelijk wie tekent.",
    unclearCleared: "Opgeslagen: het is duidelijk wie tekent.",
    timelineTitle: "Procedure",
    timelineLabel: "Stappen van de procedure",
    noDate: "Nog geen datum",
    week: (from: string, to: string) => `week van ${from} t/m ${to}`,
    next: (label: string, days: number) =>
      days === 0 ? `Volgende stap: ${label}, vandaag.` : days === 1 ? `Volgende stap: ${label}, morgen.` : `Volgende stap: ${label}, over ${days} dagen.`,
    allPast: "Alle stappen van de procedure liggen achter u.",
    noSteps: "Er staan nog geen datums van de procedure in de nota.",
    nextBadge: "Volgende",
    pastBadge: "Geweest",
    daysTo: (days: number) => (days === 0 ? "vandaag" : days === 1 ? "morgen" : `over ${days} dagen`),
    editStepLabel: (label: string) => `Wijzigen: datum van ${label}`,
    stepFormLabel: (label: string) => `Datum van ${label}`,
    stepFrom: "Datum (of eerste dag van de week)",
    stepTo: "Tot en met (alleen bij een week)",
    stepToBeforeFrom: "De laatste dag ligt vóór de eerste.",
    stepSaved: (label: string, date: string) => `${label} staat nu op ${date}.`,
    eventTitle: "Gebeurtenis toevoegen",
    eventOpen: "Gebeurtenis toevoegen…",
    eventLabel: "Omschrijving",
    eventLabelHint: "Bijvoorbeeld JLoI-ondertekening Cosun.",
    eventLabelRequired: "Vul een omschrijving in.",
    eventAdded: (label: string) => `${q(label)} is toegevoegd aan de procedure.`,
    inferredTitle: "Nog niet opgeslagen",
    inferredBody:
      "Deze nota heeft nog geen opgeslagen medeondertekenaars of procedure. Wat hier staat, heeft de Nota-assistent uit de tekst gehaald.",
    storeInferred: "Opslaan in het document",
    storedInferred: "De gegevens uit de tekst zijn opgeslagen in het document.",
    unreadableTitle: "De opgeslagen gegevens van de Nota-assistent in dit document zijn onleesbaar",
    unreadableBody: "Wat hier staat, komt uit de tekst. Wijzigingen kunnen niet worden opgeslagen; neem contact op met de servicedesk.",
    findingsTitle: "Controles",
    findingsLabel: "Controles van medeondertekening en procedure",
    findingsAllPass: (count: number) => `Alle ${count} controles zijn in orde.`,
    findingsSummary: (fails: number, passes: number) =>
      `${fails} ${fails === 1 ? "punt vraagt" : "punten vragen"} aandacht; ${passes} ${passes === 1 ? "controle is" : "controles zijn"} in orde.`,
    findingsNone: "Er is niets te controleren: de nota noemt geen medeondertekenaars of datums van de procedure.",
    severity: { error: "Fout", warning: "Let op", info: "Info" } as Record<string, string>,
    goTo: "Ga naar",
    goToLabel: (text: string) => `Ga naar: ${text}`,
    goingTo: "De plek in de nota wordt opgezocht…",
    goToVanished: "Deze tekst staat niet meer op die plek in de nota.",
    goToVanishedBody: "De Nota-assistent heeft het document opnieuw gelezen; de controles hieronder kloppen weer.",
    insertTitle: "In de nota zetten",
    insertAkkoord: "Regel ‘Met akkoord van …’ invoegen",
    insertParafenroute: "Parafenroute invoegen",
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
