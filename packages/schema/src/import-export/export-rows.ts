// Stored rows → cells of the template columns. Open-data exports use it for published rows; the
// same columns come back in through the import, so an export can be edited and re-imported.
import type { PrismaClient } from "@kausa/db";
import type { Snapshot } from "../editing/audit.ts";
import type { EditableRow } from "../editing/entity-model.ts";
import { IMPORT_MODELS } from "./import-run.ts";
import { DIRECTORY_LICENCE, REFERENCE_ATTRIBUTION } from "./licence.ts";
import { formatOpeningHoursCell } from "./opening-hours-cell.ts";
import { type ColumnSpec, LICENCE_COLUMNS, TEMPLATES } from "./templates.ts";
import type { Cell, ImportType } from "./types.ts";

export interface ExportRow {
  id: string;
  values: Snapshot;
  /** How the row names its partner and contact points: their externalKey, else their id. */
  partnerKey?: string;
  contactPointKeys?: string[];
}

/** The columns of an open-data export: the template plus licence and attribution. */
export const exportColumns = (type: ImportType): ColumnSpec[] => [...TEMPLATES[type], ...LICENCE_COLUMNS];

const keyOf = (row: { id: string; externalKey: string | null }) => row.externalKey ?? row.id;
const published = { status: "PUBLISHED" as const };

/** Published rows (of published partners), in id order, with what their cells need. */
export async function loadPublicRows(prisma: PrismaClient, type: ImportType): Promise<ExportRow[]> {
  const model = IMPORT_MODELS[type];
  const partner = { select: { id: true, externalKey: true } };
  if (type === "partners") {
    const rows = await prisma.partner.findMany({
      where: published,
      include: model.include,
      orderBy: { id: "asc" },
    });
    return rows.map((row) => ({ id: row.id, values: model.snapshot(row as unknown as EditableRow) }));
  }
  if (type === "contact-points") {
    const rows = await prisma.contactPoint.findMany({
      where: { ...published, partner: published },
      include: { partner },
      orderBy: { id: "asc" },
    });
    return rows.map((row) => ({
      id: row.id,
      values: model.snapshot(row as unknown as EditableRow),
      partnerKey: keyOf(row.partner),
    }));
  }
  const rows = await prisma.offer.findMany({
    where: { ...published, partner: published },
    include: {
      partner,
      regions: { select: { id: true } },
      // Unpublished contact points are not public: an offer names only the published ones.
      contactPoints: { where: published, select: { id: true, externalKey: true }, orderBy: { id: "asc" } },
    },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => ({
    id: row.id,
    values: model.snapshot(row as unknown as EditableRow),
    partnerKey: keyOf(row.partner),
    contactPointKeys: row.contactPoints.map(keyOf),
  }));
}

const joined = (value: unknown) => (Array.isArray(value) && value.length ? value.join("; ") : null);

/** One row's cells, in the order of `columns`. */
export function rowCells(columns: readonly ColumnSpec[], row: ExportRow): Cell[] {
  return columns.map((column): Cell => {
    const value = row.values[column.field];
    switch (column.kind) {
      case "key":
        return (row.values.externalKey as string | null) ?? row.id;
      case "partnerKey":
        return row.partnerKey ?? null;
      case "contactPointKeys":
        return joined(row.contactPointKeys);
      case "localized":
        return ((value as Record<string, string> | null)?.[column.locale!] as string | undefined) ?? null;
      case "openingHours":
        return formatOpeningHoursCell(value) || null;
      case "list":
      case "enumList":
        return joined(value);
      default:
        if (column.name === "licence") return DIRECTORY_LICENCE;
        if (column.name === "attribution") return REFERENCE_ATTRIBUTION;
        return value === undefined ? null : (value as Cell);
    }
  });
}
