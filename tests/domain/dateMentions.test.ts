import fc from "fast-check";
import { findDateMentions, mentionDays, weekdayMismatch, WEEKDAY_NAMES, type DateMention } from "../../src/domain/dateMentions";
import { formatDutchDate } from "../../src/domain/dutchDates";

/** The one mention in `text`: its quoted text and the days it stands for in 2025. */
function read(text: string, year: number | null = 2025) {
  const mentions = findDateMentions(text);
  expect(mentions).toHaveLength(1);
  const [mention] = mentions;
  expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  return { text: mention.text, days: mentionDays(mention, year), kind: mention.kind };
}

describe("findDateMentions", () => {
  it.each([
    ["RFL (17 juni)", "17 juni", "2025-06-17", "2025-06-17", "day"],
    ["per 3 juni 2025 demissionair", "3 juni 2025", "2025-06-03", "2025-06-03", "day"],
    ["op maandag 23 juni", "maandag 23 juni", "2025-06-23", "2025-06-23", "day"],
    ["ma 2 jun. in de ACKE", "ma 2 jun.", "2025-06-02", "2025-06-02", "day"],
    ["Maandag, 2 Juni", "Maandag, 2 Juni", "2025-06-02", "2025-06-02", "day"],
    ["vr 20 jun in de MR", "vr 20 jun", "2025-06-20", "2025-06-20", "day"],
    ["op 3 sept. 2025", "3 sept. 2025", "2025-09-03", "2025-09-03", "day"],
    ["17 okt", "17 okt", "2025-10-17", "2025-10-17", "day"],
    ["1 mrt", "1 mrt", "2025-03-01", "2025-03-01", "day"],
    ["in de week van 23-27 juni", "23-27 juni", "2025-06-23", "2025-06-27", "range"],
    ["23–27 juni", "23–27 juni", "2025-06-23", "2025-06-27", "range"],
    ["23 t/m 27 juni", "23 t/m 27 juni", "2025-06-23", "2025-06-27", "range"],
    ["23 tot en met 27 juni", "23 tot en met 27 juni", "2025-06-23", "2025-06-27", "range"],
    ["maandag 23 t/m vrijdag 27 juni", "maandag 23 t/m vrijdag 27 juni", "2025-06-23", "2025-06-27", "range"],
    ["30 juni t/m 4 juli", "30 juni t/m 4 juli", "2025-06-30", "2025-07-04", "range"],
    ["29 dec t/m 2 jan 2026", "29 dec t/m 2 jan 2026", "2025-12-29", "2026-01-02", "range"],
    ["verzending in week 26", "week 26", "2025-06-23", "2025-06-29", "week"],
    ["week 1 2026", "week 1 2026", "2025-12-29", "2026-01-04", "week"],
  ])("reads %j as %j", (text, quoted, from, to, kind) => {
    expect(read(text)).toEqual({ text: quoted, days: { from, to }, kind });
  });

  it("keeps a sentence's full stop out of the date, and an abbreviation's dot in it", () => {
    expect(findDateMentions("De MR is op 20 juni.").map((m) => m.text)).toEqual(["20 juni"]);
    expect(findDateMentions("De ACKE is op 2 jun. Daarna de RFL.").map((m) => m.text)).toEqual(["2 jun."]);
  });

  it("finds every date in a sentence, in order, with offsets into the text", () => {
    const text = "na behandeling in de RFL (17 juni) en MR (20 juni) is in de week van 23-27 juni, op maandag 23 juni";
    expect(findDateMentions(text).map((m) => [m.start, m.text])).toEqual([
      [26, "17 juni"],
      [42, "20 juni"],
      [69, "23-27 juni"],
      [84, "maandag 23 juni"],
    ]);
  });

  it.each(["31 juni", "0 mei", "32 januari", "29 februari 2025", "27-23 juni", "week 54", "week 0", "juni", "17 junior", "2025", "de 17e juni", "thema 2 juni"])(
    "does not read %j as a date, and does not throw",
    (text) => {
      const found = findDateMentions(text);
      if (text === "thema 2 juni") expect(found.map((m) => m.text)).toEqual(["2 juni"]);
      else expect(found).toEqual([]);
    },
  );

  it("reads 29 februari without a year, but not as a day of a year that lacks it", () => {
    const [mention] = findDateMentions("29 februari");
    expect(mentionDays(mention, 2024)).toEqual({ from: "2024-02-29", to: "2024-02-29" });
    expect(mentionDays(mention, 2025)).toBeNull();
  });

  it("needs a year for a date written without one", () => {
    expect(read("17 juni", null).days).toBeNull();
    expect(read("3 juni 2025", null).days).toEqual({ from: "2025-06-03", to: "2025-06-03" });
  });
});

