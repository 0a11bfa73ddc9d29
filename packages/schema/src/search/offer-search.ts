import type { Database } from "@kausa/db";
import { contactPointConditions } from "./contact-point-search.ts";
import type { Filter, Near } from "./filters.ts";
import { type RankedPage, type RowSelection, rankedPage } from "./ranked-page.ts";
import {
  and,
  distanceSql,
  overlapsSql,
  type Sql,
  searchMatchSql,
  simpleTsQuery,
  sql,
  tsQuery,
} from "./sql.ts";
import {
  translatedMatchSql,
  translatedRankSql,
  translatedSimilaritySql,
  translatedTextSql,
  translationLocale,
} from "./translated-text.ts";

export type OfferOrder = "START_DATE" | "TITLE" | "DISTANCE" | "RELEVANCE";

const offerText = sql`coalesce(o."title"->>'de', '') || ' ' || coalesce(o."description"->>'de', '') || ' ' || coalesce(o."occupation", '')`;
const offerDocument = sql`to_tsvector('german'::regconfig, ${offerText})`;
/** The same texts in the visitor's language (the occupation is German only). */
const localOfferText = (locale: string | undefined) => {
  const language = translationLocale(locale);
  return language && translatedTextSql("o", ["title", "description"], language);
};

/** Filters that describe a place (they match an offer through its contact points). */
function locationFilter(filter: Filter): Filter | undefined {
  const { districtKeys, rural, services, accessible, bbox } = filter;
  const located = { districtKeys, rural, services, accessible, bbox };
  return Object.values(located).some((v) => v !== undefined) ? located : undefined;
}

function offerConditions(filter: Filter, near?: Near, locale?: string): Sql[] {
  const c: Sql[] = [
    sql`o."status" = 'PUBLISHED'`,
    sql`EXISTS (SELECT 1 FROM "Partner" vp WHERE vp."id" = o."partnerId" AND vp."status" = 'PUBLISHED')`,
  ];
  if (filter.search) {
    // German text with stemming, the visitor's language tolerantly, and every translation of
    // the title word by word (a visitor may type English in a German browser). The JSON keys
    // ("de", "ar") are not words of the title: only its string values are.
    const local = localOfferText(locale);
    c.push(sql`(${searchMatchSql(offerText, filter.search)}
      ${local ? sql`OR ${translatedMatchSql(local, filter.search)}` : sql``}
      OR jsonb_to_tsvector('simple'::regconfig, o."title", '["string"]') @@ ${simpleTsQuery(filter.search)})`);
  }
  if (filter.offerKinds) c.push(sql`o."kind" = ANY(${filter.offerKinds}::text[]::"OfferKind"[])`);
  if (filter.languages) c.push(overlapsSql(`o."languages"`, filter.languages, "text[]"));
  if (filter.targetGroups) c.push(overlapsSql(`o."targetGroups"`, filter.targetGroups, '"TargetGroup"[]'));
  if (filter.partnerTypes) {
    c.push(sql`EXISTS (SELECT 1 FROM "Partner" tp WHERE tp."id" = o."partnerId"
      AND tp."type" = ANY(${filter.partnerTypes}::text[]::"PartnerType"[]))`);
  }
  if (filter.regionIds) {
    // Offers for the whole state (no region) are relevant in every region.
    c.push(sql`(EXISTS (SELECT 1 FROM "_OfferToRegion" r WHERE r."A" = o."id" AND r."B" = ANY(${filter.regionIds}::text[]))
      OR NOT EXISTS (SELECT 1 FROM "_OfferToRegion" r WHERE r."A" = o."id"))`);
  }
  // An offer without dates (a guide, an open apprenticeship place) is available at any time.
  if (filter.from)
    c.push(sql`(o."startsAt" IS NULL OR coalesce(o."endsAt", o."startsAt") >= ${filter.from})`);
  if (filter.to) c.push(sql`(o."startsAt" IS NULL OR o."startsAt" <= ${filter.to})`);
  const located = locationFilter(filter);
  if (located || near) {
    c.push(sql`EXISTS (SELECT 1 FROM "_ContactPointToOffer" lo JOIN "ContactPoint" lcp ON lcp."id" = lo."A"
      WHERE lo."B" = o."id" AND ${and(contactPointConditions(located ?? {}, near, "lcp"))})`);
  }
  return c;
}

/** Distance to the offer's nearest contact point. */
function offerDistanceSql(near: Near): Sql {
  return sql`(SELECT min(${distanceSql("dcp", near)}) FROM "_ContactPointToOffer" dlo
    JOIN "ContactPoint" dcp ON dcp."id" = dlo."A" WHERE dlo."B" = o."id" AND dcp."status" = 'PUBLISHED')`;
}

/** German relevance, plus relevance in the visitor's language for a search in it. */
function relevanceSql(search: string, locale?: string): Sql {
  const german = sql`ts_rank(${offerDocument}, ${tsQuery(search)})`;
  const local = localOfferText(locale);
  if (!local) return sql`${german} DESC`;
  return sql`${german} + ${translatedRankSql(local, search)} DESC,
    ${translatedSimilaritySql(local, search)} DESC`;
}

function orderSql(order: OfferOrder, filter: Filter, near?: Near, locale?: string): Sql {
  switch (order) {
    case "DISTANCE":
      return near ? sql`${offerDistanceSql(near)} ASC NULLS LAST` : sql`o."startsAt" ASC NULLS LAST`;
    case "RELEVANCE":
      return filter.search ? relevanceSql(filter.search, locale) : sql`o."startsAt" ASC NULLS LAST`;
    case "TITLE":
      return sql`o."title"->>'de' ASC`;
    default:
      return sql`o."startsAt" ASC NULLS LAST`;
  }
}

export function searchOfferIds(
  db: Database,
  options: {
    filter: Filter;
    near?: Near;
    order?: OfferOrder | null;
    /** The request's language: its translations are searched besides German. */
    locale?: string;
    limit: number;
    offset: number;
    rows?: RowSelection;
  },
): Promise<RankedPage> {
  const { filter, near } = options;
  const order = options.order ?? (near ? "DISTANCE" : filter.search ? "RELEVANCE" : "START_DATE");
  return rankedPage(db, {
    from: sql`"Offer" o`,
    alias: "o",
    where: offerConditions(filter, near, options.locale),
    distance: near ? offerDistanceSql(near) : undefined,
    order: orderSql(order, filter, near, options.locale),
    limit: options.limit,
    offset: options.offset,
    rows: options.rows,
  });
}
