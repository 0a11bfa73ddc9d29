import type { ContactPointFilter, Near } from "@kausa/filters";
import { initialState, Task, TaskStatus } from "@lit/task";
import { deepArrayEquals, deepEquals } from "@lit/task/deep-equals.js";
import type { ReactiveControllerHost } from "lit";
import { CONTACT_POINTS, type ContactPointNode } from "../../api/documents.ts";
import type { VariablesOf } from "../../api/graphql.ts";
import { type Endpoint, request } from "../../api/request.ts";

/** Everything a search depends on; equal values are the same search (never sent twice). */
export interface SearchQuery {
  filter: ContactPointFilter;
  near: Near | null;
  pageSize: number;
  endpoint: Endpoint;
}

interface Page {
  query: SearchQuery;
  nodes: ContactPointNode[];
  totalCount: number;
  hasMore: boolean;
  endCursor: string | null;
}

async function fetchPage(query: SearchQuery, after: string | null, signal: AbortSignal): Promise<Page> {
  const data = await request(
    CONTACT_POINTS,
    {
      // The API checks the enum values (they come from attributes and links, typed as strings).
      filter: query.filter as VariablesOf<typeof CONTACT_POINTS>["filter"],
      near: query.near,
      first: Math.min(Math.max(query.pageSize || 20, 1), 100),
      after,
      locale: query.endpoint.language,
    },
    query.endpoint,
    signal,
  );
  const { edges, totalCount, pageInfo } = data.contactPoints;
  return {
    query,
    nodes: edges.map((edge) => edge.node),
    totalCount,
    hasMore: pageInfo.hasNextPage,
    endCursor: pageInfo.endCursor ?? null,
  };
}

/**
 * The contact-point search: the first page whenever the query changes (an earlier, slower
 * answer is aborted and never shown), further pages on request. `onResults` hears of every page
 * shown, the first and each further one (the public `kausa-search` event).
 */
export class ContactSearch {
  /** The first page for the current query; `null` query: not yet (the language is loading). */
  readonly first: Task<[SearchQuery | null], Page>;
  /** The next page, on request ("more"). */
  readonly more: Task<[Page | undefined], Page>;
  private pages: Page[] = [];
  /** The last page shown when loading more after it failed. */
  private failedAfter: Page | undefined;

  constructor(
    host: ReactiveControllerHost,
    query: () => SearchQuery | null,
    onResults: (page: Page) => void,
  ) {
    this.first = new Task(host, {
      args: () => [query()] as [SearchQuery | null],
      argsEqual: deepArrayEquals,
      task: async ([q], { signal }) => {
        // A "more" still loading belongs to the results this run replaces.
        this.more.abort();
        return q ? fetchPage(q, null, signal) : initialState;
      },
      onComplete: (page) => {
        this.pages = [page];
        onResults(page);
      },
      // Old results under a new filter would mislead: after a failed search, only the error shows.
      onError: () => {
        this.pages = [];
      },
    });
    this.more = new Task(host, {
      autoRun: false,
      args: () => [this.pages.at(-1)] as [Page | undefined],
      task: async ([last], { signal }) => {
        if (!last?.endCursor) return initialState;
        try {
          return await fetchPage(last.query, last.endCursor, signal);
        } catch (error) {
          // The failure belongs to the page it was to follow; an abort (new results) is none.
          this.failedAfter = signal.aborted ? undefined : last;
          throw error;
        }
      },
      onComplete: (page) => {
        // A page of an earlier query (the filter changed while it loaded) is dropped.
        if (!deepEquals(page.query, this.pages[0]?.query)) return;
        this.pages = [...this.pages, page];
        onResults(page);
      },
    });
  }

  get results(): ContactPointNode[] {
    return this.pages.flatMap((page) => page.nodes);
  }

  get totalCount(): number | null {
    return this.pages[0]?.totalCount ?? null;
  }

  get hasMore(): boolean {
    return this.pages.at(-1)?.hasMore ?? false;
  }

  /** Loading more failed for the current results (not for an earlier query). */
  get moreFailed(): boolean {
    return this.more.status === TaskStatus.ERROR && this.failedAfter === this.pages.at(-1);
  }

  loadMore() {
    void this.more.run();
  }
}
