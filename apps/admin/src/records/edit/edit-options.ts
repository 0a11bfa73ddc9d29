import type { Client } from "@urql/core";
import { run } from "../../api/client.ts";
import { globalId, type RecordType, rawId } from "../record-types.ts";
import { CONTACT_POINT_CHOICES, PARTNER_CHOICES, REGIONS } from "./edit.documents.ts";
import type { Choice, EditOptions } from "./form-controls.ts";

/** Pages of 100 are the API's limit; a handful covers every partner of the network. */
const MAX_PAGES = 10;

async function allPages<N>(
  fetchPage: (after: string | null) => Promise<{
    edges: { node: N }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  }>,
): Promise<N[]> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const connection = await fetchPage(after);
    nodes.push(...connection.edges.map((e) => e.node));
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return nodes;
}

const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label, "de");

/**
 * The choices the type's form needs: regions (partners, offers, networks) and partner
 * organisations (staff: the owner of contact points and offers, a network's members).
 */
export async function loadChoices(
  client: Client,
  type: RecordType,
  staff: boolean,
): Promise<Pick<EditOptions, "regions" | "partners">> {
  const [regions, partners] = await Promise.all([
    type !== "contact-points" ? run(client, REGIONS, {}).then((d) => d.regions) : [],
    staff && type !== "partners"
      ? allPages((after) => run(client, PARTNER_CHOICES, { after }).then((d) => d.editablePartners))
      : [],
  ]);
  return {
    regions: regions.map((r) => ({ value: r.key, label: r.name })),
    partners: partners.map((p) => ({ value: rawId(p.id), label: p.name })).sort(byLabel),
  };
}

/** The contact points of an offer's partner: the only ones the offer may name. */
export async function loadContactPointChoices(client: Client, partnerId: string | null): Promise<Choice[]> {
  if (!partnerId) return [];
  const nodes = await allPages((after) =>
    run(client, CONTACT_POINT_CHOICES, { partnerId: globalId("partners", partnerId), after }).then(
      (d) => d.editableContactPoints,
    ),
  );
  return nodes.map((c) => ({ value: rawId(c.id), label: `${c.name} (${c.city})` })).sort(byLabel);
}
