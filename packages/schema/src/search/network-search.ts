import type { Database } from "@kausa/db";
import type { Filter } from "./filters.ts";
import { type RankedPage, type RowSelection, rankedPage } from "./ranked-page.ts";
import { type Sql, searchMatchSql, sql } from "./sql.ts";

export interface NetworkFilter extends Filter {
  kinds?: string[];
}

function networkConditions(filter: NetworkFilter): Sql[] {
  const c: Sql[] = [sql`n."status" = 'PUBLISHED'`];
  if (filter.search) {
    c.push(searchMatchSql(sql`n."name"`, filter.search));
  }
  if (filter.kinds) c.push(sql`n."kind" = ANY(${filter.kinds}::text[]::"NetworkKind"[])`);
  // State-wide networks (no region) belong to every region.
  if (filter.regionIds)
    c.push(sql`(n."regionId" = ANY(${filter.regionIds}::text[]) OR n."regionId" IS NULL)`);
  if (filter.partnerTypes) {
    c.push(sql`EXISTS (SELECT 1 FROM "_NetworkToPartner" nm JOIN "Partner" mp ON mp."id" = nm."B"
      WHERE nm."A" = n."id" AND mp."status" = 'PUBLISHED' AND mp."type" = ANY(${filter.partnerTypes}::text[]::"PartnerType"[]))`);
  }
  return c;
}

export function searchNetworkIds(
  db: Database,
  options: { filter: NetworkFilter; limit: number; offset: number; rows?: RowSelection },
): Promise<RankedPage> {
  return rankedPage(db, {
    from: sql`"Network" n`,
    alias: "n",
    where: networkConditions(options.filter),
    order: sql`n."kind" DESC, n."name" ASC`,
    limit: options.limit,
    offset: options.offset,
    rows: options.rows,
  });
}
