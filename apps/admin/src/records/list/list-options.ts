import type { Client } from "@urql/core";
import { run } from "../../api/client.ts";
import { rawId } from "../record-types.ts";
import { DISTRICT_OPTIONS, PARTNER_OPTIONS } from "./list.documents.ts";
import type { Option } from "./list-toolbar.ts";

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, "de");

/** The 22 districts, by name (value: the district key the API filters by). */
export async function loadDistrictOptions(client: Client, signal?: AbortSignal): Promise<Option[]> {
  const { districts } = await run(client, DISTRICT_OPTIONS, {}, { signal });
  return districts.map((d) => ({ value: d.key, label: d.name })).sort(byLabel);
}

/** Every partner the viewer may edit, by name (value: the database id, as in the URL). */
export async function loadPartnerOptions(client: Client, signal?: AbortSignal): Promise<Option[]> {
  const options: Option[] = [];
  let after: string | null = null;
  for (;;) {
    const page: PartnerPage = await fetchPage(client, after, signal);
    options.push(...page.edges.map((e) => ({ value: rawId(e.node.id), label: e.node.name })));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  return options.sort(byLabel);
}

type PartnerPage = Awaited<ReturnType<typeof fetchPage>>;
const fetchPage = async (client: Client, after: string | null, signal?: AbortSignal) =>
  (await run(client, PARTNER_OPTIONS, { after }, { signal })).editablePartners;
