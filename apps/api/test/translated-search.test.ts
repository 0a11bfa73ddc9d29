import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "./support/test-app.ts";

// `search` matches German (with stemming) and the texts translated into the request's language
// (Accept-Language), packages/schema/src/search/translated-text.ts. The sample data has few
// translations beyond English, so this suite adds its own rows in Arabic, Ukrainian, Turkish and
// Persian. Runs on PGlite; `TEST_DATABASE=postgres` runs it on a PostgreSQL server as well.

const { ctx, gql } = useTestApp();
// biome-ignore lint/suspicious/noExplicitAny: response rows
type Node = any;

const PARTNER = "translated-search-partner";
const CV_WORKSHOP = "translated-search-cv";
const INTERVIEW_TRAINING = "translated-search-interview";
const EVENING_COURSE = "translated-search-evening";
const NETWORK = "translated-search-network";

beforeAll(async () => {
  const { prisma } = ctx.db;
  await prisma.partner.create({
    data: {
      id: PARTNER,
      type: "OTHER",
      name: "Verein Brückenbau Testdaten",
      status: "PUBLISHED",
      description: {
        de: "Wir begleiten Geflüchtete beim Einstieg in die Pflegeberufe.",
        ar: "نرافق اللاجئين في دخول مهن التمريض",
      },
      contactPoints: {
        create: {
          id: "translated-search-cp",
          name: "Brückenbau Beratungsbüro",
          postcode: "99084",
          city: "Erfurt",
          lat: 50.978,
          lng: 11.029,
          districtKey: "16051",
          status: "PUBLISHED",
        },
      },
    },
  });
  const offer = (id: string, title: Record<string, string>, description: Record<string, string>) =>
    prisma.offer.create({
      data: { id, kind: "TRAINING", title, description, partnerId: PARTNER, status: "PUBLISHED" },
    });
  await offer(
    CV_WORKSHOP,
    {
      de: "Werkstatt Lebenslauf",
      ar: "ورشة السيرة الذاتية",
      uk: "Майстерня резюме",
      tr: "Özgeçmiş atölyesi",
    },
    {
      de: "Gemeinsam schreiben wir Ihren Lebenslauf.",
      ar: "نكتب معا سيرتك الذاتية ونستعد للمقابلات",
      uk: "Разом пишемо ваше резюме та готуємося до співбесіди.",
      tr: "Birlikte özgeçmişinizi yazıyor ve mülakatlara hazırlanıyoruz.",
    },
  );
  // "تدريب" (training) as a whole word of the Arabic title …
  await offer(INTERVIEW_TRAINING, { de: "Vorstellungsgespräche üben", ar: "تدريب على المقابلات" }, {});
  // … and only inside a longer word ("تدريبية") of the Arabic description.
  await offer(
    EVENING_COURSE,
    { de: "Abendkurs Fachsprache" },
    { de: "Ein Kurs am Abend.", ar: "دورة تدريبية مسائية" },
  );
  await prisma.network.create({
    data: {
      id: NETWORK,
      kind: "REGIONAL_WORKING_GROUP",
      name: "Arbeitskreis Testdaten Übersetzung",
      status: "PUBLISHED",
      description: { de: "Austausch über Praktika.", fa: "شبکه‌ای برای کارآموزی مهاجران" },
    },
  });
});

const ids = (connection: Node) => connection.edges.map((e: Node) => e.node.id) as string[];
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

async function search(field: string, text: string, language: string) {
  const result = await gql(
    `query($s: String) { list: ${field}(first: 50, filter: { search: $s }) { totalCount edges { node { id } } } }`,
    { s: text },
    { "accept-language": language },
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return ids(result.data.list);
}

describe("search in the visitor's language", () => {
  it("finds an offer by a word of its Arabic description in an Arabic request only", async () => {
    const cv = globalId("Offer", CV_WORKSHOP);
    expect(await search("offers", "للمقابلات", "ar")).toContain(cv);
    // The word is in no German text and no title: a German request does not find it.
    expect(await search("offers", "للمقابلات", "de")).not.toContain(cv);
  });

  it("matches a word inside a longer one: Arabic prefixes, Ukrainian endings, Turkish letters typed plainly", async () => {
    const cv = globalId("Offer", CV_WORKSHOP);
    // "مقابلات" (interviews) inside "للمقابلات" (for the interviews).
    expect(await search("offers", "مقابلات", "ar")).toContain(cv);
    // "Співбесід" (capitalised, without its ending) inside "співбесіди".
    expect(await search("offers", "Співбесід", "uk")).toContain(cv);
    // "mulakat" typed without ü inside "mülakatlara".
    expect(await search("offers", "mulakat", "tr")).toContain(cv);
    expect(await search("offers", "mulakat", "uk")).not.toContain(cv);
  });

  it("keeps German words working in an Arabic request", async () => {
    // "Lebensläufe" finds "Lebenslauf" by its German stem.
    expect(await search("offers", "Lebensläufe", "ar")).toContain(globalId("Offer", CV_WORKSHOP));
  });

  it("ranks a whole word of the visitor's language before a part of a longer word", async () => {
    const found = await search("offers", "تدريب", "ar");
    expect(found[0]).toBe(globalId("Offer", INTERVIEW_TRAINING));
    expect(found).toContain(globalId("Offer", EVENING_COURSE));
  });

  it("finds organisations by their description in German and in the visitor's language", async () => {
    const partner = globalId("Partner", PARTNER);
    expect(await search("partners", "Pflegeberuf", "de")).toContain(partner);
    expect(await search("partners", "Pflegeberuf", "ar")).toContain(partner);
    expect(await search("partners", "التمريض", "ar")).toContain(partner);
    expect(await search("partners", "التمريض", "de")).not.toContain(partner);
  });

  it("finds networks by their Persian description in a Persian request", async () => {
    const network = globalId("Network", NETWORK);
    expect(await search("networks", "کارآموزی", "fa")).toContain(network);
    expect(await search("networks", "کارآموزی", "de")).not.toContain(network);
  });

  it("matches contact points by name, city and organisation name, not by the organisation's description", async () => {
    const cp = globalId("ContactPoint", "translated-search-cp");
    expect(await search("contactPoints", "Brückenbau", "ar")).toContain(cp);
    expect(await search("contactPoints", "التمريض", "ar")).not.toContain(cp);
  });
});

describe("one statement per list page, in any language", () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it.each(["offers", "partners", "networks"])("an Arabic search of %s is one statement", async (field) => {
    const statements: string[] = [];
    stop = ctx.db.onQuery((sql) => statements.push(sql));
    await search(field, "التمريض تدريب", "ar");
    stop();
    expect(statements, statements.join("\n---\n")).toHaveLength(1);
  });
});
