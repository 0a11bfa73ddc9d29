// Full backup and restore for administrators: every table (reference data, content, accounts,
// tokens, history, review items) except sessions and Prisma's migration log, as one JSON
// document with one row per line. PostgreSQL writes the rows (to_jsonb) and reads them back
// (jsonb_populate_recordset), so every type — timestamps, arrays, enums, jsonb, floats —
// round-trips exactly, and a restored database exports byte-identically.
import type { Database, SqlSession } from "@kausa/db";

export const BACKUP_FORMAT = "kausa-backup";
export const BACKUP_VERSION = 1;

/** Not backed up: sessions (logging everyone out is right after a restore) and the migration log. */
const SKIPPED = new Set(["_prisma_migrations", "Session"]);

export interface BackupDocument {
  format: string;
  version: number;
  migrations: string[];
  tables: Record<string, Record<string, unknown>[]>;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function appliedMigrations(db: SqlSession): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.name);
}

/** The tables to back up, parents before children (foreign keys), ties by name. */
async function tablesInOrder(db: SqlSession): Promise<string[]> {
  const tables = (
    await db.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname COLLATE "C"`,
    )
  )
    .map((r) => r.name)
    .filter((name) => !SKIPPED.has(name));
  const edges = await db.query<{ child: string; parent: string }>(
    `SELECT ch.relname AS child, pa.relname AS parent FROM pg_constraint co
     JOIN pg_class ch ON ch.oid = co.conrelid JOIN pg_class pa ON pa.oid = co.confrelid
     JOIN pg_namespace n ON n.oid = ch.relnamespace
     WHERE co.contype = 'f' AND n.nspname = current_schema()`,
  );
  const ordered: string[] = [];
  const pending = new Set(tables);
  while (pending.size) {
    const ready = [...pending].filter((t) =>
      edges.every((e) => e.child !== t || e.parent === t || !pending.has(e.parent)),
    );
    if (!ready.length) throw new Error(`Circular foreign keys among ${[...pending].join(", ")}.`);
    for (const t of ready) {
      ordered.push(t);
      pending.delete(t);
    }
  }
  return ordered;
}

/** The backup as text: deterministic (rows ordered by their JSON), so equal data gives equal bytes. */
export async function writeBackup(db: SqlSession): Promise<string> {
  const migrations = await appliedMigrations(db);
  const parts: string[] = [];
  for (const table of await tablesInOrder(db)) {
    const rows = await db.query<{ row: string }>(
      `SELECT to_jsonb(t)::text AS row FROM ${quote(table)} t ORDER BY to_jsonb(t)::text COLLATE "C"`,
    );
    parts.push(
      `${JSON.stringify(table)}:[${rows.length ? `\n${rows.map((r) => r.row).join(",\n")}\n` : ""}]`,
    );
  }
  const head = JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, migrations });
  return `${head.slice(0, -1)},"tables":{\n${parts.join(",\n")}\n}}\n`;
}

export function parseBackup(text: string): BackupDocument {
  let doc: BackupDocument;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new Error("The file is not a backup (not JSON).");
  }
  if (doc?.format !== BACKUP_FORMAT || doc.version !== BACKUP_VERSION || typeof doc.tables !== "object") {
    throw new Error(`The file is not a ${BACKUP_FORMAT} version ${BACKUP_VERSION} backup.`);
  }
  return doc;
}

/** Rows per INSERT: bounded by size, since district boundaries are large. */
function* chunks(rows: Record<string, unknown>[], maxChars = 4_000_000): Generator<string> {
  let batch: string[] = [];
  let size = 0;
  for (const row of rows) {
    const json = JSON.stringify(row);
    if (batch.length && size + json.length > maxChars) {
      yield `[${batch.join(",")}]`;
      batch = [];
      size = 0;
    }
    batch.push(json);
    size += json.length;
  }
  if (batch.length) yield `[${batch.join(",")}]`;
}

/**
 * Replaces the whole database content with the backup's, in one transaction: all tables are
 * emptied (TRUNCATE … CASCADE, which also ends every session), the rows inserted parents
 * first, and the id sequences (history, gazetteer) set past the restored ids.
 */
export async function restoreBackup(db: Database, text: string): Promise<{ tables: number; rows: number }> {
  const doc = parseBackup(text);
  const migrations = await appliedMigrations(db);
  if (JSON.stringify(migrations) !== JSON.stringify(doc.migrations)) {
    throw new Error(
      `The backup was made with migrations ${doc.migrations.at(-1) ?? "(none)"}, this database has ${migrations.at(-1) ?? "(none)"}: restore into a database at the same version.`,
    );
  }
  const order = await tablesInOrder(db);
  const unknown = Object.keys(doc.tables).filter((t) => !order.includes(t));
  if (unknown.length) throw new Error(`The backup has tables this database lacks: ${unknown.join(", ")}.`);
  let rows = 0;
  await db.transaction(async (tx) => {
    await tx.exec("SET LOCAL statement_timeout = 0");
    await tx.exec(`TRUNCATE ${order.map(quote).join(", ")} CASCADE`);
    for (const table of order) {
      for (const chunk of chunks(doc.tables[table] ?? [])) {
        await tx.query(
          `INSERT INTO ${quote(table)} SELECT * FROM jsonb_populate_recordset(NULL::${quote(table)}, $1::jsonb)`,
          [chunk],
        );
      }
      rows += doc.tables[table]?.length ?? 0;
    }
    const serials = await tx.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
    );
    for (const { table_name: table, column_name: column } of serials) {
      await tx.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT MAX(${quote(column)}) FROM ${quote(table)}), 0) + 1, false)`,
        [quote(table), column],
      );
    }
  });
  return { tables: order.length, rows };
}
