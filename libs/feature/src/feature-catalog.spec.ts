import 'reflect-metadata';
import type { ModulesContainer } from '@nestjs/core';
import { defineFeature, Feature, FeatureContractError } from './feature.js';
import { FeatureCatalog } from './feature-catalog.js';

class Early1700000000000 {
  up(): Promise<void> {
    return Promise.resolve();
  }
  down(): Promise<void> {
    return Promise.resolve();
  }
}
class Late1800000000000 extends Early1700000000000 {}
class Middle1750000000000 extends Early1700000000000 {}
class NoTimestamp extends Early1700000000000 {}
class Clash1700000000000 extends Early1700000000000 {}
class ProjectEntity {
  id = '';
}

/** A stand-in for Nest's container: what matters is the module classes it holds. */
const container = (...metatypes: unknown[]): ModulesContainer =>
  new Map(metatypes.map((metatype, i) => [String(i), { metatype }])) as unknown as ModulesContainer;

describe(FeatureCatalog.name, () => {
  it('collects the declarations of the modules in the container, migrations in timestamp order', () => {
    const first = defineFeature({
      name: 'first',
      entities: [ProjectEntity],
      migrations: [Late1800000000000, Early1700000000000],
      openApiTags: [{ name: 'first', description: 'First things' }],
      auditEvents: ['first.done'],
    });
    const second = defineFeature({ name: 'second', migrations: [Middle1750000000000] });
    @Feature(first)
    class FirstModule {}
    @Feature(second)
    class SecondModule {}
    const PlainModule = (): void => undefined;

    const catalog = FeatureCatalog.of(container(PlainModule, FirstModule, SecondModule, FirstModule));

    expect(catalog.features.map((feature) => feature.name)).toEqual(['first', 'second']);
    expect(catalog.migrations).toEqual([Early1700000000000, Middle1750000000000, Late1800000000000]);
    expect(catalog.entities).toEqual([ProjectEntity]);
    expect(catalog.openApiTags).toEqual([{ name: 'first', description: 'First things' }]);
    expect(catalog.auditEvents).toEqual(['first.done']);
  });

  it.each([
    ['two features with one name', [{ name: 'a' }, { name: 'a' }], /feature name a is declared by two features/],
    [
      'one entity in two features',
      [
        { name: 'a', entities: [ProjectEntity] },
        { name: 'b', entities: [ProjectEntity] },
      ],
      /entity ProjectEntity .* "a" and "b"/,
    ],
    [
      'one metric name in two features',
      [
        { name: 'a', metrics: [{ kind: 'counter' as const, name: 'groundwork_x_total', help: 'x' }] },
        { name: 'b', metrics: [{ kind: 'gauge' as const, name: 'groundwork_x_total', help: 'y' }] },
      ],
      /metric groundwork_x_total is declared by two features: "a" and "b"/,
    ],
    [
      'a migration without a timestamp',
      [{ name: 'a', migrations: [NoTimestamp] }],
      /NoTimestamp of "a" must end .* 13-digit timestamp/,
    ],
    [
      'two migrations with one timestamp',
      [
        { name: 'a', migrations: [Early1700000000000] },
        { name: 'b', migrations: [Clash1700000000000] },
      ],
      /migration timestamp 1700000000000/,
    ],
    [
      'one tag in two features',
      [
        { name: 'a', openApiTags: [{ name: 't', description: 'x' }] },
        { name: 'b', openApiTags: [{ name: 't', description: 'y' }] },
      ],
      /OpenAPI tag t/,
    ],
    [
      'one audit event in two features',
      [
        { name: 'a', auditEvents: ['x.y'] },
        { name: 'b', auditEvents: ['x.y'] },
      ],
      /audit event x.y/,
    ],
  ])('refuses %s, naming both', (_case, declarations, message) => {
    expect(() => new FeatureCatalog(declarations.map((declaration) => defineFeature(declaration)))).toThrow(message);
  });

  it('refuses a feature name that is not kebab-case', () => {
    expect(() => defineFeature({ name: 'Projects' })).toThrow(FeatureContractError);
  });
});
