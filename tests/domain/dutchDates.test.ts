import fc from "fast-check";
import { formatDutchDate, parseIsoDate } from "../../src/domain/dutchDates";

describe("parseIsoDate", () => {
  it("reads an existing date", () => {
    expect(parseIsoDate("2025-06-03")).toEqual({ year: 2025, month: 6, day: 3 });
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each(["2025-02-30", "2025-02-29", "1900-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-06-00", "3 juni 2025", "2025-6-3", "", "2025-06-03T10:00"])(
    "rejects %j",
    (text) => {
      expect(parseIsoDate(text)).toBeNull();
    },
  );

  it("agrees with the calendar for every day of every month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        const date = new Date(Date.UTC(year, month - 1, day));
        const exists = date.getUTCMonth() === month - 1;
        return (parseIsoDate(iso) !== null) === exists;
      }),
    );
  });
});

describe("formatDutchDate", () => {
  it("writes dates the way the nota does", () => {
    expect(formatDutchDate("2025-06-03")).toBe("3 juni 2025");
    expect(formatDutchDate("2025-06-03", "long")).toBe("3 juni 2025");
    expect(formatDutchDate("2025-06-17", "short")).toBe("17 juni");
    expect(formatDutchDate("2025-06-23", "weekday")).toBe("maandag 23 juni");
    expect(formatDutchDate("2025-06-02", "weekday")).toBe("maandag 2 juni");
    expect(formatDutchDate("2025-06-20", "weekday-long")).toBe("vrijdag 20 juni 2025");
    expect(formatDutchDate({ year: 2024, month: 10, day: 17 })).toBe("17 oktober 2024");
  });

  it.each(["Pacific/Kiritimati", "Pacific/Pago_Pago"])("does not shift the day in time zone %s", (zone) => {
    const saved = process.env.TZ;
    process.env.TZ = zone;
    try {
      expect(formatDutchDate("2025-01-01")).toBe("1 januari 2025");
      expect(formatDutchDate("2025-12-31", "weekday-long")).toBe("woensdag 31 december 2025");
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it("refuses a date that does not exist", () => {
    expect(() => formatDutchDate("2025-02-30")).toThrow("'2025-02-30' is geen bestaande datum");
  });
});
