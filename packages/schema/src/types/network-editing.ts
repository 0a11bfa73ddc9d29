import { builder } from "../builder.ts";
import { largeList } from "../complexity.ts";
import type { Context } from "../context.ts";
import { requireStaff } from "../editing/access.ts";
import { applyUpdate } from "../editing/changes.ts";
import { networkModel } from "../editing/models/network.ts";
import { notFound } from "../editing/not-found.ts";
import { inTransaction, loadRow } from "../editing/transaction.ts";
import { badInput } from "../errors.ts";
import { registerEditableQueries } from "./editable-queries.ts";
import { CHANGE_ERRORS } from "./editing-errors.ts";
import { registerEditingMutations } from "./editing-mutations.ts";
import { addEditorFields } from "./editor-fields.ts";
import { NetworkKindEnum } from "./enums.ts";
import { LocalizedTextInput } from "./localized-text-input.ts";
import { Network } from "./network.ts";

export const NetworkInput = builder.inputType("NetworkInput", {
  description:
    "A network's fields. On create, kind and name are required (and regionId unless it is the state board).",
  fields: (t) => ({
    kind: t.field({ type: NetworkKindEnum }),
    name: t.string(),
    description: t.field({ type: LocalizedTextInput }),
    regionId: t.string(),
    website: t.string(),
    memberIds: t.idList({ description: "All member partners (replaces the list)." }),
    externalKey: t.string(),
  }),
});

registerEditingMutations(networkModel, { ref: Network, input: NetworkInput, partnerEditorsCreate: false });
registerEditableQueries(networkModel, "Networks");
addEditorFields(networkModel);

// `members` is public and lists published partners only. The network form sends back the whole
// `memberIds` list, so it must start from every stored member, drafts and archived ones included.
builder.prismaObjectField("Network", "linkedMembers", (t) =>
  t.relation("members", {
    description:
      "Every member partner in any state, as stored in `memberIds` (staff only; the public `members` lists the published ones). Edit forms start from this list.",
    authScopes: { staff: true },
    complexity: largeList,
    query: { orderBy: { name: "asc" } },
  }),
);

/** Adds or removes one member on the stored list (no version needed: the change is one id). */
async function changeMembership(ctx: Context, networkId: string, partnerId: string, add: boolean) {
  const viewer = requireStaff(ctx);
  const row = await inTransaction(ctx, async (tx) => {
    const current = await loadRow(tx, networkModel, networkId);
    if (!current) throw notFound("Network", networkId);
    const members = networkModel.snapshot(current).memberIds as string[];
    const memberIds = add ? [...members, partnerId] : members.filter((id) => id !== partnerId);
    return applyUpdate(
      tx,
      viewer,
      networkModel,
      current,
      { id: networkId, version: current.version, input: { memberIds } },
      "UPDATE",
    );
  });
  ctx.events.changed({ entityType: "NETWORK", ids: [networkId] });
  return row;
}

for (const [name, add] of [
  ["addNetworkMember", true],
  ["removeNetworkMember", false],
] as const) {
  builder.mutationField(name, (t) =>
    t.field({
      type: Network,
      errors: { types: CHANGE_ERRORS },
      description: add ? "Staff: adds a partner to a network." : "Staff: removes a partner from a network.",
      authScopes: { staff: true },
      args: { networkId: t.arg.globalID({ required: true }), partnerId: t.arg.globalID({ required: true }) },
      resolve: (_root, args, ctx) => {
        if (args.networkId.typename !== "Network" || args.partnerId.typename !== "Partner") {
          throw badInput("networkId must name a Network and partnerId a Partner.");
        }
        return changeMembership(ctx, args.networkId.id, args.partnerId.id, add) as never;
      },
    }),
  );
}
