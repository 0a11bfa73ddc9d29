// Non-public fields of public types: reachable on a published entry through node(id) by anyone,
// answered only to the entry's editors.
import { type AuthzCase, OWNER_AND_STAFF } from "./authz-case.ts";
import { freshContactPoint, gid } from "./fixtures.ts";

const FIELDS = [
  "history { id }",
  "pendingChanges { id }",
  "openReports { id }",
  "externalKey",
  "verifiedBy { id }",
];

export const editorFieldCases: AuthzCase[] = FIELDS.map((selection) => {
  const name = selection.split(" ")[0] as string;
  return {
    field: `ContactPoint.${name}`,
    kind: "field",
    allowed: OWNER_AND_STAFF,
    pick: (data) => data?.node?.[name],
    run: async (w, actor) => {
      const id = await freshContactPoint(w.db, w.ids.partnerA, "PUBLISHED");
      // Something to see for the allowed: a key, a verifier.
      const verifier = await w.db.prisma.user.create({
        data: { email: `verifier-${id}@example.org`, role: "EDITOR" },
      });
      await w.db.prisma.contactPoint.update({
        where: { id },
        data: { externalKey: `K-${id}`, verifiedById: verifier.id, lastVerifiedAt: new Date() },
      });
      return w.gql(actor, `query($id: ID!) { node(id: $id) { ... on ContactPoint { ${selection} } } }`, {
        id: gid("ContactPoint", id),
      });
    },
  };
});
