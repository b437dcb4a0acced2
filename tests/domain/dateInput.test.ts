import fc from "fast-check";
import { parseDateInput } from "../../src/domain/dateInput";
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
    // 23 June is a Monday in 2025, not in 2024: the weekday picks the year.
    ["maandag 23 juni", "2025-06-23", 2024],
    ["29 februari", null],
    ["maandag 32 juni", null],
  ])("reads %j without a year as %s, given the reference year", (input, iso, year = 2025) => {
    expect(parseDateInput(input, year)).toBe(iso);
  });

  it("does not guess a year without a reference year", () => {
    expect(parseDateInput("17 juni")).toBeNull();
    expect(parseDateInput("17-6")).toBeNull();
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
