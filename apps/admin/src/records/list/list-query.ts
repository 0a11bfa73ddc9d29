import type { Client } from "@urql/core";
import { run } from "../../api/client.ts";
import type { PublicationStatus } from "../../api/graphql.ts";
import { type RecordType, rawId } from "../record-types.ts";
import {
  CONTACT_POINT_CURSOR,
  CONTACT_POINT_LIST,
  NETWORK_CURSOR,
  NETWORK_LIST,
  OFFER_CURSOR,
  OFFER_LIST,
  PARTNER_CURSOR,
  PARTNER_LIST,
} from "./list.documents.ts";

/** One table row, the same shape for the four kinds of records. */
export interface ListRow {
  /** The database id (the paths' id). */
  id: string;
  name: string;
  status: PublicationStatus;
  /** PartnerType, OfferKind or NetworkKind; "" for contact points. */
  kind: string;
  partner: string;
  /** Contact points: "city (district)"; networks: their region. */
  place: string;
  lastVerifiedAt: string | null;
  updatedAt: string;
  openReports: number;
  pendingChanges: number;
}

export interface ListPage {
  total: number;
  rows: ListRow[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export type ApiFilter = Record<string, unknown>;
type Variables = { first: number; after: string | null; filter: ApiFilter };
interface Options {
  signal?: AbortSignal;
}

const counts = (node: { openReports: unknown[]; pendingChanges: unknown[] }) => ({
  openReports: node.openReports.length,
  pendingChanges: node.pendingChanges.length,
});

/** One page of a list, `first` rows after `after`. */
export async function loadPage(
  client: Client,
  type: RecordType,
  variables: Variables,
  options: Options = {},
): Promise<ListPage> {
  switch (type) {
    case "contact-points": {
      const c = (await run(client, CONTACT_POINT_LIST, variables, options)).editableContactPoints;
      return page(c, (n) => ({
        id: rawId(n.id),
        name: n.name,
        status: n.status,
        kind: "",
        partner: n.partner.name,
        place: `${n.city} (${n.district.name})`,
        lastVerifiedAt: n.lastVerifiedAt,
        updatedAt: n.updatedAt,
        ...counts(n),
      }));
    }
    case "partners": {
      const c = (await run(client, PARTNER_LIST, variables, options)).editablePartners;
      return page(c, (n) => ({
        id: rawId(n.id),
        name: n.name,
        status: n.status,
        kind: n.type,
        partner: "",
        place: "",
        lastVerifiedAt: n.lastVerifiedAt,
        updatedAt: n.updatedAt,
        ...counts(n),
      }));
    }
    case "offers": {
      const c = (await run(client, OFFER_LIST, variables, options)).editableOffers;
      return page(c, (n) => ({
        id: rawId(n.id),
        name: n.title.text,
        status: n.status,
        kind: n.kind,
        partner: n.partner.name,
        place: "",
        lastVerifiedAt: n.lastVerifiedAt,
        updatedAt: n.updatedAt,
        ...counts(n),
      }));
    }
    case "networks": {
      const c = (await run(client, NETWORK_LIST, variables, options)).editableNetworks;
      return page(c, (n) => ({
        id: rawId(n.id),
        name: n.name,
        status: n.status,
        kind: n.kind,
        partner: "",
        place: n.region?.name ?? "",
        lastVerifiedAt: n.lastVerifiedAt,
        updatedAt: n.updatedAt,
        ...counts(n),
      }));
    }
  }
}

function page<N>(
  connection: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    edges: { node: N }[];
  },
  toRow: (node: N) => ListRow,
): ListPage {
  return {
    total: connection.totalCount,
    rows: connection.edges.map((e) => toRow(e.node)),
    endCursor: connection.pageInfo.endCursor,
    hasNextPage: connection.pageInfo.hasNextPage,
  };
}

/** The API hands out at most this many rows per request. */
const MAX_FIRST = 100;

/**
 * The cursor after `count` more rows from `after` (null: the list ends before). Asks only for
 * cursors, at most 100 rows per request.
 */
export async function skipRows(
  client: Client,
  type: RecordType,
  filter: ApiFilter,
  after: string | null,
  count: number,
  options: Options = {},
): Promise<string | null> {
  let cursor = after;
  for (let left = count; left > 0; left -= MAX_FIRST) {
    const variables = { first: Math.min(left, MAX_FIRST), after: cursor, filter };
    const info = await cursorPage(client, type, variables, options);
    if (!info.endCursor || (!info.hasNextPage && left > MAX_FIRST)) return null;
    cursor = info.endCursor;
  }
  return cursor;
}

async function cursorPage(client: Client, type: RecordType, variables: Variables, options: Options) {
  switch (type) {
    case "contact-points":
      return (await run(client, CONTACT_POINT_CURSOR, variables, options)).editableContactPoints.pageInfo;
    case "partners":
      return (await run(client, PARTNER_CURSOR, variables, options)).editablePartners.pageInfo;
    case "offers":
      return (await run(client, OFFER_CURSOR, variables, options)).editableOffers.pageInfo;
    case "networks":
      return (await run(client, NETWORK_CURSOR, variables, options)).editableNetworks.pageInfo;
  }
}

/**
 * Page cursors already seen, per list (type and filters): `after` for page N is the end cursor
 * of page N − 1. Going forward and back uses them; a page opened by link finds its cursor by
 * skipping rows from the nearest known page.
 */
export class PageCursors {
  private readonly known = new Map<string, Map<number, string | null>>();

  private of(key: string) {
    let pages = this.known.get(key);
    if (!pages) {
      pages = new Map([[1, null]]);
      this.known.set(key, pages);
    }
    return pages;
  }

  remember(key: string, page: number, after: string | null) {
    this.of(key).set(page, after);
  }

  /** The nearest page at or before `page` whose cursor is known (page 1 always is). */
  nearest(key: string, page: number): { page: number; after: string | null } {
    const pages = this.of(key);
    for (let p = page; p > 1; p--) if (pages.has(p)) return { page: p, after: pages.get(p) ?? null };
    return { page: 1, after: null };
  }
}
