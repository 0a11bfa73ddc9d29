import { beforeAll, describe, expect, it } from "vitest";
import { type Component, parseComponents, properties, property, textValue } from "./support/content-lines.ts";
import { useTestApp } from "./support/test-app.ts";

const { ctx, ok } = useTestApp();

const get = (path: string, init: RequestInit = {}) => ctx.yoga.fetch(`http://localhost${path}`, init);

const DAY = 86_400_000;
const PARTNER = 'Jugendmigrationsdienst "Nord", Erfurt; Team 2';
const TITLE_DE = "Infoabend: Ausbildung, Beruf; Zukunft – für Eltern & Jugendliche in Thüringen (Präsenz)";
const TITLE_AR = "أمسية معلومات عن التدريب المهني والعمل في تورينغن، للآباء والشباب";
const DESCRIPTION_DE = "Wir erklären das duale System.\nMit Dolmetschern, kostenfrei; Anmeldung erbeten.";
const ids = { event: "", online: "", guide: "", draft: "", past: "", erfurt: "" };
// Whole seconds: iCalendar times have no milliseconds. In summer time, so that an offset slip shows.
const start = new Date(Math.ceil((Date.now() + 40 * DAY) / 1000) * 1000);

/** 20260715T080000Z → the instant. */
function instant(value: string): number {
  const m = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(value);
  if (!m) throw new Error(`not a UTC date-time: ${value}`);
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
}

async function calendar(path: string) {
  const response = await get(path);
  const text = await response.text();
  expect(response.status, text).toBe(200);
  const roots = parseComponents(text);
  expect(roots.map((c) => c.name)).toEqual(["VCALENDAR"]);
  const cal = roots[0] as Component;
  expect(property(cal, "VERSION").raw).toBe("2.0");
  expect(property(cal, "PRODID").raw).not.toBe("");
  expect(property(cal, "METHOD").raw).toBe("PUBLISH");
  for (const event of cal.children) {
    expect(event.name).toBe("VEVENT");
    for (const name of ["UID", "DTSTAMP", "DTSTART", "SUMMARY"]) property(event, name);
  }
  return { response, text, cal, events: cal.children };
}

const uidOf = (id: string) => `kausa-offer-${id}`;
const eventById = (events: Component[], id: string) =>
  events.find((e) => property(e, "UID").raw === uidOf(id)) as Component;

/** The dated offers the public GraphQL query lists for `filter` (what the feed must hold). */
async function graphqlUids(filter: Record<string, unknown>) {
  const uids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const data = await ok(
      `query($filter: OfferFilter, $after: String) { offers(filter: $filter, first: 100, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { id startsAt } } } }`,
      { filter: { ...filter, from: new Date().toISOString() }, after },
    );
    for (const { node } of data.offers.edges) {
      if (node.startsAt) {
        const raw = Buffer.from(node.id, "base64")
          .toString("utf8")
          .replace(/^Offer:/, "");
        uids.push(uidOf(raw));
      }
    }
    if (!data.offers.pageInfo.hasNextPage) return uids.sort();
    after = data.offers.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  const prisma = ctx.db.prisma;
  const partner = await prisma.partner.create({
    data: { type: "YOUTH_MIGRATION_SERVICE", name: PARTNER, status: "PUBLISHED" },
  });
  const place = (name: string, districtKey: string, email: string | null) =>
    prisma.contactPoint.create({
      data: {
        partnerId: partner.id,
        name,
        street: "Bahnhofstraße 1, Hinterhaus",
        postcode: "99734",
        city: "Nordhausen",
        lat: 51.5,
        lng: 10.79,
        districtKey,
        email,
        status: "PUBLISHED",
      },
    });
  const nordhausen = await place("Beratung Nordhausen", "16062", "jmd@example.org");
  const erfurt = await place("Beratung Erfurt", "16051", null);
  const offer = async (data: Record<string, unknown>) =>
    (
      await prisma.offer.create({
        // biome-ignore lint/suspicious/noExplicitAny: test rows with the fields each case needs
        data: { partnerId: partner.id, status: "PUBLISHED", languages: ["de", "ar"], ...data } as any,
      })
    ).id;
  ids.event = await offer({
    kind: "EVENT",
    title: { de: TITLE_DE, ar: TITLE_AR },
    description: { de: DESCRIPTION_DE },
    costs: { de: "kostenfrei" },
    startsAt: start,
    endsAt: new Date(start.getTime() + 2.5 * 3_600_000),
    registrationUrl: "https://example.org/anmeldung?termin=1,2",
    format: "HYBRID",
    contactPoints: { connect: [{ id: nordhausen.id }] },
  });
  ids.online = await offer({
    kind: "TRAINING",
    title: { de: "Online-Schulung Bewerbung" },
    startsAt: new Date(start.getTime() + 3 * DAY),
    format: "ONLINE",
    languages: ["fa"],
    regions: { connect: [{ id: "nordthueringen" }] },
  });
  ids.guide = await offer({ kind: "GUIDE", title: { de: "Leitfaden ohne Datum" } });
  ids.draft = await offer({ kind: "EVENT", title: { de: "Entwurf" }, startsAt: start, status: "DRAFT" });
  ids.past = await offer({
    kind: "EVENT",
    title: { de: "Vorbei" },
    startsAt: new Date(Date.now() - 3 * DAY),
    endsAt: new Date(Date.now() - 2 * DAY),
  });
  ids.erfurt = await offer({
    kind: "EVENT",
    title: { de: "Termin in Erfurt" },
    startsAt: new Date(start.getTime() + DAY),
    regions: { connect: [{ id: "mittelthueringen" }] },
    contactPoints: { connect: [{ id: erfurt.id }] },
  });
});

