import { getMetadataStorage } from 'class-validator';

export interface InputRules {
  /** Properties with at least one validation rule: the only ones a request may send. */
  known: ReadonlySet<string>;
  /** The smallest declared length bound of each string property that has one. */
  maxLengths: ReadonlyMap<string, number>;
}

const LENGTH_RULES = new Set(['maxLength', 'maxCodePoints']);
const cache = new WeakMap<object, InputRules>();

/** What a DTO class accepts, read once from class-validator's metadata (inherited and mapped types included). */
export function inputRulesFor(metatype: abstract new (...args: never[]) => unknown): InputRules {
  let rules = cache.get(metatype);
  if (rules === undefined) {
    const known = new Set<string>();
    const maxLengths = new Map<string, number>();
    for (const rule of getMetadataStorage().getTargetValidationMetadatas(metatype, '', true, false)) {
      known.add(rule.propertyName);
      const max = (rule.constraints as unknown[] | undefined)?.[0];
      if (rule.name !== undefined && LENGTH_RULES.has(rule.name) && !rule.each && typeof max === 'number') {
        maxLengths.set(rule.propertyName, Math.min(max, maxLengths.get(rule.propertyName) ?? max));
      }
    }
    rules = { known, maxLengths };
    cache.set(metatype, rules);
  }
  return rules;
}
