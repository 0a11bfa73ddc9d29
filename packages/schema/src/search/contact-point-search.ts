import type { Database } from "@kausa/db";
import type { Filter, Near } from "./filters.ts";
import { type RankedPage, type RowSelection, rankedPage } from "./ranked-page.ts";
import {
  and,
  bboxSql,
  distanceSql,
  overlapsSql,
  raw,
  type Sql,
  searchMatchSql,
  sql,
  tsQuery,
  withinSql,
} from "./sql.ts";

export type ContactPointOrder = "DISTANCE" | "NAME" | "RELEVANCE" | "RURAL_FIRST" | "LAST_VERIFIED";

const CP = "cp";

/** Conditions on one published contact point (alias cp, its partner p and district d). */
export function contactPointConditions(filter: Filter, near?: Near, alias = CP): Sql[] {
  const a = raw(alias);
  const c: Sql[] = [sql`${a}."status" = 'PUBLISHED'`];
  if (filter.search) {
    // Not the organisation's (translated) description: its topic words ("Beratung", "Ausbildung")
    // are in nearly every description, so they would match nearly every contact point of the
    // widget's list, and a paragraph per row costs the hot path more than a search word is priced
    // at (complexity.ts). Topics are found with the services filter and the offers search, which
    // matches translations; here the name, city and organisation name decide.
    const partnerName = sql`(SELECT sp."name" FROM "Partner" sp WHERE sp."id" = ${a}."partnerId")`;
    c.push(searchMatchSql(sql`${a}."name" || ' ' || ${a}."city" || ' ' || ${partnerName}`, filter.search));
  }
  if (filter.districtKeys) c.push(sql`${a}."districtKey" = ANY(${filter.districtKeys}::text[])`);
  if (filter.regionIds || filter.rural !== undefined) {
    const region = filter.regionIds ? sql`fd."regionId" = ANY(${filter.regionIds}::text[])` : sql`TRUE`;
    const rural = filter.rural !== undefined ? sql`fd."rural" = ${filter.rural}` : sql`TRUE`;
    c.push(
      sql`EXISTS (SELECT 1 FROM "District" fd WHERE fd."key" = ${a}."districtKey" AND ${region} AND ${rural})`,
    );
  }
  if (filter.partnerTypes) {
    c.push(sql`EXISTS (SELECT 1 FROM "Partner" tp WHERE tp."id" = ${a}."partnerId"
      AND tp."type" = ANY(${filter.partnerTypes}::text[]::"PartnerType"[]))`);
  }
  if (filter.services) c.push(overlapsSql(`${alias}."services"`, filter.services, '"Service"[]'));
  if (filter.languages) c.push(overlapsSql(`${alias}."languages"`, filter.languages, "text[]"));
  if (filter.targetGroups)
    c.push(overlapsSql(`${alias}."targetGroups"`, filter.targetGroups, '"TargetGroup"[]'));
  if (filter.accessible !== undefined) {
    c.push(
      filter.accessible
        ? sql`${a}."wheelchairAccessible" IS TRUE`
        : sql`${a}."wheelchairAccessible" IS NOT TRUE`,
    );
  }
  if (filter.offerKinds) {
    c.push(sql`EXISTS (SELECT 1 FROM "_ContactPointToOffer" co JOIN "Offer" ko ON ko."id" = co."B"
      WHERE co."A" = ${a}."id" AND ko."status" = 'PUBLISHED' AND ko."kind" = ANY(${filter.offerKinds}::text[]::"OfferKind"[]))`);
  }
  if (filter.bbox) c.push(bboxSql(alias, filter.bbox));
  if (near) c.push(withinSql(alias, near));
  // A published contact point of an unpublished organisation is not public either.
  c.push(
    sql`EXISTS (SELECT 1 FROM "Partner" vp WHERE vp."id" = ${a}."partnerId" AND vp."status" = 'PUBLISHED')`,
  );
  return c;
}

function orderSql(order: ContactPointOrder, filter: Filter, near?: Near): Sql {
  switch (order) {
    case "DISTANCE":
      return near ? sql`${distanceSql(CP, near)} ASC` : sql`cp."name" ASC`;
    case "RELEVANCE":
      return filter.search
        ? sql`ts_rank(to_tsvector('german'::regconfig, cp."name" || ' ' || cp."city"), ${tsQuery(filter.search)}) DESC,
              word_similarity(kausa_fold(${filter.search}), kausa_fold(cp."name")) DESC`
        : sql`cp."name" ASC`;
    case "LAST_VERIFIED":
      return sql`cp."lastVerifiedAt" DESC NULLS LAST`;
    case "RURAL_FIRST":
      return sql`rd."rural" DESC, cp."name" ASC`;
    default:
      return sql`cp."name" ASC`;
  }
}

export function defaultContactPointOrder(filter: Filter, near?: Near): ContactPointOrder {
  if (near) return "DISTANCE";
  if (filter.search) return "RELEVANCE";
  return "RURAL_FIRST";
}

export function searchContactPointIds(
  db: Database,
  options: {
    filter: Filter;
    near?: Near;
    order?: ContactPointOrder | null;
    limit: number;
    offset: number;
    rows?: RowSelection;
  },
): Promise<RankedPage> {
  const { filter, near } = options;
  const order = options.order ?? defaultContactPointOrder(filter, near);
  return rankedPage(db, {
    // The district is joined once for the "rural first" order (a per-row subselect was 3× slower),
    // and only for it: every contact point has its district (a required foreign key), so the join
    // never drops a row, and a near search joined it for each of its hundreds of matches.
    from:
      order === "RURAL_FIRST"
        ? sql`"ContactPoint" cp JOIN "District" rd ON rd."key" = cp."districtKey"`
        : sql`"ContactPoint" cp`,
    alias: CP,
    where: contactPointConditions(filter, near),
    distance: near ? distanceSql(CP, near) : undefined,
    order: orderSql(order, filter, near),
    limit: options.limit,
    offset: options.offset,
    rows: options.rows,
  });
}

export interface MapFeatureRow {
  id: string;
  name: string;
  kind: string;
  rural: boolean;
  lat: number;
  lng: number;
}

export const MAX_MAP_FEATURES = 5000;

/** Everything a map marker needs, for all matching contact points (capped), in one statement. */
export async function contactPointMapRows(
  db: Database,
  filter: Filter,
  near?: Near,
): Promise<MapFeatureRow[]> {
  const statement = sql`
    SELECT cp."id", cp."name", p."type"::text AS kind, d."rural", cp."lat", cp."lng"
    FROM "ContactPoint" cp
    JOIN "Partner" p ON p."id" = cp."partnerId"
    JOIN "District" d ON d."key" = cp."districtKey"
    WHERE ${and(contactPointConditions(filter, near))}
    ORDER BY cp."id"
    LIMIT ${MAX_MAP_FEATURES}`;
  return db.query<MapFeatureRow>(statement.text, statement.values);
}
