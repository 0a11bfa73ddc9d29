// The downloadable files: open-data exports (CSV, XLSX, GeoJSON) and the empty templates.
import type { PrismaClient } from "@kausa/db";
import { type ExportRow, exportColumns, loadPublicRows, rowCells } from "./export-rows.ts";
import { licenceNotice } from "./licence.ts";
import { importColumns, TEMPLATES } from "./templates.ts";
import type { Cell, ImportType } from "./types.ts";
import { type SheetData, toCsv, toXlsx } from "./write-table.ts";

export type ExportFormat = "csv" | "xlsx" | "geojson";

export interface ExportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  geojson: "application/geo+json; charset=utf-8",
};

/** Which exports exist: GeoJSON needs coordinates, which only contact points have. */
export const exportFormatsOf = (type: ImportType): ExportFormat[] =>
  type === "contact-points" ? ["csv", "xlsx", "geojson"] : ["csv", "xlsx"];

function licenceSheet(): SheetData {
  const notice = licenceNotice();
  return {
    name: "licence",
    columns: ["data", "licence", "licenceUrl", "attribution"],
    rows: [
      ["KAUSA-Finder Thüringen", notice.licence, notice.licenceUrl, notice.attribution],
      ...notice.referenceData.map((s) => [s.name, s.licence, s.licenceUrl, s.attribution]),
    ],
  };
}

/** GeoJSON of the published contact points; properties are the export's columns, lists as arrays. */
function toGeoJson(rows: ExportRow[]): string {
  const columns = exportColumns("contact-points");
  const features = rows.map((row) => {
    const cells = rowCells(columns, row);
    const properties = Object.fromEntries(
      columns.map((column, i) => [
        column.name,
        column.kind === "list" || column.kind === "enumList"
          ? ((row.values[column.field] as unknown[]) ?? [])
          : cells[i],
      ]),
    );
    return {
      type: "Feature",
      id: row.id,
      geometry: { type: "Point", coordinates: [row.values.lng, row.values.lat] },
      properties,
    };
  });
  // Foreign members (RFC 7946 §6.1) carry the licence with the data.
  return JSON.stringify({ type: "FeatureCollection", ...licenceNotice(), features });
}

export async function buildExport(
  prisma: PrismaClient,
  type: ImportType,
  format: ExportFormat,
): Promise<ExportFile> {
  const rows = await loadPublicRows(prisma, type);
  const fileName = `kausa-${type}.${format}`;
  const columns = exportColumns(type);
  const cells = () => rows.map((row) => rowCells(columns, row));
  let body: Buffer;
  if (format === "geojson") body = Buffer.from(toGeoJson(rows));
  else if (format === "csv") body = Buffer.from(toCsv(columns, cells()));
  else body = await toXlsx([{ name: type, columns, rows: cells() }, licenceSheet()]);
  return { body, contentType: CONTENT_TYPES[format], fileName };
}

/** The empty import template; the XLSX one explains every column on a second sheet. */
export async function buildTemplate(type: ImportType, format: "csv" | "xlsx"): Promise<ExportFile> {
  const columns = importColumns(type);
  const fileName = `kausa-${type}-template.${format}`;
  if (format === "csv")
    return { body: Buffer.from(toCsv(columns, [])), contentType: CONTENT_TYPES.csv, fileName };
  const help: Cell[][] = columns.map((c) => [
    c.name,
    c.required ? "yes" : "",
    c.help,
    c.values ? c.values.join("; ") : c.example || null,
  ]);
  const body = await toXlsx([
    { name: type, columns, rows: [] },
    { name: "help", columns: ["column", "required", "description", "example / allowed values"], rows: help },
  ]);
  return { body, contentType: CONTENT_TYPES.xlsx, fileName };
}

export { TEMPLATES };
