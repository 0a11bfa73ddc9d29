import { beforeAll, describe, expect, it } from "vitest";
import {
  type Component,
  parseComponents,
  properties,
  property,
  splitText,
  textValue,
} from "./support/content-lines.ts";
import { useTestApp } from "./support/test-app.ts";

const { ctx } = useTestApp();

const get = (path: string, init: RequestInit = {}) => ctx.yoga.fetch(`http://localhost${path}`, init);

const PARTNER = "Bildungswerk Nord, Süd; Ost e.V.";
const NAME = "Beratungsstelle Gößnitz; Haus 2, Eingang B";
const ARABIC_NOTE = "نرحب بكم، يرجى الاتصال مسبقاً";
const LONG_STREET = "Ernst-Thälmann-Straße 112–114 (Hinterhaus, 3. Obergeschoss, Raum 3.17) بجانب المكتبة";
const ids = { published: "", draft: "", archived: "", ofDraftPartner: "" };

async function card(path: string, headers: Record<string, string> = {}) {
  const response = await get(path, { headers });
  expect(response.status).toBe(200);
  const cards = parseComponents(await response.text());
  expect(cards.map((c) => c.name)).toEqual(["VCARD"]);
  return { response, card: cards[0] as Component };
}

beforeAll(async () => {
  const prisma = ctx.db.prisma;
  const partner = await prisma.partner.create({
    data: {
      type: "EDUCATION_PROVIDER",
      name: PARTNER,
      status: "PUBLISHED",
      website: "https://bildungswerk.example",
    },
  });
  const draftPartner = await prisma.partner.create({
    data: { type: "OTHER", name: "Entwurfspartner", status: "DRAFT" },
  });
  const base = {
    postcode: "04639",
    city: "Gößnitz",
    lat: 50.888_123_456,
    lng: 12.433_987_654,
    districtKey: "16077",
  };
  const published = await prisma.contactPoint.create({
    data: {
      ...base,
      partnerId: partner.id,
      name: NAME,
      street: LONG_STREET,
      phone: "03445 123-45; 0170 1234567",
      email: "beratung@bildungswerk.example",
      website: "https://bildungswerk.example/goessnitz?a=1,2;b",
      openingHours: [
        { day: 3, opens: "13:00", closes: "15:30" },
        { day: 1, opens: "09:00", closes: "12:00" },
        { day: 1, opens: "13:00", closes: "16:00" },
      ],
      openingHoursNote: { de: "Ferien:\ngeschlossen, außer\\nach Absprache", ar: ARABIC_NOTE },
      appointmentRequired: true,
      status: "PUBLISHED",
    },
  });
  ids.published = published.id;
  for (const [key, status, partnerId] of [
    ["draft", "DRAFT", partner.id],
    ["archived", "ARCHIVED", partner.id],
    ["ofDraftPartner", "PUBLISHED", draftPartner.id],
  ] as const) {
    const row = await prisma.contactPoint.create({
      data: { ...base, partnerId, name: `Nicht öffentlich ${key}`, status },
    });
    ids[key] = row.id;
  }
});

