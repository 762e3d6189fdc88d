import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';

/** What reverting the last applied migration would remove, found by running its down() and rolling back. */
export interface RevertPlan {
  migration: string;
  droppedTables: { name: string; rows: number }[];
  /** `table.column` for columns dropped from tables that stay. */
  droppedColumns: string[];
}

interface Snapshot {
  tables: Set<string>;
  /** [table, column] pairs. */
  columns: [string, string][];
}

/** Longest the dry run waits for a lock a running app holds, so it never stalls the app's queries for long. */
const DRY_RUN_LOCK_TIMEOUT = '5s';

/**
 * PostgreSQL DDL is transactional: the dry run executes the migration's own down() inside a
 * transaction, compares the schema before and after, counts the rows of what vanished, and
 * rolls everything back. What it reports is what the revert would do, not a guess from its SQL.
 */
export async function planRevert(dataSource: DataSource): Promise<RevertPlan | undefined> {
  return inTransaction(dataSource, 'rollback', async (runner) => {
    await runner.query(`SET LOCAL lock_timeout = '${DRY_RUN_LOCK_TIMEOUT}'`);
    const last = await lastApplied(dataSource, runner);
    if (!last) {
      return undefined;
    }
    const before = await snapshot(runner);
    await runner.query('SAVEPOINT revert_plan');
    await last.migration.down(runner);
    const after = await snapshot(runner);
    await runner.query('ROLLBACK TO SAVEPOINT revert_plan');
    const dropped = [...before.tables].filter((table) => !after.tables.has(table)).sort();
    const droppedTables = [];
    for (const name of dropped) {
      const [row] = (await runner.query(`SELECT count(*)::bigint AS n FROM ${quoteIdent(name)}`)) as { n: string }[];
      droppedTables.push({ name, rows: Number(row?.n ?? 0) });
    }
    const droppedColumns = before.columns
      .filter(
        ([table, column]) => after.tables.has(table) && !after.columns.some(([t, c]) => t === table && c === column),
      )
      .map(([table, column]) => `${table}.${column}`)
      .sort();
    return { migration: last.name, droppedTables, droppedColumns };
  });
}

/**
 * Reverts the last applied migration in one transaction, only if it is still `expected` (what
 * the operator confirmed): a revert by someone else in the meantime is not compounded.
 */
export async function revertLast(dataSource: DataSource, expected: string): Promise<void> {
  await inTransaction(dataSource, 'commit', async (runner) => {
    const table = migrationsTable(dataSource);
    // Two reverts at once would otherwise both pick the same last migration.
    await runner.query(`LOCK TABLE ${quoteIdent(table)} IN EXCLUSIVE MODE`);
    const last = await lastApplied(dataSource, runner);
    if (last?.name !== expected) {
      throw new Error(
        `The last applied migration is now ${last?.name ?? 'none'}, not ${expected}: nothing was reverted, run the command again`,
      );
    }
    await last.migration.down(runner);
    await runner.query(`DELETE FROM ${quoteIdent(table)} WHERE name = $1`, [expected]);
  });
}

async function lastApplied(
  dataSource: DataSource,
  runner: QueryRunner,
): Promise<{ name: string; migration: MigrationInterface } | undefined> {
  const table = migrationsTable(dataSource);
  if (!(await runner.hasTable(table))) {
    return undefined;
  }
  const [row] = (await runner.query(`SELECT name FROM ${quoteIdent(table)} ORDER BY id DESC LIMIT 1`)) as {
    name: string;
  }[];
  if (!row) {
    return undefined;
  }
  const migration = dataSource.migrations.find((m) => (m.name ?? m.constructor.name) === row.name);
  if (!migration) {
    throw new Error(`The last applied migration ${row.name} is not in this build's migration list`);
  }
  return { name: row.name, migration };
}

function migrationsTable(dataSource: DataSource): string {
  return dataSource.options.migrationsTableName ?? 'migrations';
}

async function snapshot(runner: QueryRunner): Promise<Snapshot> {
  const rows = (await runner.query(
    `SELECT c.table_name, c.column_name
       FROM information_schema.columns c
       JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'`,
  )) as { table_name: string; column_name: string }[];
  return {
    tables: new Set(rows.map((row) => row.table_name)),
    columns: rows.map((row) => [row.table_name, row.column_name]),
  };
}

async function inTransaction<T>(
  dataSource: DataSource,
  end: 'commit' | 'rollback',
  work: (runner: QueryRunner) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.startTransaction();
    try {
      const result = await work(runner);
      await (end === 'commit' ? runner.commitTransaction() : runner.rollbackTransaction());
      return result;
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    }
  } finally {
    await runner.release();
  }
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
