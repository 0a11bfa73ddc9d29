// Authorization cases for every content mutation and non-public content query.
import type { EntityType } from "@kausa/db";
import { type ActorName, type AuthzCase, type AuthzWorld, OWNER_AND_STAFF, STAFF } from "./authz-case.ts";
import {
  auditEntryFor,
  freshContactPoint,
  freshNetwork,
  freshOffer,
  freshPartner,
  gid,
  openReport,
  openReviewItem,
} from "./fixtures.ts";

type Status = "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "ARCHIVED";
const ALL: readonly ActorName[] = ["anonymous", "partnerA", "partnerB", "editor", "admin", "expiredSession"];

interface TypeSpec {
  typeName: "ContactPoint" | "Offer" | "Partner" | "Network";
  entityType: EntityType;
  /** A fresh row in `status` that partner A's editors may edit (if the type has owners). */
  fresh(world: AuthzWorld, status: Status): Promise<string>;
  /** The create input, as GraphQL literal, for an entry of partner A. */
  createInput(world: AuthzWorld): string;
  /** Who may do what, where the type differs from contact points. */
  owners: readonly ActorName[];
  creators: readonly ActorName[];
  updateInput: string;
}

const SPECS: TypeSpec[] = [
  {
    typeName: "ContactPoint",
    entityType: "CONTACT_POINT",
    fresh: (w, s) => freshContactPoint(w.db, w.ids.partnerA, s),
    createInput: (w) => `{ partnerId: "${w.ids.partnerA}", name: "Neu", postcode: "99084", city: "Erfurt" }`,
    owners: OWNER_AND_STAFF,
    creators: OWNER_AND_STAFF,
    updateInput: `{ phone: "0361 55555" }`,
  },
  {
    typeName: "Offer",
    entityType: "OFFER",
    fresh: (w, s) => freshOffer(w.db, w.ids.partnerA, s),
    createInput: (w) => `{ partnerId: "${w.ids.partnerA}", kind: EVENT, title: { de: "Neu" } }`,
    owners: OWNER_AND_STAFF,
    creators: OWNER_AND_STAFF,
    updateInput: `{ occupation: "Mechatroniker/in" }`,
  },
  {
    typeName: "Partner",
    entityType: "PARTNER",
    // Partner A's editors edit partner A itself; other partners' rows are not theirs.
    fresh: async (w, s) => {
      if (s !== "PUBLISHED") return freshPartner(w.db, s);
      return w.ids.partnerA;
    },
    createInput: () => `{ type: OTHER, name: "Neu" }`,
    owners: OWNER_AND_STAFF,
    creators: STAFF,
    updateInput: `{ website: "https://example.org" }`,
  },
  {
    typeName: "Network",
    entityType: "NETWORK",
    fresh: (w, s) => freshNetwork(w.db, s),
    createInput: () => `{ kind: REGIONAL_WORKING_GROUP, name: "Neu", regionId: "nordthueringen" }`,
    owners: STAFF,
    creators: STAFF,
    updateInput: `{ website: "https://example.org" }`,
  },
];

const version = async (w: AuthzWorld, spec: TypeSpec, id: string) => {
  // biome-ignore lint/suspicious/noExplicitAny: four delegates, one shape.
  const row = await (w.db.prisma as any)[spec.typeName[0]?.toLowerCase() + spec.typeName.slice(1)].findUnique(
    { where: { id } },
  );
  return row.version as number;
};

function typeCases(spec: TypeSpec): AuthzCase[] {
  const T = spec.typeName;
  const mutation = (field: string, allowed: readonly ActorName[], run: AuthzCase["run"]): AuthzCase => ({
    field,
    kind: "mutation",
    allowed,
    run,
  });
  const onFresh = (field: string, status: Status, allowed: readonly ActorName[], args = "") =>
    mutation(field, allowed, async (w, actor) => {
      const id = await spec.fresh(w, status);
      return w.gql(actor, `mutation($id: ID!) { ${field}(id: $id${args}) { __typename } }`, {
        id: gid(T, id),
      });
    });
  // Archiving: partner editors only their own drafts; the Partner type's drafts belong to nobody.
  const archivers = T === "Partner" ? STAFF : spec.owners;
  return [
    mutation(`create${T}`, spec.creators, (w, actor) =>
      w.gql(
        actor,
        `mutation { create${T}(input: ${spec.createInput(w)}) { __typename ... on ValidationError { fieldErrors { code } } } }`,
      ),
    ),
    mutation(`update${T}`, spec.owners, async (w, actor) => {
      const id = await spec.fresh(w, "PUBLISHED");
      return w.gql(
        actor,
        `mutation($id: ID!, $v: Int!) { update${T}(id: $id, version: $v, input: ${spec.updateInput}) { __typename } }`,
        {
          id: gid(T, id),
          v: await version(w, spec, id),
        },
      );
    }),
    onFresh(`submit${T}ForReview`, "DRAFT", T === "Partner" ? STAFF : spec.owners),
    onFresh(`publish${T}`, "DRAFT", STAFF),
    onFresh(`archive${T}`, "DRAFT", archivers),
    onFresh(`restore${T}`, "ARCHIVED", STAFF),
    onFresh(`verify${T}`, "PUBLISHED", spec.owners),
    mutation(`restore${T}Version`, spec.owners, async (w, actor) => {
      const id = await spec.fresh(w, "PUBLISHED");
      const entry = await auditEntryFor(w.db, spec.entityType, id);
      return w.gql(
        actor,
        `mutation($id: ID!, $v: Int!, $e: Int!) { restore${T}Version(id: $id, version: $v, auditEntryId: $e) { __typename } }`,
        {
          id: gid(T, id),
          v: await version(w, spec, id),
          e: entry,
        },
      );
    }),
  ];
}

