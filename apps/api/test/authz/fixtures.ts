// Fresh rows for each authorization case, written straight to the database (fast, and
// independent of the mutations under test).
import type { Database, EntityType } from "@kausa/db";

type Status = "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "ARCHIVED";
const unique = () => Math.random().toString(36).slice(2, 10);

export async function freshContactPoint(db: Database, partnerId: string, status: Status) {
  const row = await db.prisma.contactPoint.create({
    data: {
      partnerId,
      name: `Fixture ${unique()}`,
      postcode: "99084",
      city: "Erfurt",
      lat: 50.978,
      lng: 11.029,
      districtKey: "16051",
      status,
    },
  });
  return row.id;
}

export async function freshOffer(db: Database, partnerId: string, status: Status) {
  const row = await db.prisma.offer.create({
    data: { partnerId, kind: "EVENT", title: { de: `Fixture ${unique()}` }, status },
  });
  return row.id;
}

export async function freshPartner(db: Database, status: Status) {
  const row = await db.prisma.partner.create({
    data: { type: "OTHER", name: `Fixture ${unique()}`, status },
  });
  return row.id;
}

export async function freshNetwork(db: Database, status: Status) {
  const row = await db.prisma.network.create({
    data: { kind: "REGIONAL_WORKING_GROUP", name: `Fixture ${unique()}`, regionId: "nordthueringen", status },
  });
  return row.id;
}

export async function auditEntryFor(db: Database, entityType: EntityType, entityId: string) {
  const entry = await db.prisma.auditEntry.create({
    data: { actorLabel: "fixture", entityType, entityId, action: "CREATE", changes: {} },
  });
  return entry.id;
}

/** An open review item for a new contact point of `partnerId` (IN_REVIEW). */
export async function openReviewItem(db: Database, partnerId: string) {
  const entityId = await freshContactPoint(db, partnerId, "IN_REVIEW");
  const request = await db.prisma.changeRequest.create({
    data: {
      entityType: "CONTACT_POINT",
      entityId,
      partnerId,
      kind: "PUBLISH",
      status: "OPEN",
      baseVersion: 1,
      submittedAt: new Date(),
    },
  });
  return request.id;
}

export async function openReport(db: Database, partnerId: string) {
  const entityId = await freshContactPoint(db, partnerId, "PUBLISHED");
  const report = await db.prisma.outdatedReport.create({
    data: { entityType: "CONTACT_POINT", entityId, partnerId, reason: "PHONE" },
  });
  return report.id;
}

export { globalId as gid } from "../support/editing-actors.ts";
