import type { Type } from '@nestjs/common';
import type { ModulesContainer } from '@nestjs/core';
import type { EntitySchema, MigrationInterface } from 'typeorm';
import type { AnyMetricDefinition } from '@groundwork/telemetry';
import { type FeatureDefinition, FeatureContractError, featureOf, type OpenApiTag } from './feature.js';

/** TypeORM reads a migration's timestamp from the last 13 digits of its class name. */
const MIGRATION_NAME = /^[A-Za-z_$][\w$]*?(\d{13})$/;

/**
 * Everything the app's features declared, checked once: the platform libs read it instead of naming
 * features. Built from the modules Nest resolved (`FeatureCatalog.of(modulesContainer)`), so it is
 * exactly the features the app imports, directly or through another module.
 */
export class FeatureCatalog {
  /** In the order Nest imported the modules. */
  readonly features: readonly FeatureDefinition[];
  readonly entities: readonly (Type | EntitySchema)[];
  /** One history across features, oldest first. */
  readonly migrations: readonly Type<MigrationInterface>[];
  readonly openApiTags: readonly OpenApiTag[];
  readonly auditEvents: readonly string[];
  readonly commands: readonly Type[];
  readonly metrics: readonly AnyMetricDefinition[];
  readonly jobHandlers: readonly Type[];

  constructor(features: readonly FeatureDefinition[]) {
    this.features = features;
    unique(
      'feature name',
      features.map((feature) => [feature.name, feature.name]),
    );
    const all = <T>(pick: (feature: FeatureDefinition) => readonly T[]): [T, string][] =>
      features.flatMap((feature) => pick(feature).map((item): [T, string] => [item, feature.name]));
    this.entities = unique(
      'entity',
      all((f) => f.entities),
    );
    this.openApiTags = uniqueBy(
      'OpenAPI tag',
      all((f) => f.openApiTags),
      (tag) => tag.name,
    );
    this.auditEvents = unique(
      'audit event',
      all((f) => f.auditEvents),
    );
    this.commands = unique(
      'command',
      all((f) => f.commands),
    );
    this.metrics = uniqueBy(
      'metric',
      all((f) => f.metrics),
      (metric) => metric.name,
    );
    this.jobHandlers = unique(
      'job handler',
      all((f) => f.jobHandlers),
    );
    this.migrations = orderedHistory(all((f) => f.migrations));
  }

  private static readonly cache = new WeakMap<ModulesContainer, FeatureCatalog>();

  /** The catalog of the app that owns this container (built once per app). */
  static of(modules: ModulesContainer): FeatureCatalog {
    let catalog = FeatureCatalog.cache.get(modules);
    if (!catalog) {
      const features = new Set<FeatureDefinition>();
      for (const module of modules.values()) {
        const feature = featureOf(module.metatype);
        if (feature) {
          features.add(feature);
        }
      }
      catalog = new FeatureCatalog([...features]);
      FeatureCatalog.cache.set(modules, catalog);
    }
    return catalog;
  }
}

const nameOf = (item: unknown): string =>
  typeof item === 'function'
    ? item.name
    : typeof item === 'object' && item !== null && 'options' in item
      ? (item as EntitySchema).options.name
      : String(item);

function unique<T>(kind: string, items: [T, string][]): T[] {
  return uniqueBy(kind, items, (item) => item);
}

function uniqueBy<T>(kind: string, items: [T, string][], key: (item: T) => unknown): T[] {
  const owners = new Map<unknown, string>();
  for (const [item, owner] of items) {
    const first = owners.get(key(item));
    if (first !== undefined) {
      throw new FeatureContractError(
        `The ${kind} ${nameOf(key(item))} is declared by two features: "${first}" and "${owner}"`,
      );
    }
    owners.set(key(item), owner);
  }
  return items.map(([item]) => item);
}

/** Every feature's migrations as one history, by the timestamp in their names. */
function orderedHistory(items: [Type<MigrationInterface>, string][]): Type<MigrationInterface>[] {
  unique('migration', items);
  const stamped = items.map(([migration, owner]) => {
    const timestamp = MIGRATION_NAME.exec(migration.name)?.[1];
    if (timestamp === undefined) {
      throw new FeatureContractError(
        `Migration ${migration.name} of "${owner}" must end its class name with a 13-digit timestamp (Projects1764000000000)`,
      );
    }
    return { migration, owner, timestamp };
  });
  uniqueBy(
    'migration timestamp',
    stamped.map((entry): [string, string] => [entry.timestamp, entry.owner]),
    (timestamp) => timestamp,
  );
  return stamped.sort((a, b) => a.timestamp.localeCompare(b.timestamp)).map((entry) => entry.migration);
}
