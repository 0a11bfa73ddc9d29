import { describe, expect, it } from "vitest";
import { draftsFrom, localizedTextOf, translatedCount } from "./localized-text/localized-text.ts";
import { type Place, placeForAddress, placeQuery, roundCoordinate } from "./map-picker/place.ts";
import { checkDay, copyMondayToWeekdays, daysFrom, openingHoursOf } from "./opening-hours/opening-hours.ts";

// The fields' value rules as plain functions (the components' behaviour is tested in Chromium).

describe("opening hours", () => {
  it("round-trips a week, sorted by day and opening time", () => {
    const value = [
      { day: 3, opens: "13:00", closes: "16:00" },
      { day: 1, opens: "09:00", closes: "12:00" },
      { day: 3, opens: "08:00", closes: "12:00" },
    ];
    const days = daysFrom(value);
    expect(days.map((d) => d.open)).toEqual([true, false, true, false, false, false, false]);
    expect(openingHoursOf(days)).toEqual([value[1], value[2], value[0]]);
  });

  it("leaves closed days out but keeps incomplete periods for the server to name", () => {
    const days = daysFrom([{ day: 2, opens: "09:00", closes: "12:00" }]);
    days[1] = { open: false, periods: days[1]!.periods };
    days[4] = { open: true, periods: [{ opens: "10:00", closes: "" }] };
    expect(openingHoursOf(days)).toEqual([{ day: 5, opens: "10:00", closes: "" }]);
  });

  it("finds periods that close before they open, lack a time or overlap", () => {
    expect(
      checkDay({
        open: true,
        periods: [
          { opens: "09:00", closes: "12:00" },
          { opens: "11:00", closes: "14:00" },
          { opens: "15:00", closes: "15:00" },
          { opens: "16:00", closes: "" },
          { opens: "", closes: "" },
          { opens: "12:00", closes: "13:00" },
        ],
      }),
    ).toEqual([null, "overlap", "order", "incomplete", null, null]);
    expect(checkDay({ open: false, periods: [{ opens: "12:00", closes: "09:00" }] })).toEqual([null]);
  });

  it("copies Monday to Tuesday–Friday as separate copies", () => {
    const days = copyMondayToWeekdays(daysFrom([{ day: 1, opens: "08:00", closes: "12:00" }]));
    expect(openingHoursOf(days).map((h) => h.day)).toEqual([1, 2, 3, 4, 5]);
    days[1]!.periods[0]!.opens = "07:00";
    expect(days[0]!.periods[0]!.opens).toBe("08:00");
  });
});

describe("localized text", () => {
  it("leaves out languages without text and is null when empty and optional", () => {
    const drafts = { ...draftsFrom({ de: "Beratung", en: "Counselling" }), ar: "  ", tr: "Danışmanlık" };
    expect(localizedTextOf(drafts, false)).toEqual({ de: "Beratung", en: "Counselling", tr: "Danışmanlık" });
    expect(translatedCount(drafts)).toBe(2);
    expect(localizedTextOf(draftsFrom(null), false)).toBeNull();
    expect(localizedTextOf(draftsFrom(null), true)).toEqual({ de: "" });
    expect(localizedTextOf({ ...draftsFrom(null), uk: "Текст" }, false)).toEqual({ de: "", uk: "Текст" });
  });
});

describe("place search", () => {
  it("asks the gazetteer for the postcode, else the town of an address", () => {
    expect(placeQuery("Markt 1, 99734 Nordhausen")).toBe("99734");
    expect(placeQuery("Bahnhofstraße 5, Sömmerda")).toBe("Sömmerda");
    expect(placeQuery(" 997")).toBe("997");
    expect(placeQuery("Bad Langensalza")).toBe("Bad Langensalza");
  });

  const place = (postcode: string, name: string): Place => ({
    postcode,
    name,
    lat: 51,
    lng: 11,
    district: { name: "" },
  });
  const gazetteer = [place("07749", "Jena"), place("99100", "Dachwig"), place("99100", "Gierstädt")];
  const asked: string[] = [];
  const search = async (text: string) => {
    asked.push(text);
    return gazetteer.filter((p) => p.postcode.startsWith(text) || p.name.startsWith(text));
  };
  const signal = new AbortController().signal;

  it("finds an address's place by postcode, preferring the town's name, else by the town", async () => {
    expect(await placeForAddress(search, { postcode: "99100", city: "Gierstädt" }, signal)).toEqual(
      gazetteer[2],
    );
    expect(await placeForAddress(search, { postcode: "99100" }, signal)).toEqual(gazetteer[1]);
    expect(await placeForAddress(search, { city: "Jena" }, signal)).toEqual(gazetteer[0]);
    expect(await placeForAddress(search, { street: "Markt 1" }, signal)).toBeNull();
    expect(await placeForAddress(search, { postcode: "12345" }, signal)).toBeNull();
    expect(asked).toEqual(["99100", "99100", "Jena", "12345"]);
  });

  it("rounds coordinates to 6 decimals", () => {
    expect(roundCoordinate(50.12345649)).toBe(50.123456);
  });
});