describe("GET /offers/<id>.ics", () => {
  it("is one VEVENT with UTC times, title, description, location, URL and organizer", async () => {
    const { response, events } = await calendar(`/offers/${ids.event}.ics`);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const disposition = response.headers.get("content-disposition")!;
    expect(disposition).toMatch(
      /^attachment; filename="Infoabend-Ausbildung-Beruf-Zukunft-fuer-Eltern-Jugendliche-i\.ics"; filename\*=UTF-8''[\w%.-]+$/,
    );
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(
      `${Array.from(TITLE_DE.replace(":", "")).slice(0, 80).join("").trim()}.ics`,
    );
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(property(event, "UID").raw).toBe(uidOf(ids.event));
    expect(instant(property(event, "DTSTART").raw)).toBe(start.getTime());
    expect(instant(property(event, "DTEND").raw)).toBe(start.getTime() + 2.5 * 3_600_000);
    expect(textValue(property(event, "SUMMARY").raw)).toBe(TITLE_DE);
    const description = textValue(property(event, "DESCRIPTION").raw);
    expect(description).toContain(DESCRIPTION_DE);
    expect(description).toContain("kostenfrei");
    expect(textValue(property(event, "LOCATION").raw)).toBe(
      "Beratung Nordhausen, Bahnhofstraße 1, Hinterhaus, 99734 Nordhausen / Online",
    );
    expect(property(event, "GEO").raw).toMatch(/^51\.5\d*;10\.79\d*$/);
    expect(property(event, "URL").raw).toBe("https://example.org/anmeldung?termin=1,2");
    const organizer = property(event, "ORGANIZER");
    expect(organizer.params.CN).toBe("Jugendmigrationsdienst 'Nord', Erfurt; Team 2");
    expect(organizer.raw).toBe("mailto:jmd@example.org");
  });

  it("speaks Arabic with lang=ar and keeps the UID", async () => {
    const { events } = await calendar(`/offers/${ids.event}.ics?lang=ar`);
    expect(textValue(property(events[0]!, "SUMMARY").raw)).toBe(TITLE_AR);
    expect(textValue(property(events[0]!, "LOCATION").raw)).toMatch(/ \/ عبر الإنترنت$/);
    expect(property(events[0]!, "UID").raw).toBe(uidOf(ids.event));
  });

  it("answers an offer without a date, a draft and an unknown id with 404", async () => {
    const guide = await get(`/offers/${ids.guide}.ics`);
    expect(guide.status).toBe(404);
    expect(await guide.text()).toMatch(/no date/);
    for (const id of [ids.draft, "unknown-offer", "%E0%A4%A"]) {
      const response = await get(`/offers/${id}.ics`);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe("No such offer.\n");
    }
  });
});

