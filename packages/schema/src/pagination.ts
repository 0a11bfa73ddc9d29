import { badInput } from "./errors.ts";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/**
 * Cursors are opaque offsets into the ordered result. Results are ordered by distance or
 * relevance, which keyset cursors cannot express; an offset is honest about that.
 */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString("base64url");
}

export function decodeCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  const match = /^offset:(\d{1,7})$/.exec(decoded);
  if (!match) throw badInput("The cursor is not valid. Use a cursor returned by this API.", "after");
  return Number(match[1]);
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Forward pagination only (first/after), the page size bounded to 1…100. */
export function pageWindow(args: PageArgs): { limit: number; offset: number } {
  if (args.last != null || args.before != null) {
    throw badInput("Backward pagination (last/before) is not supported; use first/after.", "last");
  }
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw badInput(`"first" must be between 1 and ${MAX_PAGE_SIZE}.`, "first");
  }
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { limit, offset };
}

/** Builds a relay connection from one page of rows and the total count. */
export function toConnection<T>(rows: T[], offset: number, totalCount: number) {
  return {
    totalCount,
    edges: rows.map((node, i) => ({ node, cursor: encodeCursor(offset + i) })),
    pageInfo: {
      hasNextPage: offset + rows.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: rows.length ? encodeCursor(offset) : null,
      endCursor: rows.length ? encodeCursor(offset + rows.length - 1) : null,
    },
  };
}
