import { ModulesContainer } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { builtDatabaseLib, builtFeatureLib } from '../support/built.js';
import { startApiProcess } from '../support/api-process.js';
import { createSuiteDatabase, databaseTargets } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe.each(databaseTargets())('Database on $name', (target) => {
  let t: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    t = await startTestApp(target);
    dataSource = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it("runs one history made of every registered feature's migrations, over every registered entity", async () => {
    const { FeatureCatalog } = await builtFeatureLib();
    const catalog = FeatureCatalog.of(t.app.get(ModulesContainer));
    const declared = catalog.features.flatMap((feature) => feature.migrations.map((migration) => migration.name));
    expect(catalog.features.filter((feature) => feature.migrations.length > 0).length).toBeGreaterThan(1);
    expect(dataSource.migrations.map((migration) => migration.constructor.name).sort()).toEqual(declared.sort());
    const tables = new Set<unknown>(dataSource.entityMetadatas.map((metadata) => metadata.target));
    expect(catalog.features.flatMap((feature) => feature.entities).every((entity) => tables.has(entity))).toBe(true);
    expect(tables.size).toBe(catalog.entities.length);
  });

  it('leaves nothing for the entities to change after the migrations (no forgotten migration)', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('reverts every migration and applies them again to the same schema', async () => {
    const count = dataSource.migrations.length;
    for (let i = 0; i < count; i += 1) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    const tables: { table_name: string }[] = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(tables).toEqual([]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(count);
    expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });

  it('keeps 50 overlapping transactions correct, rolled-back ones included', async () => {
    const { TransactionRunner } = await builtDatabaseLib();
    const runner = t.app.get(TransactionRunner);
    await dataSource.query('CREATE TABLE tx_counter (id int PRIMARY KEY, n int NOT NULL)');
    await dataSource.query('INSERT INTO tx_counter VALUES (1, 0)');
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        runner.run(async (tx) => {
          await tx.query('UPDATE tx_counter SET n = n + 1 WHERE id = 1');
          await new Promise((resolve) => setTimeout(resolve, i % 5));
          if (i % 10 === 0) {
            throw new Error('rolled back on purpose');
          }
        }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(5);
    const rows: { n: number }[] = await dataSource.query('SELECT n FROM tx_counter WHERE id = 1');
    expect(rows[0]?.n).toBe(45);
    await dataSource.query('DROP TABLE tx_counter');
  });
});

describe('An instance that may not migrate at start', () => {
  const target = databaseTargets()[0]!;

  it('refuses to start on a database behind its build, in one line naming the command that catches it up', async () => {
    const empty = await createSuiteDatabase(target);
    try {
      // Production never migrates at start; the release step does (npm run cli -- migrate).
      const started = startApiProcess({
        DATABASE_URL: empty.url,
        NODE_ENV: 'production',
        MAIL_TRANSPORT: 'log',
        DATABASE_MIGRATE_ON_START: undefined,
      });
      const error = await started.then(
        () => new Error('the API started on an unmigrated database'),
        (refusal: unknown) => refusal as Error,
      );
      expect(error.message).toMatch(/exited with 1 before it was ready/);
      expect(error.message).toMatch(/the database schema is behind this build: \d+ migration\(s\) not applied/);
      expect(error.message).toContain('npm run cli -- migrate');
      // Its last words are the one line (Nest's own handler may have logged the error above them).
      expect(error.message.trim().split('\n').at(-1)).toMatch(/^\s*- the database schema is behind this build/);
    } finally {
      await empty.drop();
    }
  });
});
