// importData: CSV or XLSX lists of contact points, partners and offers, validated row by row
// and applied in one transaction (docs/import-export.md). Staff only.
import { GraphQLScalarType } from "graphql";
import { builder } from "../builder.ts";
import { requireStaff } from "../editing/access.ts";
import { actorOf } from "../editing/audit.ts";
import { badInput } from "../errors.ts";
import { MAX_ROW_RESULTS } from "../import-export/import-row-results.ts";
import { runImport } from "../import-export/import-run.ts";
import { readTable } from "../import-export/read-table.ts";
import {
  ImportFileError,
  type ImportFormat,
  type ImportProblem,
  type ImportReport,
  type ImportRowList,
  type ImportRowResult,
  type ImportType,
} from "../import-export/types.ts";

/** Largest file an import takes (about 50,000 rows of contact points as XLSX). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Problems listed in one report; `problemCount` has them all. */
const MAX_REPORTED_PROBLEMS = 1_000;

// The GraphQL multipart request spec, which Yoga implements: the variable holds a web File.
const FileScalar = new GraphQLScalarType<File, never>({
  name: "File",
  description: "An uploaded file (GraphQL multipart request: a form field named by the `map` entry).",
  serialize: () => {
    throw new Error("Files are only accepted as input.");
  },
  parseValue: (value) => {
    // Duck-typed: Yoga's multipart parser may hand over its own File implementation.
    const file = value as File | null;
    if (file && typeof file.arrayBuffer === "function" && typeof file.size === "number") return file;
    throw badInput("Expected an uploaded file (send a multipart request).");
  },
  parseLiteral: () => {
    throw badInput("Files can only be sent as variables of a multipart request.");
  },
});
const FileRef = builder.addScalarType("File", FileScalar);

const ImportTypeEnum = builder.enumType("ImportType", {
  description: "Which list a file holds (import order: partners, then contact points, then offers).",
  values: {
    CONTACT_POINTS: { value: "contact-points" },
    PARTNERS: { value: "partners" },
    OFFERS: { value: "offers" },
  } as const,
});

const ImportFormatEnum = builder.enumType("ImportFormat", {
  values: { CSV: { value: "csv" }, XLSX: { value: "xlsx" } } as const,
});

const ImportProblemRef = builder.objectRef<ImportProblem>("ImportProblem").implement({
  description: "One problem: the spreadsheet row (header = 1; null: the whole file) and template column.",
  fields: (t) => ({
    row: t.exposeInt("row", { nullable: true }),
    column: t.exposeString("column", { nullable: true }),
    code: t.exposeString("code", { description: "Stable reason, e.g. REQUIRED, INVALID_PHONE, NOT_FOUND." }),
    message: t.exposeString("message"),
  }),
});

const ImportRowActionEnum = builder.enumType("ImportRowAction", {
  description: "What an import does (or, as a dry run, would do) with one row.",
  values: {
    CREATE: { description: "A new entry (a key not stored yet)." },
    UPDATE: { description: "A stored entry with different values." },
    UNCHANGED: { description: "A stored entry with the same values: nothing is written." },
    PROBLEM: { description: "The row has problems (see `problems` by row): nothing is applied." },
  } as const,
});

const ImportRowResultRef = builder.objectRef<ImportRowResult>("ImportRowResult").implement({
  description: "One data row of the file and what the import does with it.",
  fields: (t) => ({
    row: t.exposeInt("row", { description: "The spreadsheet row (header = 1), as in `problems`." }),
    key: t.exposeString("key", {
      nullable: true,
      description: "The externalKey (or id) the row names; null when empty. Cut at 100 characters.",
    }),
    name: t.exposeString("name", {
      nullable: true,
      description: "The entry's name (offers: the German title), from the row or the stored entry.",
    }),
    action: t.field({
      type: ImportRowActionEnum,
      description: "What happens to the row.",
      resolve: (row) => row.action,
    }),
    changedFields: t.exposeStringList("changedFields", {
      description:
        "For UPDATE: the fields that change, named like the input fields (plus status and districtKey, " +
        "as in the history). Empty otherwise.",
    }),
  }),
});