describe("GET /contact-points/<id>.vcf", () => {
  it("is a vCard 3.0 with escaped names, the address, phones, e-mail, website, geo and a link back", async () => {
    const { response, card: vcard } = await card(`/contact-points/${ids.published}.vcf`);
    expect(response.headers.get("content-type")).toBe("text/vcard; charset=utf-8");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+$/);

    expect(property(vcard, "VERSION").raw).toBe("3.0");
    expect(textValue(property(vcard, "FN").raw)).toBe(NAME);
    expect(splitText(property(vcard, "N").raw, ";")).toEqual([NAME, "", "", "", ""]);
    expect(splitText(property(vcard, "ORG").raw, ";")).toEqual([PARTNER, NAME]);
    const adr = property(vcard, "ADR");
    expect(adr.params.TYPE).toBe("WORK");
    expect(splitText(adr.raw, ";")).toEqual(["", "", LONG_STREET, "Gößnitz", "", "04639", "Deutschland"]);
    expect(properties(vcard, "TEL").map((p) => textValue(p.raw))).toEqual(["03445 123-45", "0170 1234567"]);
    expect(textValue(property(vcard, "EMAIL").raw)).toBe("beratung@bildungswerk.example");
    expect(property(vcard, "URL").raw).toBe("https://bildungswerk.example/goessnitz?a=1,2;b");
    expect(property(vcard, "GEO").raw).toBe("50.888123;12.433988");
    expect(property(vcard, "SOURCE").raw).toBe(`http://localhost/contact-points/${ids.published}.vcf`);
    expect(property(vcard, "UID").raw).toBe(`kausa-contact-point-${ids.published}`);
    expect(property(vcard, "REV").raw).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it("has the opening hours, the appointment rule and the note (German by default, Arabic with lang=ar)", async () => {
    const { card: german } = await card(`/contact-points/${ids.published}.vcf`);
    expect(textValue(property(german, "NOTE").raw)).toBe(
      [
        "Öffnungszeiten:",
        "Mo 09:00–12:00, 13:00–16:00",
        "Mi 13:00–15:30",
        "Termin erforderlich",
        "Ferien:\ngeschlossen, außer\\nach Absprache",
      ].join("\n"),
    );
    const { card: arabic } = await card(`/contact-points/${ids.published}.vcf?lang=ar`);
    const note = textValue(property(arabic, "NOTE").raw);
    expect(note.split("\n")).toEqual([
      "أوقات العمل:",
      "الإثنين 09:00–12:00, 13:00–16:00",
      "الأربعاء 13:00–15:30",
      "يلزم حجز موعد",
      ARABIC_NOTE,
    ]);
    expect(property(arabic, "SOURCE").raw).toBe(
      `http://localhost/contact-points/${ids.published}.vcf?lang=ar`,
    );
    // Accept-Language decides without `lang`.
    const { card: fromHeader } = await card(`/contact-points/${ids.published}.vcf`, {
      "accept-language": "ar-SY, de;q=0.5",
    });
    expect(textValue(property(fromHeader, "NOTE").raw)).toBe(note);
  });

  it("folds long lines at 75 octets without cutting a character, and the values survive unfolding", async () => {
    const response = await get(`/contact-points/${ids.published}.vcf`);
    const text = await response.text();
    expect(text).toMatch(/\r\n [^\r]/); // the long street line was folded
    const { card: vcard } = await card(`/contact-points/${ids.published}.vcf`);
    expect(splitText(property(vcard, "ADR").raw, ";")[2]).toBe(LONG_STREET);
  });

  it("names the download with a safe ASCII file name and the exact UTF-8 one", async () => {
    const response = await get(`/contact-points/${ids.published}.vcf`);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Beratungsstelle-Goessnitz-Haus-2-Eingang-B.vcf"; filename*=UTF-8''${encodeURIComponent(`${NAME}.vcf`)}`,
    );
  });

  it("accepts the GraphQL ID the widget holds, URL-encoded", async () => {
    const globalId = Buffer.from(`ContactPoint:${ids.published}`).toString("base64");
    const { card: vcard } = await card(`/contact-points/${encodeURIComponent(globalId)}.vcf`);
    expect(property(vcard, "UID").raw).toBe(`kausa-contact-point-${ids.published}`);
  });

  it("answers ETag revalidation with 304", async () => {
    const first = await get(`/contact-points/${ids.published}.vcf`);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^".+"$/);
    const again = await get(`/contact-points/${ids.published}.vcf`, { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);
    const head = await get(`/contact-points/${ids.published}.vcf`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("answers drafts, archived rows, rows of unpublished partners and unknown ids alike: 404", async () => {
    const unknown = await get("/contact-points/no-such-id.vcf");
    expect(unknown.status).toBe(404);
    const message = await unknown.text();
    for (const id of [ids.draft, ids.archived, ids.ofDraftPartner]) {
      const response = await get(`/contact-points/${id}.vcf`);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe(message);
    }
    const offerId = Buffer.from(`Offer:${ids.published}`).toString("base64");
    expect((await get(`/contact-points/${encodeURIComponent(offerId)}.vcf`)).status).toBe(404);
  });

  it("refuses malformed ids, unknown languages and other methods without a 500", async () => {
    for (const path of [
      "/contact-points/%E0%A4%A.vcf",
      "/contact-points/%00.vcf",
      `/contact-points/${"x".repeat(300)}.vcf`,
      "/contact-points/a%2Fb.vcf",
      "/contact-points/%22%3B.vcf",
    ]) {
      const response = await get(path);
      expect([400, 404], path).toContain(response.status);
    }
    const lang = await get(`/contact-points/${ids.published}.vcf?lang=xx`);
    expect(lang.status).toBe(400);
    expect(await lang.text()).toMatch(/"lang" must be one of de, en, ar, fa, uk, ru, tr/);
    const post = await get(`/contact-points/${ids.published}.vcf`, { method: "POST" });
    expect(post.status).toBe(405);
  });
});
