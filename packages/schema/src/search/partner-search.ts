import type { Database } from "@kausa/db";
import { contactPointConditions } from "./contact-point-search.ts";
import type { Filter, Near } from "./filters.ts";
import { type RankedPage, type RowSelection, rankedPage } from "./ranked-page.ts";
import { and, distanceSql, type Sql, searchMatchSql, sql } from "./sql.ts";
import { translatedMatchSql, translatedTextSql, translationLocale } from "./translated-text.ts";

export type PartnerOrder = "NAME" | "DISTANCE";

/** Filters on contact points: a partner matches when one of its published contact points does. */
function contactPointFilter(filter: Filter): Filter | undefined {
  const { districtKeys, rural, services, languages, targetGroups, accessible, bbox } = filter;
  const cp = { districtKeys, rural, services, languages, targetGroups, accessible, bbox };
  return Object.values(cp).some((v) => v !== undefined) ? cp : undefined;
}

/** The name and the German description, with stemming; the description in the visitor's language. */
function partnerSearchSql(search: string, locale?: string): Sql {
  const german = searchMatchSql(sql`p."name" || ' ' || coalesce(p."description"->>'de', '')`, search);
  const language = translationLocale(locale);
  if (!language) return german;
  return sql`(${german} OR ${translatedMatchSql(translatedTextSql("p", ["description"], language), search)})`;
}

function partnerConditions(filter: Filter, near?: Near, locale?: string): Sql[] {
  const c: Sql[] = [sql`p."status" = 'PUBLISHED'`];
  if (filter.search) c.push(partnerSearchSql(filter.search, locale));
  if (filter.partnerTypes) c.push(sql`p."type" = ANY(${filter.partnerTypes}::text[]::"PartnerType"[])`);
  if (filter.regionIds) {
    c.push(
      sql`EXISTS (SELECT 1 FROM "_PartnerToRegion" pr WHERE pr."A" = p."id" AND pr."B" = ANY(${filter.regionIds}::text[]))`,
    );
  }
  if (filter.offerKinds) {
    c.push(sql`EXISTS (SELECT 1 FROM "Offer" po WHERE po."partnerId" = p."id" AND po."status" = 'PUBLISHED'
      AND po."kind" = ANY(${filter.offerKinds}::text[]::"OfferKind"[]))`);
  }
  const cpFilter = contactPointFilter(filter);
  if (cpFilter || near) {
    c.push(sql`EXISTS (SELECT 1 FROM "ContactPoint" pcp WHERE pcp."partnerId" = p."id"
      AND ${and(contactPointConditions(cpFilter ?? {}, near, "pcp"))})`);
  }
  return c;
}

function partnerDistanceSql(near: Near): Sql {
  return sql`(SELECT min(${distanceSql("dcp", near)}) FROM "ContactPoint" dcp
    WHERE dcp."partnerId" = p."id" AND dcp."status" = 'PUBLISHED')`;
}

export function searchPartnerIds(
  db: Database,
  options: {
    filter: Filter;
    near?: Near;
    order?: PartnerOrder | null;
    /** The request's language: its translations are searched besides German. */
    locale?: string;
    limit: number;
    offset: number;
    rows?: RowSelection;
  },
): Promise<RankedPage> {
  const { filter, near } = options;
  const order = options.order ?? (near ? "DISTANCE" : "NAME");
  return rankedPage(db, {
    from: sql`"Partner" p`,
    alias: "p",
    where: partnerConditions(filter, near, options.locale),
    distance: near ? partnerDistanceSql(near) : undefined,
    order: order === "DISTANCE" && near ? sql`${partnerDistanceSql(near)} ASC` : sql`p."name" ASC`,
    limit: options.limit,
    offset: options.offset,
    rows: options.rows,
  });
}