function queryCases(spec: TypeSpec): AuthzCase[] {
  const T = spec.typeName;
  const plural = `${T}s`;
  return [
    {
      field: `editable${plural}`,
      kind: "query",
      allowed: spec.owners,
      // Partner A's rows (drafts included): other actors get an empty list or a refusal.
      run: async (w, actor) => {
        await spec.fresh(w, "DRAFT");
        const filter = T === "Network" ? "" : `(filter: { partnerId: "${w.ids.partnerA}" })`;
        return w.gql(actor, `{ editable${plural}${filter} { totalCount } }`);
      },
    },
    {
      field: `editable${T}`,
      kind: "query",
      allowed: spec.owners,
      run: async (w, actor) => {
        const id = await spec.fresh(w, "PUBLISHED");
        return w.gql(actor, `query($id: ID!) { editable${T}(id: $id) { id } }`, { id: gid(T, id) });
      },
    },
  ];
}

const membership = (field: string): AuthzCase => ({
  field,
  kind: "mutation",
  allowed: STAFF,
  run: async (w, actor) => {
    const network = await freshNetwork(w.db, "PUBLISHED");
    if (field === "removeNetworkMember") {
      await w.db.prisma.network.update({
        where: { id: network },
        data: { members: { connect: { id: w.ids.partnerA } } },
      });
    }
    return w.gql(
      actor,
      `mutation($n: ID!, $p: ID!) { ${field}(networkId: $n, partnerId: $p) { __typename } }`,
      {
        n: gid("Network", network),
        p: gid("Partner", w.ids.partnerA),
      },
    );
  },
});

export const contentCases: AuthzCase[] = [
  ...SPECS.flatMap(typeCases),
  ...SPECS.flatMap(queryCases),
  membership("addNetworkMember"),
  membership("removeNetworkMember"),
  {
    field: "approveChange",
    kind: "mutation",
    allowed: STAFF,
    run: async (w, actor) =>
      w.gql(actor, `mutation($id: ID!) { approveChange(id: $id) { __typename } }`, {
        id: await openReviewItem(w.db, w.ids.partnerA),
      }),
  },
  {
    field: "rejectChange",
    kind: "mutation",
    allowed: STAFF,
    run: async (w, actor) =>
      w.gql(actor, `mutation($id: ID!) { rejectChange(id: $id, comment: "nein") { __typename } }`, {
        id: await openReviewItem(w.db, w.ids.partnerA),
      }),
  },
  {
    field: "reviewQueue",
    kind: "query",
    allowed: OWNER_AND_STAFF,
    run: async (w, actor) => {
      await openReviewItem(w.db, w.ids.partnerA);
      return w.gql(actor, `{ reviewQueue { totalCount } }`);
    },
  },
  {
    field: "changeRequest",
    kind: "query",
    allowed: OWNER_AND_STAFF,
    run: async (w, actor) =>
      w.gql(actor, `query($id: ID!) { changeRequest(id: $id) { id status } }`, {
        id: await openReviewItem(w.db, w.ids.partnerA),
      }),
  },
  {
    field: "reportOutdated",
    kind: "mutation",
    // Anyone, without an account; only a refused credential is refused.
    allowed: ALL,
    run: (w, actor) =>
      w.gql(actor, `mutation($id: ID!) { reportOutdated(id: $id, reason: OTHER) { __typename } }`, {
        id: gid("ContactPoint", w.ids.contactPointA),
      }),
  },
  {
    field: "resolveReport",
    kind: "mutation",
    allowed: OWNER_AND_STAFF,
    run: async (w, actor) =>
      w.gql(actor, `mutation($id: ID!) { resolveReport(id: $id) { __typename } }`, {
        id: await openReport(w.db, w.ids.partnerA),
      }),
  },
  {
    field: "outdatedReports",
    kind: "query",
    allowed: OWNER_AND_STAFF,
    run: async (w, actor) => {
      await openReport(w.db, w.ids.partnerA);
      return w.gql(actor, `{ outdatedReports { totalCount } }`);
    },
  },
  {
    field: "importData",
    kind: "mutation",
    allowed: STAFF,
    // A dry run of a one-row partner list: refused before any row is read for everyone else.
    run: (w, actor) =>
      w.gql(
        actor,
        `mutation($csv: String) { importData(type: PARTNERS, format: CSV, content: $csv, dryRun: true) { rows } }`,
        { csv: "externalKey,type,name\nauthz-1,OTHER,Matrix e. V.\n" },
      ),
  },
  {
    field: "auditLog",
    kind: "query",
    allowed: STAFF,
    run: (w, actor) => w.gql(actor, `{ auditLog(first: 1) { totalCount } }`),
  },
];
