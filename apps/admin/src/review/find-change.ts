import type { Client } from "@urql/core";
import { run } from "../api/client.ts";
import { type ChangeRequestItem, REVIEW_QUEUE } from "./review.documents.ts";

const PAGE = 100;
/** Pages read at most per status group (10,000 items): a bound, not a limit anybody meets. */
const MAX_PAGES = 100;

/**
 * One review item by its id. The API has no `changeRequest(id)` field, only the queue, so the
 * queue is read in large pages: the open items first (the usual case, a link from the queue),
 * then the others. Null when the viewer cannot see it.
 */
export async function findChange(
  client: Client,
  id: string,
  signal?: AbortSignal,
): Promise<ChangeRequestItem | null> {
  for (const status of [["OPEN"], ["DRAFT", "APPROVED", "REJECTED"]] as const) {
    let after: string | null = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const { reviewQueue }: { reviewQueue: QueuePage } = await run(
        client,
        REVIEW_QUEUE,
        { first: PAGE, after, status: [...status] },
        { signal },
      );
      const found = reviewQueue.edges.find((edge) => edge.node.id === id);
      if (found) return found.node;
      if (!reviewQueue.pageInfo.hasNextPage) break;
      after = reviewQueue.pageInfo.endCursor ?? null;
    }
  }
  return null;
}

type QueuePage = {
  edges: { node: ChangeRequestItem }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
};
