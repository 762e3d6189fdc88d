import { getMetadataStorage } from 'class-validator';
import type { MetadataStorage } from 'class-transformer/types/MetadataStorage.js';
// class-transformer keeps @Type() in a storage its index does not export (the same instance Nest's pipe uses).
// @ts-expect-error -- the package declares types for its index only
import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';

const transformerMetadata = defaultMetadataStorage as MetadataStorage;

type DtoClass = abstract new (...args: never[]) => unknown;

export interface InputRules {
  /** Properties with at least one validation rule: the only ones a request may send. */
  known: ReadonlySet<string>;
  /** The smallest declared length bound of each string property that has one. */
  maxLengths: ReadonlyMap<string, number>;
  /** Properties validated as nested DTOs (@ValidateNested), with their class: checked the same way. */
  nested: ReadonlyMap<string, DtoClass>;
}

const LENGTH_RULES = new Set(['maxLength', 'maxCodePoints']);
const cache = new WeakMap<object, InputRules>();

/** What a DTO class accepts, read once from class-validator's metadata (inherited and mapped types included). */
export function inputRulesFor(metatype: DtoClass): InputRules {
  let rules = cache.get(metatype);
  if (rules === undefined) {
    const known = new Set<string>();
    const maxLengths = new Map<string, number>();
    const nested = new Map<string, DtoClass>();
    for (const rule of getMetadataStorage().getTargetValidationMetadatas(metatype, '', true, false)) {
      known.add(rule.propertyName);
      if (rule.type === 'nestedValidation') {
        const type = nestedType(metatype, rule.propertyName);
        if (type !== undefined) {
          nested.set(rule.propertyName, type);
        }
      }
      const max = (rule.constraints as unknown[] | undefined)?.[0];
      if (rule.name !== undefined && LENGTH_RULES.has(rule.name) && !rule.each && typeof max === 'number') {
        maxLengths.set(rule.propertyName, Math.min(max, maxLengths.get(rule.propertyName) ?? max));
      }
    }
    rules = { known, maxLengths, nested };
    cache.set(metatype, rules);
  }
  return rules;
}

/** A nested DTO's class: from @Type() (needed for lists), else the property's declared type. */
function nestedType(metatype: DtoClass, property: string): DtoClass | undefined {
  // Typed as always found; undefined without @Type().
  const found = transformerMetadata.findTypeMetadata(metatype, property) as { typeFunction: () => unknown } | undefined;
  const declared = found?.typeFunction();
  const type = declared ?? (Reflect.getMetadata('design:type', metatype.prototype as object, property) as unknown);
  return typeof type === 'function' && type !== Array && type !== Object ? (type as DtoClass) : undefined;
}
