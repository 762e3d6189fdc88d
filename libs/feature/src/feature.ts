import type { Type } from '@nestjs/common';
import type { EntitySchema, MigrationInterface } from 'typeorm';
import type { AnyMetricDefinition } from '@groundwork/telemetry';

/** An OpenAPI tag: the group a feature's operations appear under in Swagger UI. */
export interface OpenApiTag {
  name: string;
  description: string;
}

/**
 * What a lib tells the platform about itself. Everything is optional but the name: a lib declares
 * what it has. The platform libs read these, so they never name a feature:
 *
 * - `database` builds the data source from every declared entity and one migration history from
 *   every declared migration, ordered by the timestamp in the class name;
 * - `http` lists the tags in the OpenAPI document;
 * - the CLI registers the commands.
 *
 * Later platform parts (background jobs and schedules, metrics, ...) add their own optional field to
 * this interface, documented with the lib that collects it.
 */
export interface FeatureDeclaration {
  /** Unique among the app's features, kebab-case: `users`, `auth`, `projects`. */
  name: string;
  /** TypeORM entities: the tables this feature owns. Pass the same list to `TypeOrmModule.forFeature()`. */
  entities?: readonly (Type | EntitySchema)[];
  /**
   * Migration classes named `<Name><13-digit timestamp>` (`Projects1764000000000`). All features'
   * migrations form one history in timestamp order, so a migration may depend on an earlier one of
   * another feature (a foreign key to `users`). Never edit one that has shipped; add another.
   */
  migrations?: readonly Type<MigrationInterface>[];
  /** The tags this feature's controllers use in `@ApiTags()`. */
  openApiTags?: readonly OpenApiTag[];
  /** The audit event types this feature records (`projects.archived`); unique across features. */
  auditEvents?: readonly string[];
  /**
   * nest-commander `@Command()` classes added to `npm run cli`. They run in the CLI's module graph,
   * which imports every feature module of the API, so they may inject this feature's exported services.
   */
  commands?: readonly Type[];
  /**
   * The feature's metrics (`defineCounter()`, `defineHistogram()` ... from `@groundwork/telemetry`),
   * names unique across features. The telemetry lib registers them at boot, so every declared series
   * is scraped at 0 before its first event; the feature increments them through `Metrics`.
   */
  metrics?: readonly AnyMetricDefinition[];
  /**
   * Providers of this feature's module marked `@JobHandlerFor(job, { schedule? })` (libs/jobs): the
   * jobs lib runs them, and registers their schedules, in every process that runs jobs.
   */
  jobHandlers?: readonly Type[];
}

/** A declaration with every list present (empty when not given), as the platform reads it. */
export type FeatureDefinition = {
  readonly [K in keyof FeatureDeclaration]-?: FeatureDeclaration[K] extends readonly (infer T)[] | undefined
    ? T[]
    : FeatureDeclaration[K];
};

/**
 * Declares a feature beside its Nest module; attach it with `@Feature()`:
 *
 * ```ts
 * export const PROJECTS_FEATURE = defineFeature({
 *   name: 'projects',
 *   entities: [ProjectEntity],
 *   migrations: [Projects1764000000000],
 *   openApiTags: [{ name: 'projects', description: 'Projects owned by the signed-in user' }],
 * });
 *
 * @Feature(PROJECTS_FEATURE)
 * @Module({ imports: [TypeOrmModule.forFeature(PROJECTS_FEATURE.entities)], ... })
 * export class ProjectsModule {}
 * ```
 */
export function defineFeature(declaration: FeatureDeclaration): FeatureDefinition {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(declaration.name)) {
    throw new FeatureContractError(`Feature name "${declaration.name}" must be kebab-case (projects, order-lines)`);
  }
  return Object.freeze({
    name: declaration.name,
    entities: [...(declaration.entities ?? [])],
    migrations: [...(declaration.migrations ?? [])],
    openApiTags: [...(declaration.openApiTags ?? [])],
    auditEvents: [...(declaration.auditEvents ?? [])],
    commands: [...(declaration.commands ?? [])],
    metrics: [...(declaration.metrics ?? [])],
    jobHandlers: [...(declaration.jobHandlers ?? [])],
  });
}

/** A contract broken by the app's features (two declare the same table, a migration lacks its timestamp). */
export class FeatureContractError extends Error {
  override readonly name = 'FeatureContractError';
}

const FEATURE_METADATA = 'groundwork:feature';

/** Attaches a feature's declaration to its Nest module, where the platform finds it. */
export function Feature(definition: FeatureDefinition): ClassDecorator {
  return (target) => {
    Reflect.defineMetadata(FEATURE_METADATA, definition, target);
  };
}

/** The declaration attached to a module class, if any. */
export function featureOf(module: unknown): FeatureDefinition | undefined {
  if (typeof module !== 'function') {
    return undefined;
  }
  return Reflect.getOwnMetadata(FEATURE_METADATA, module) as FeatureDefinition | undefined;
}