describe("weekdayMismatch", () => {
  const first = (text: string): DateMention => findDateMentions(text)[0];

  it("reports a weekday that is not the date's, and the true one", () => {
    expect(weekdayMismatch(first("dinsdag 2 juni"), 2025)).toEqual({ written: 2, actual: 1, date: "2025-06-02" });
    expect(weekdayMismatch(first("di 2 jun."), 2025)).toEqual({ written: 2, actual: 1, date: "2025-06-02" });
  });

  it("checks the weekdays of a range against its first and last day", () => {
    expect(weekdayMismatch(first("maandag 23 t/m 27 juni"), 2025)).toBeNull();
    expect(weekdayMismatch(first("maandag 23 t/m vrijdag 27 juni"), 2025)).toBeNull();
    expect(weekdayMismatch(first("dinsdag 23 t/m 27 juni"), 2025)).toEqual({ written: 2, actual: 1, date: "2025-06-23" });
    expect(weekdayMismatch(first("ma 23 t/m do 27 juni"), 2025)).toEqual({ written: 4, actual: 5, date: "2025-06-27" });
  });

  it("says nothing without a weekday or without a year", () => {
    expect(weekdayMismatch(first("2 juni"), 2025)).toBeNull();
    expect(weekdayMismatch(first("dinsdag 2 juni"), null)).toBeNull();
    expect(weekdayMismatch(first("dinsdag 2 juni 2026"), null)).toBeNull();
  });
});

describe("properties", () => {
  const dates = fc
    .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it("recognises every date formatted the Dutch way, in running text, with or without a written year", () => {
    fc.assert(
      fc.property(dates, fc.constantFrom("long", "short", "weekday", "weekday-long"), (iso, style) => {
        const written = formatDutchDate(iso, style as "long");
        const text = `De brief gaat op ${written} naar de MR.`;
        const mentions = findDateMentions(text);
        return (
          mentions.length === 1 &&
          mentions[0].text === written &&
          text.slice(mentions[0].start, mentions[0].end) === written &&
          JSON.stringify(mentionDays(mentions[0], Number(iso.slice(0, 4)))) === JSON.stringify({ from: iso, to: iso }) &&
          weekdayMismatch(mentions[0], Number(iso.slice(0, 4))) === null
        );
      }),
    );
  });

  it("accepts exactly the true weekday of every date, for every weekday written with it", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 6 }), (iso, weekday) => {
        const [year, month, day] = iso.split("-").map(Number);
        const actual = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
        const [mention] = findDateMentions(`${WEEKDAY_NAMES[weekday]} ${formatDutchDate(iso, "short")}`);
        const mismatch = weekdayMismatch(mention, year);
        return weekday === actual ? mismatch === null : mismatch !== null && mismatch.written === weekday && mismatch.actual === actual;
      }),
    );
  });

  it("never throws and returns mentions that are slices of the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789 -–/.,tmjunimaandagweektotenmet") }), (text) => {
        return findDateMentions(text).every((m) => text.slice(m.start, m.end) === m.text && m.end > m.start);
      }),
    );
  });
});
