import fc from "fast-check";
import { exampleDate, notaYear, parseDateInput, readDateInput } from "../../src/domain/dateInput";
import { formatDutchDate } from "../../src/domain/dutchDates";

describe("dates typed by a drafter", () => {
  it.each([
    ["2025-06-03", "2025-06-03"],
    ["3-6-2025", "2025-06-03"],
    ["03/06/2025", "2025-06-03"],
    ["3.6.2025", "2025-06-03"],
    ["3 juni 2025", "2025-06-03"],
    [" 23 Juni 2025 ", "2025-06-23"],
    ["maandag 23 juni 2025", "2025-06-23"],
    ["17 okt 2024", "2024-10-17"],
    ["29-2-2024", "2024-02-29"],
    ["vrijdag 20-6-2025", "2025-06-20"],
    ["6\u20116\u20112025", "2025-06-06"],
  ])("reads %j as %s", (input, iso) => {
    expect(parseDateInput(input)).toBe(iso);
  });

  it.each(["", "30-2-2025", "2025-02-30", "3 juno 2025", "6/3", "juni 2025", "32-1-2025", "morgen"])(
    "rejects %j",
    (input) => {
      expect(parseDateInput(input)).toBeNull();
    },
  );

  it.each([
    ["17 juni", "2025-06-17"],
    ["17-6", "2025-06-17"],
    ["maandag 2 juni", "2025-06-02"],
    ["maandag 23 juni", "2025-06-23"],
    // The nota's year decides; a weekday that does not fit it is a typing error, not another year.
    ["maandag 23 juni", null, 2024],
    ["3-6-25", "2025-06-03"],
    ["3/6/25", "2025-06-03"],
    // A two-digit year is the nearest year with those digits, not always this century.
    ["3-6-99", "1999-06-03"],
    ["3-6-99", "2099-06-03", 2075],
    ["3-6-26", "2026-06-03"],
    ["3-6-75", "1975-06-03"],
    // Abbreviated weekdays and months, with or without a dot, as drafters write them.
    ["ma 2 juni 2025", "2025-06-02"],
    ["di 3 juni", "2025-06-03"],
    ["di. 3 juni", "2025-06-03"],
    ["wo 4-6", "2025-06-04"],
    ["do 5 jun", "2025-06-05"],
    ["vr. 6 jun. 2025", "2025-06-06"],
    ["za 7 juni", "2025-06-07"],
    ["zo 8 juni", "2025-06-08"],
    ["2 jun.", "2025-06-02"],
    ["29 februari", null],
    ["maandag 32 juni", null],
  ])("reads %j without a year as %s, given the reference year", (input, iso, year = 2025) => {
    expect(parseDateInput(input, year)).toBe(iso);
  });

  it("names the weekday a date really falls on when another was typed", () => {
    expect(readDateInput("dinsdag 20 juni 2025")).toEqual({ ok: false, problem: "wrong-weekday", iso: "2025-06-20", weekday: "vrijdag" });
    expect(readDateInput("maandag 20-6", 2025)).toEqual({ ok: false, problem: "wrong-weekday", iso: "2025-06-20", weekday: "vrijdag" });
    expect(readDateInput("vrijdag 20 juni", 2025)).toEqual({ ok: true, iso: "2025-06-20" });
    expect(readDateInput("di 20 juni", 2025)).toEqual({ ok: false, problem: "wrong-weekday", iso: "2025-06-20", weekday: "vrijdag" });
    expect(readDateInput("ma. 20-6-25", 2025)).toEqual({ ok: false, problem: "wrong-weekday", iso: "2025-06-20", weekday: "vrijdag" });
    expect(readDateInput("dinsdag 31 juni 2025")).toEqual({ ok: false, problem: "not-a-date" });
  });

  it("takes the nota's year from the first full date in its text", () => {
    expect(notaYear(["Beslisnota", "Datum 4 juni 2025", "MR van 20 juni", "Eerder: 3-6-2024"])).toBe(2025);
    expect(notaYear(["Kenmerk IENW/BSK-2024/123", "op 12-3-2024 besproken"])).toBe(2024);
    expect(notaYear(["MR van 20 juni", "in de week van 23-27 juni"])).toBeNull();
    expect(notaYear(["31 juni 2025 bestaat niet", "1 juli 2026"])).toBe(2026);
  });

  it("gives examples that are true: on the weekday asked for", () => {
    expect(exampleDate(2025)).toBe("2025-06-03");
    expect(exampleDate(2025, 5)).toBe("2025-06-06");
    expect(exampleDate(2026, 5)).toBe("2026-06-05");
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 0, max: 6 }), (year, weekday) => {
        const iso = exampleDate(year, weekday);
        expect(new Date(`${iso}T00:00:00Z`).getUTCDay()).toBe(weekday);
        expect(iso.startsWith(`${year}-06-`)).toBe(true);
      }),
    );
  });

  it("does not guess a year without a reference year", () => {
    expect(parseDateInput("17 juni")).toBeNull();
    expect(parseDateInput("17-6")).toBeNull();
    expect(parseDateInput("3-6-25")).toBeNull();
  });

  it("reads back every date it writes the Dutch way", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01"), max: new Date("2199-12-31"), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(parseDateInput(formatDutchDate(iso, "long"))).toBe(iso);
        expect(parseDateInput(formatDutchDate(iso, "weekday-long"))).toBe(iso);
        expect(parseDateInput(formatDutchDate(iso, "weekday"), date.getUTCFullYear())).toBe(iso);
      }),
    );
  });
});
