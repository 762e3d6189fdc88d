import type pg from 'pg';
import type { QueryRunner } from 'typeorm';

/**
 * What a backup needs to know about the migrated schema, read from PostgreSQL's catalog so no
 * feature's table is ever named here: the tables the migrations created in the current schema
 * (minus the migration bookkeeping), their columns, a stable row order and their foreign keys.
 */
export interface CatalogTable {
  name: string;
  columns: string[];
  /** ORDER BY expression that makes COPY output repeatable (primary key, else the whole row). */
  orderBy: string;
}

/** Tables TypeORM keeps for itself: their rows are written by `migrate`, not backed up. */
export function bookkeepingTables(migrationsTable: string): Set<string> {
  return new Set([migrationsTable, 'typeorm_metadata']);
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Session settings that make COPY text identical for identical data on any server. */
export const CANONICAL_SESSION = [
  `SET LOCAL TimeZone = 'UTC'`,
  `SET LOCAL DateStyle = 'ISO, YMD'`,
  `SET LOCAL IntervalStyle = 'postgres'`,
  `SET LOCAL extra_float_digits = 3`,
  `SET LOCAL bytea_output = 'hex'`,
  `SET LOCAL client_encoding = 'UTF8'`,
  // A large table takes longer than the pool's per-statement limit.
  `SET LOCAL statement_timeout = 0`,
  `SET LOCAL idle_in_transaction_session_timeout = 0`,
];

interface TableRow {
  name: string;
  columns: string[];
  key: { name: string; collatable: boolean }[] | null;
}

/** Every table of the current schema except `exclude`, in foreign-key order (parents first). */
export async function readTables(runner: QueryRunner, exclude: Set<string>): Promise<CatalogTable[]> {
  const rows = (await runner.query(`
    SELECT c.relname AS name,
      (SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_attribute a
        WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns,
      (SELECT json_agg(json_build_object('name', a.attname, 'collatable', a.attcollation <> 0) ORDER BY k.ord)
        FROM pg_index i
        CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
        WHERE i.indrelid = c.oid AND i.indisprimary) AS key
    FROM pg_class c
    WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
    ORDER BY c.relname`)) as TableRow[];
  const edges = (await runner.query(`
    SELECT child.relname AS child, parent.relname AS parent
    FROM pg_constraint f
    JOIN pg_class child ON child.oid = f.conrelid
    JOIN pg_class parent ON parent.oid = f.confrelid
    WHERE f.contype = 'f' AND f.connamespace = current_schema()::regnamespace`)) as { child: string; parent: string }[];

  const tables = rows
    .filter((row) => !exclude.has(row.name))
    .map((row) => ({
      name: row.name,
      columns: row.columns,
      orderBy:
        row.key && row.key.length > 0
          ? row.key.map((column) => `${quoteIdent(column.name)}${column.collatable ? ' COLLATE "C"' : ''}`).join(', ')
          : `t::text COLLATE "C"`,
    }));
  return parentsFirst(tables, edges);
}

/** Topological order; a cycle (only possible with deferrable keys) keeps name order for its members. */
function parentsFirst<T extends { name: string }>(tables: T[], edges: { child: string; parent: string }[]): T[] {
  const ordered: T[] = [];
  const placed = new Set<string>();
  let remaining = tables;
  while (remaining.length > 0) {
    const ready = remaining.filter((table) =>
      edges.every(
        (edge) =>
          edge.child !== table.name ||
          edge.parent === table.name ||
          placed.has(edge.parent) ||
          !tables.some((t) => t.name === edge.parent),
      ),
    );
    const next = ready.length > 0 ? ready : remaining.slice(0, 1);
    for (const table of next) {
      ordered.push(table);
      placed.add(table.name);
    }
    remaining = remaining.filter((table) => !placed.has(table.name));
  }
  return ordered;
}

/** The text of the COPY that writes (or re-reads, to verify) a table in its canonical order. */
export function copyOutSql(table: CatalogTable): string {
  const columns = table.columns.map(quoteIdent).join(', ');
  return `COPY (SELECT ${columns} FROM ${quoteIdent(table.name)} AS t ORDER BY ${table.orderBy}) TO STDOUT`;
}

export function copyInSql(table: { name: string; columns: string[] }): string {
  return `COPY ${quoteIdent(table.name)} (${table.columns.map(quoteIdent).join(', ')}) FROM STDIN`;
}

/** Moves every column-owned sequence of these tables past the largest value loaded. */
export async function resetSequences(runner: QueryRunner, tables: string[]): Promise<number> {
  const owned = (await runner.query(
    `SELECT c.relname AS "table", a.attname AS "column", s.oid::regclass::text AS sequence
     FROM pg_class c
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     JOIN pg_depend d ON d.refobjid = c.oid AND d.refobjsubid = a.attnum AND d.deptype IN ('a', 'i')
     JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
     WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1)`,
    [tables],
  )) as { table: string; column: string; sequence: string }[];
  for (const { table, column, sequence } of owned) {
    await runner.query(
      `SELECT setval($1::regclass, COALESCE(MAX(${quoteIdent(column)}), (SELECT seqstart FROM pg_sequence WHERE seqrelid = $1::regclass)), MAX(${quoteIdent(column)}) IS NOT NULL) FROM ${quoteIdent(table)}`,
      [sequence],
    );
  }
  return owned.length;
}

/** Rows in any of these tables (the first one found), to refuse overwriting data by accident. */
export async function firstNonEmptyTable(runner: QueryRunner, tables: string[]): Promise<string | undefined> {
  for (const table of tables) {
    const [row] = (await runner.query(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(table)}) AS found`)) as {
      found: boolean;
    }[];
    if (row?.found === true) {
      return table;
    }
  }
  return undefined;
}

/**
 * Drops what migrations create in the current schema (tables, views, sequences, types,
 * functions), keeping the schema itself, its grants and objects that belong to extensions.
 */
export async function emptySchema(runner: QueryRunner): Promise<void> {
  const notInExtension = (catalog: string, alias: string): string =>
    `NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '${catalog}'::regclass AND e.objid = ${alias}.oid AND e.deptype = 'e')`;
  const relations = (await runner.query(
    `SELECT c.relname AS name, c.relkind AS kind FROM pg_class c
     WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
       AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend o WHERE o.objid = c.oid AND o.deptype IN ('a', 'i')))
       AND ${notInExtension('pg_class', 'c')}`,
  )) as { name: string; kind: string }[];
  const relationKeyword: Record<string, string> = {
    r: 'TABLE',
    p: 'TABLE',
    v: 'VIEW',
    m: 'MATERIALIZED VIEW',
    S: 'SEQUENCE',
    f: 'FOREIGN TABLE',
  };
  for (const { name, kind } of relations) {
    await runner.query(`DROP ${relationKeyword[kind] ?? 'TABLE'} IF EXISTS ${quoteIdent(name)} CASCADE`);
  }
  const routines = (await runner.query(
    `SELECT p.oid::regprocedure::text AS signature, p.prokind AS kind FROM pg_proc p
     WHERE p.pronamespace = current_schema()::regnamespace AND ${notInExtension('pg_proc', 'p')}`,
  )) as { signature: string; kind: string }[];
  for (const { signature, kind } of routines) {
    const keyword = kind === 'p' ? 'PROCEDURE' : kind === 'a' ? 'AGGREGATE' : 'FUNCTION';
    await runner.query(`DROP ${keyword} IF EXISTS ${signature} CASCADE`);
  }
  const types = (await runner.query(
    `SELECT t.typname AS name, t.typtype AS kind FROM pg_type t
     WHERE t.typnamespace = current_schema()::regnamespace AND t.typtype IN ('e', 'd', 'r', 'c')
       AND (t.typtype <> 'c' OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
       AND ${notInExtension('pg_type', 't')}`,
  )) as { name: string; kind: string }[];
  for (const { name, kind } of types) {
    await runner.query(`DROP ${kind === 'd' ? 'DOMAIN' : 'TYPE'} IF EXISTS ${quoteIdent(name)} CASCADE`);
  }
}

/**
 * The pool's clients give up on any query after the configured statement timeout (see
 * bounded-client.ts); a COPY of a large table legitimately runs for minutes. Lifts that limit
 * on this one connection while `work` runs (the server-side limit is lifted by CANONICAL_SESSION).
 */
export async function withoutQueryTimeout<T>(client: pg.PoolClient, work: () => Promise<T>): Promise<T> {
  const parameters = (client as unknown as { connectionParameters: { query_timeout?: number } }).connectionParameters;
  const saved = parameters.query_timeout;
  parameters.query_timeout = undefined;
  try {
    return await work();
  } finally {
    parameters.query_timeout = saved;
  }
}
