import type { Database } from "@kausa/db";
import type { Filter } from "./filters.ts";
import { type RankedPage, type RowSelection, rankedPage } from "./ranked-page.ts";
import { type Sql, searchMatchSql, sql } from "./sql.ts";
import { translatedMatchSql, translatedTextSql, translationLocale } from "./translated-text.ts";

export interface NetworkFilter extends Filter {
  kinds?: string[];
}

/** The name and the German description, with stemming; the description in the visitor's language. */
function networkSearchSql(search: string, locale?: string): Sql {
  const german = searchMatchSql(sql`n."name" || ' ' || coalesce(n."description"->>'de', '')`, search);
  const language = translationLocale(locale);
  if (!language) return german;
  return sql`(${german} OR ${translatedMatchSql(translatedTextSql("n", ["description"], language), search)})`;
}

function networkConditions(filter: NetworkFilter, locale?: string): Sql[] {
  const c: Sql[] = [sql`n."status" = 'PUBLISHED'`];
  if (filter.search) c.push(networkSearchSql(filter.search, locale));
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
  options: {
    filter: NetworkFilter;
    /** The request's language: its translations are searched besides German. */
    locale?: string;
    limit: number;
    offset: number;
    rows?: RowSelection;
  },
): Promise<RankedPage> {
  return rankedPage(db, {
    from: sql`"Network" n`,
    alias: "n",
    where: networkConditions(options.filter, options.locale),
    order: sql`n."kind" DESC, n."name" ASC`,
    limit: options.limit,
    offset: options.offset,
    rows: options.rows,
  });
}
