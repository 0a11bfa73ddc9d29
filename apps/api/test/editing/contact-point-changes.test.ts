import { describe, expect, it } from "vitest";
import { bearerFor, globalId, twoPartners } from "../support/editing-actors.ts";
import { useTestApp } from "../support/test-app.ts";

const { ctx, gql, ok } = useTestApp();

const CP_FIELDS = `... on ContactPoint { id name status version phone lat lng geoPrecision district { key } }`;
const RESULT = `__typename
  ... on ValidationError { message fieldErrors { path code message } }
  ... on ConflictError { currentVersion currentValues }
  ... on StateError { currentStatus message }`;

async function staff() {
  return bearerFor(ctx.db, "EDITOR");
}

describe("creating and updating contact points", () => {
  it("creates a draft that is invisible in public and visible to its editors", async () => {
    const { partnerA } = await twoPartners(ctx.db);
    const auth = await staff();
    const created = await ok(
      `mutation($input: ContactPointInput!) { createContactPoint(input: $input) { ${RESULT} ... on MutationCreateContactPointSuccess { data { ${CP_FIELDS} } } } }`,
      {
        input: {
          partnerId: globalId("Partner", partnerA),
          name: "Beratung Sondershausen",
          postcode: "99706",
          city: "Sondershausen",
          phone: "03632 123456",
        },
      },
      auth,
    );
    const cp = created.createContactPoint.data;
    expect(created.createContactPoint.__typename).toBe("MutationCreateContactPointSuccess");
    expect(cp).toMatchObject({
      status: "DRAFT",
      version: 1,
      geoPrecision: "PLACE",
      district: { key: "16065" },
    });

    const anonymous = await ok(`query($id: ID!) { node(id: $id) { id } }`, { id: cp.id });
    expect(anonymous.node).toBeNull();
    const search = await ok(`{ contactPoints(filter: { search: "Beratung Sondershausen" }) { totalCount } }`);
    expect(search.contactPoints.totalCount).toBe(0);
    const editable = await ok(
      `query($id: ID!) { editableContactPoint(id: $id) { name status } }`,
      { id: cp.id },
      auth,
    );
    expect(editable.editableContactPoint).toEqual({ name: "Beratung Sondershausen", status: "DRAFT" });
  });

  it("names every invalid field with a code", async () => {
    const { partnerA } = await twoPartners(ctx.db);
    const result = await ok(
      `mutation($input: ContactPointInput!) { createContactPoint(input: $input) { ${RESULT} } }`,
      {
        input: {
          partnerId: globalId("Partner", partnerA),
          name: " ",
          postcode: "12345",
          city: "Nirgendwo",
          phone: "call me",
          email: "not-an-email",
          website: "javascript:alert(1)",
          openingHours: [{ day: 1, opens: "12:00", closes: "09:00" }],
          openingHoursNote: { de: "", en: "by appointment" },
          languages: ["deutsch"],
        },
      },
      await staff(),
    );
    const problems = result.createContactPoint.fieldErrors.map(
      (e: { path: string[]; code: string }) => `${e.path.join(".")}:${e.code}`,
    );
    expect(result.createContactPoint.__typename).toBe("ValidationError");
    expect(problems).toEqual(
      expect.arrayContaining([
        "name:REQUIRED",
        "phone:INVALID_PHONE",
        "email:INVALID_EMAIL",
        "website:INVALID_URL",
        "openingHours.0:CLOSES_BEFORE_OPENS",
        "openingHoursNote.de:REQUIRED",
        "languages.0:INVALID_FORMAT",
      ]),
    );
  });

  it("refuses an unknown postcode and coordinates outside Thuringia unless allowed", async () => {
    const { partnerA } = await twoPartners(ctx.db);
    const auth = await staff();
    const create = (input: Record<string, unknown>) =>
      ok(
        `mutation($input: ContactPointInput!) { createContactPoint(input: $input) { ${RESULT} ... on MutationCreateContactPointSuccess { data { ${CP_FIELDS} } } } }`,
        {
          input: {
            partnerId: globalId("Partner", partnerA),
            name: "X",
            city: "Erfurt",
            postcode: "99084",
            ...input,
          },
        },
        auth,
      );
    const unknown = await create({ postcode: "10115", city: "Berlin" });
    expect(unknown.createContactPoint.fieldErrors[0]).toMatchObject({
      path: ["postcode"],
      code: "UNKNOWN_POSTCODE",
    });
    const leipzig = await create({ lat: 51.34, lng: 12.37 });
    expect(leipzig.createContactPoint.fieldErrors[0]).toMatchObject({ code: "OUTSIDE_THURINGIA" });
    const allowed = await create({ lat: 51.34, lng: 12.37, allowOutsideThuringia: true });
    expect(allowed.createContactPoint.data).toMatchObject({
      lat: 51.34,
      geoPrecision: "ADDRESS",
      district: { key: "16051" },
    });
    const paris = await create({ lat: 48.85, lng: 2.35, allowOutsideThuringia: true });
    expect(paris.createContactPoint.fieldErrors[0]).toMatchObject({ code: "TOO_FAR" });
  });

  it("refuses a stale version with the stored values, and of two updates on one version exactly one wins", async () => {
    const { contactPointA } = await twoPartners(ctx.db);
    const auth = await staff();
    const id = globalId("ContactPoint", contactPointA);
    const { editableContactPoint: before } = await ok(
      `query($id: ID!) { editableContactPoint(id: $id) { version phone } }`,
      { id },
      auth,
    );
    const update = (phone: string, version = before.version) =>
      gql(
        `mutation($id: ID!, $v: Int!, $phone: String) { updateContactPoint(id: $id, version: $v, input: { phone: $phone }) { ${RESULT} ... on MutationUpdateContactPointSuccess { data { version phone } } } }`,
        { id, v: version, phone },
        auth,
      );
    const results = await Promise.all([update("0361 111111"), update("0361 222222")]);
    const outcomes = results.map((r) => r.data.updateContactPoint.__typename).sort();
    expect(outcomes).toEqual(["ConflictError", "MutationUpdateContactPointSuccess"]);
    const winner = results.find((r) => r.data.updateContactPoint.__typename !== "ConflictError")?.data
      .updateContactPoint.data;
    const loser = results.find((r) => r.data.updateContactPoint.__typename === "ConflictError")?.data
      .updateContactPoint;
    expect(winner.version).toBe(before.version + 1);
    expect(loser.currentVersion).toBe(before.version + 1);
    expect(loser.currentValues.phone).toBe(winner.phone);

    const stale = await update("0361 333333", before.version);
    expect(stale.data.updateContactPoint.__typename).toBe("ConflictError");
    const history = await ok(
      `{ auditLog(filter: { entityType: CONTACT_POINT, entityId: "${contactPointA}" }) { totalCount edges { node { action changes actorLabel } } } }`,
      {},
      auth,
    );
    expect(history.auditLog.totalCount).toBe(1);
    expect(history.auditLog.edges[0].node).toMatchObject({
      action: "UPDATE",
      changes: { phone: { before: before.phone, after: winner.phone } },
    });
  });
});
