import type { Client } from "@urql/core";
import { run } from "../api/client.ts";
import { CHANGE_REQUEST, type ChangeRequestItem } from "./review.documents.ts";

/** One review item by its id; null when it does not exist or the viewer may not see it. */
export async function findChange(
  client: Client,
  id: string,
  signal?: AbortSignal,
): Promise<ChangeRequestItem | null> {
  return (await run(client, CHANGE_REQUEST, { id }, { signal })).changeRequest ?? null;
}