type ReportShape = ImportReport & ImportRowList & { problemCount: number };

const ImportReportRef = builder.objectRef<ReportShape>("ImportReport").implement({
  description: "What an import did (or, as a dry run, would do). With any problem, nothing is applied.",
  fields: (t) => ({
    dryRun: t.exposeBoolean("dryRun"),
    applied: t.exposeBoolean("applied", {
      description: "True when the rows were written (no dry run, no problem).",
    }),
    rows: t.exposeInt("rows", { description: "Data rows in the file (empty rows not counted)." }),
    created: t.exposeInt("created"),
    updated: t.exposeInt("updated"),
    unchanged: t.exposeInt("unchanged"),
    problemCount: t.exposeInt("problemCount"),
    problems: t.field({
      type: [ImportProblemRef],
      description: `The first ${MAX_REPORTED_PROBLEMS} problems, by row.`,
      resolve: (report) => report.problems.slice(0, MAX_REPORTED_PROBLEMS),
      complexity: 0,
    }),
    rowResults: t.field({
      type: [ImportRowResultRef],
      description:
        `Every data row's result, by row: the first ${MAX_ROW_RESULTS} rows, fewer when their keys, ` +
        "names and changed fields would make the answer too large (see rowResultsTruncated).",
      resolve: (report) => report.rowResults,
      complexity: 0,
    }),
    rowResultsTruncated: t.exposeBoolean("rowResultsTruncated", {
      description: "True when rowResults stops before the file's last row (the counts cover all rows).",
    }),
  }),
});

async function fileBytes(
  file: File | null | undefined,
  content: string | null | undefined,
  format: ImportFormat,
) {
  if ((file == null) === (content == null))
    throw badInput('Send either "file" (an upload) or "content".', "file");
  const size = file ? file.size : content!.length;
  if (size > MAX_IMPORT_BYTES)
    throw badInput(`The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`, "file");
  if (file) return Buffer.from(await file.arrayBuffer());
  return Buffer.from(content!, format === "xlsx" ? "base64" : "utf8");
}

builder.mutationField("importData", (t) =>
  t.field({
    type: ImportReportRef,
    description:
      "Imports a CSV or XLSX list in the template's columns (GET /export/templates/…). Rows are matched by " +
      "externalKey: new keys are created (as DRAFT, or PUBLISHED with publish: true), known ones updated. " +
      "A dry run only reports. Staff only.",
    authScopes: { staff: true },
    args: {
      type: t.arg({ type: ImportTypeEnum, required: true }),
      format: t.arg({ type: ImportFormatEnum, required: true }),
      file: t.arg({ type: FileRef, description: "The file, as a multipart upload." }),
      content: t.arg.string({ description: "Or the file's content: CSV text, or XLSX as base64." }),
      dryRun: t.arg.boolean({ required: true }),
      publish: t.arg.boolean({
        defaultValue: false,
        description: "Publish new rows and stored drafts at once.",
      }),
    },
    resolve: async (_root, args, ctx) => {
      const viewer = requireStaff(ctx);
      const format = args.format as ImportFormat;
      const type = args.type as ImportType;
      const data = await fileBytes(args.file ?? null, args.content, format);
      const empty = {
        dryRun: args.dryRun,
        applied: false,
        rows: 0,
        created: 0,
        updated: 0,
        unchanged: 0,
        rowResults: [],
        rowResultsTruncated: false,
      };
      let table: Awaited<ReturnType<typeof readTable>>;
      try {
        table = await readTable(data, format, type);
      } catch (error) {
        if (!(error instanceof ImportFileError)) throw error;
        const problem = { row: null, column: null, code: error.code, message: error.message };
        return { ...empty, problems: [problem], problemCount: 1 };
      }
      const { report, entityType, changedIds, rowResults, rowResultsTruncated } = await runImport(
        ctx.db.prisma,
        {
          type,
          table,
          dryRun: args.dryRun,
          publish: args.publish ?? false,
          actor: actorOf(viewer),
        },
      );
      if (changedIds.length) ctx.events.changed({ entityType, ids: changedIds });
      return { ...report, problemCount: report.problems.length, rowResults, rowResultsTruncated };
    },
  }),
);