describe("GET /offers.ics (feed)", () => {
  it("holds the upcoming dated offers the GraphQL offers query lists, with feed headers", async () => {
    const { response, text, cal, events } = await calendar("/offers.ics");
    const uids = events.map((e) => property(e, "UID").raw).sort();
    expect(uids).toEqual(await graphqlUids({}));
    expect(uids).toContain(uidOf(ids.event));
    for (const id of [ids.guide, ids.draft, ids.past]) expect(uids).not.toContain(uidOf(id));
    expect(new Set(uids).size).toBe(uids.length);

    expect(textValue(property(cal, "X-WR-CALNAME").raw)).toBe("KAUSA Thüringen – Angebote und Termine");
    expect(property(cal, "REFRESH-INTERVAL").params.VALUE).toBe("DURATION");
    expect(property(cal, "REFRESH-INTERVAL").raw).toBe("PT1H");
    expect(property(cal, "X-PUBLISHED-TTL").raw).toBe("PT1H");
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+$/);

    // Unchanged data: the same bytes, so the same ETag, and a 304 on revalidation.
    const etag = response.headers.get("etag")!;
    const again = await get("/offers.ics");
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe(text);
    expect((await get("/offers.ics", { headers: { "if-none-match": etag } })).status).toBe(304);
  });

  it("filters like the offers query: region, district, kinds and languages", async () => {
    const cases: [string, Record<string, unknown>, string[], string[]][] = [
      [
        "region=nordthueringen&kind=EVENT,TRAINING",
        { regionIds: ["nordthueringen"], offerKinds: ["EVENT", "TRAINING"] },
        [ids.event, ids.online],
        [ids.erfurt],
      ],
      [
        "district=16062&kinds=EVENT",
        { districtKeys: ["16062"], offerKinds: ["EVENT"] },
        [ids.event],
        [ids.online, ids.erfurt],
      ],
      ["language=fa", { languages: ["fa"] }, [ids.online], [ids.event]],
      [
        "regionIds=mittelthueringen&offerKinds=event",
        { regionIds: ["mittelthueringen"], offerKinds: ["EVENT"] },
        [ids.erfurt],
        [ids.online],
      ],
    ];
    for (const [query, filter, included, excluded] of cases) {
      const { cal, events } = await calendar(`/offers.ics?${query}`);
      const uids = events.map((e) => property(e, "UID").raw).sort();
      expect(uids, query).toEqual(await graphqlUids(filter));
      for (const id of included) expect(uids, query).toContain(uidOf(id));
      for (const id of excluded) expect(uids, query).not.toContain(uidOf(id));
      expect(properties(cal, "X-WR-CALNAME")).toHaveLength(1);
    }
    const { cal } = await calendar("/offers.ics?district=16062&lang=uk");
    expect(textValue(property(cal, "X-WR-CALNAME").raw)).toBe(
      "KAUSA Thüringen – Пропозиції та дати (Nordhausen)",
    );
  });

  it("keeps the UIDs of the single files, so a feed and a download name the same event", async () => {
    const { events } = await calendar("/offers.ics?lang=ar");
    const event = eventById(events, ids.event);
    expect(textValue(property(event, "SUMMARY").raw)).toBe(TITLE_AR);
    expect(instant(property(event, "DTSTART").raw)).toBe(start.getTime());
  });

  it("refuses unknown parameters and values with 400 and a plain-text reason", async () => {
    const cases: [string, RegExp][] = [
      ["region=atlantis", /Unknown regionIds: atlantis/],
      ["district=99999", /Unknown districtKeys: 99999/],
      ["kind=PARTY", /Unknown kind: PARTY\. Allowed: TRAINING, /],
      ["language=ara", /not an ISO 639-1 language code/],
      ["regoin=nordthueringen", /Unknown parameter "regoin"\. Allowed: region, /],
      ["lang=xx", /"lang" must be one of/],
      ["region=%00", /NUL/],
    ];
    for (const [query, message] of cases) {
      const response = await get(`/offers.ics?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(await response.text(), query).toMatch(message);
    }
  });
});
