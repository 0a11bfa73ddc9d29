import type { Database } from "@kausa/db";
import { type Context, type Locale, schema, unavailableRequestAuth } from "@kausa/schema";
import { type DocumentNode, execute, GraphQLError, parse, validate } from "graphql";

/**
 * The files are read through the public GraphQL schema, as an anonymous visitor: the same rules
 * decide what is public (published rows of published partners, http(s) URLs only, German as the
 * fallback language) and the same filters select offers as in the `offers` query, so a file can
 * never show more than the API does, nor select differently.
 */

export interface AddressData {
  name: string;
  street: string | null;
  postcode: string;
  city: string;
  lat: number;
  lng: number;
}

export interface ContactPointData extends AddressData {
  id: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  openingHours: { day: number; opens: string; closes: string }[];
  openingHoursNote: { text: string } | null;
  appointmentRequired: boolean;
  isSample: boolean;
  updatedAt: string;
  partner: { name: string; website: string | null };
}

export interface OfferData {
  id: string;
  kind: string;
  title: { text: string };
  description: { text: string } | null;
  costs: { text: string } | null;
  startsAt: string | null;
  endsAt: string | null;
  format: "IN_PERSON" | "ONLINE" | "HYBRID";
  registrationUrl: string | null;
  isSample: boolean;
  updatedAt: string;
  partner: { name: string; website: string | null };
  contactPoints: (AddressData & { email: string | null })[];
}

const ADDRESS = "name street postcode city lat lng";
const OFFER_FIELDS = `id kind startsAt endsAt format registrationUrl isSample updatedAt
  title(locale: $locale) { text } description(locale: $locale) { text } costs(locale: $locale) { text }
  partner { name website } contactPoints { ${ADDRESS} email }`;

const CONTACT_POINT = document(`query ContactPointFile($id: ID!, $locale: String) {
  node(id: $id) { ... on ContactPoint { id ${ADDRESS} phone email website appointmentRequired isSample updatedAt
    openingHours { day opens closes } openingHoursNote(locale: $locale) { text } partner { name website } } }
}`);

const OFFER = document(`query OfferFile($id: ID!, $locale: String) {
  node(id: $id) { ... on Offer { ${OFFER_FIELDS} } }
}`);

const OFFERS = document(`query OfferFeed($filter: OfferFilter, $first: Int, $after: String, $locale: String) {
  offers(filter: $filter, first: $first, after: $after, orderBy: START_DATE) {
    pageInfo { hasNextPage endCursor }
    edges { node { ${OFFER_FIELDS} } }
  }
}`);

/** Parsed and checked against the schema once, when the module loads: a typo fails at start. */
function document(source: string): DocumentNode {
  const parsed = parse(source);
  const errors = validate(schema, parsed);
  if (errors.length) throw new Error(`calendar document: ${errors.map((e) => e.message).join("; ")}`);
  return parsed;
}

/** An anonymous visitor's context: no viewer, nothing that could change data or send mail. */
function anonymousContext(db: Database, locale: Locale): Context {
  return {
    db,
    locale,
    viewer: null,
    auth: unavailableRequestAuth,
    events: { changed: () => {} },
    mailer: null,
    links: { setPassword: () => "" },
  };
}

/**
 * Runs a document; throws its first error — the schema's own GraphQLError for bad input (a 400
 * for the route), the underlying error otherwise (a database outage becomes a 503).
 */
async function run<T>(db: Database, locale: Locale, doc: DocumentNode, variables: Record<string, unknown>) {
  const result = await execute({
    schema,
    document: doc,
    variableValues: variables,
    contextValue: anonymousContext(db, locale),
  });
  const error = result.errors?.[0];
  if (error) {
    const original = error.originalError;
    throw original && !(original instanceof GraphQLError) ? original : error;
  }
  return result.data as T;
}

/** The global ID GraphQL would give the row (Pothos' relay encoding). */
export const globalId = (type: "ContactPoint" | "Offer", id: string) =>
  Buffer.from(`${type}:${id}`).toString("base64");

/** GraphQL answers with global IDs; the files name rows by their database id (stable, short). */
function withDatabaseId<T extends { id: string }>(row: T): T {
  const decoded = Buffer.from(row.id, "base64").toString("utf8");
  return { ...row, id: decoded.slice(decoded.indexOf(":") + 1) };
}

/** A published contact point of a published partner, or null (unknown, draft and archived alike). */
export async function loadContactPoint(db: Database, id: string, locale: Locale) {
  const data = await run<{ node: ContactPointData | null }>(db, locale, CONTACT_POINT, {
    id: globalId("ContactPoint", id),
    locale,
  });
  return data.node?.id ? withDatabaseId(data.node) : null;
}

/** A published offer of a published partner, or null. */
export async function loadOffer(db: Database, id: string, locale: Locale) {
  const data = await run<{ node: OfferData | null }>(db, locale, OFFER, {
    id: globalId("Offer", id),
    locale,
  });
  return data.node?.id ? withDatabaseId(data.node) : null;
}

/** The page size of one `offers` call; the schema allows at most 100. */
const PAGE = 100;

/**
 * Dated offers matching `filter` that have not ended by `now`, soonest first, at most `limit`.
 * Undated offers (guides, open places) come last in START_DATE order, so the first undated one
 * ends the list.
 */
export async function listDatedOffers(
  db: Database,
  filter: Record<string, unknown>,
  locale: Locale,
  limit: number,
  now: Date,
): Promise<OfferData[]> {
  const offers: OfferData[] = [];
  let after: string | null = null;
  while (offers.length < limit) {
    type Page = {
      offers: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: OfferData }[] };
    };
    const data: Page = await run<Page>(db, locale, OFFERS, {
      filter: { ...filter, from: now.toISOString() },
      first: Math.min(PAGE, limit - offers.length),
      after,
      locale,
    });
    for (const { node } of data.offers.edges) {
      if (!node.startsAt) return offers;
      offers.push(withDatabaseId(node));
    }
    if (!data.offers.pageInfo.hasNextPage) break;
    after = data.offers.pageInfo.endCursor;
  }
  return offers;
}
