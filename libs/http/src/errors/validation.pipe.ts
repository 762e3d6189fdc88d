import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { type FieldError, MAX_FIELD_ERRORS, ValidationProblemException } from './problem.exception.js';
import { inputRulesFor } from '../validation/input-rules.js';

/**
 * One message per field and constraint: a missing value is "is required" (not every rule it
 * fails), and rules that say the same thing (MaxLength and MaxCodePoints) say it once.
 */
export function flattenValidationErrors(errors: ValidationError[], parent = '', out: FieldError[] = []): FieldError[] {
  for (const error of errors) {
    if (out.length >= MAX_FIELD_ERRORS) {
      break;
    }
    const field = parent ? `${parent}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length > 0 && (error.value === undefined || error.value === null)) {
      out.push({ field, message: `${field} is required` });
    } else {
      for (const message of new Set(messages)) {
        out.push({ field, message });
      }
    }
    flattenValidationErrors(error.children ?? [], field, out);
  }
  return out;
}

interface Precheck {
  errors: FieldError[];
  /** How many fields were refused (more than listed when there are many). */
  refused: number;
  /** The input without the refused fields, for the usual checks of the others. */
  rest: Record<string, unknown>;
}

/**
 * Unknown fields and oversized strings are found in one pass over the raw input, before
 * class-transformer and class-validator see it: their cost grows faster than the number of
 * unknown keys, class-transformer silently drops keys named like built-ins (`toString`,
 * `hasOwnProperty`, ...), and no pattern should run on a string far over its own bound. Nested
 * DTOs (objects and lists of them) are checked the same way, their fields named by dotted path.
 */
function precheck(value: object, metatype: abstract new (...args: never[]) => unknown): Precheck {
  const errors: FieldError[] = [];
  let refused = 0;
  const refuse = (field: string, message: string): void => {
    refused += 1;
    if (errors.length < MAX_FIELD_ERRORS) {
      errors.push({ field, message });
    }
  };
  const rest = checkObject(value, metatype, '', refuse);
  return { errors, refused, rest };
}

function checkObject(
  value: object,
  metatype: abstract new (...args: never[]) => unknown,
  parent: string,
  refuse: (field: string, message: string) => void,
): Record<string, unknown> {
  const rules = inputRulesFor(metatype);
  const rest: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const path = parent ? `${parent}.${key}` : key;
    const maxLength = rules.maxLengths.get(key);
    const nested = rules.nested.get(key);
    if (!rules.known.has(key)) {
      refuse(path, `property ${path} should not exist`);
    } else if (maxLength !== undefined && typeof field === 'string' && field.length > maxLength * 4 + 64) {
      // Far over: trimming and normalising (which run later) could not bring it under the bound.
      refuse(path, `${path} must be shorter than or equal to ${maxLength} characters`);
    } else if (nested !== undefined && Array.isArray(field)) {
      rest[key] = field.map((item: unknown, index) =>
        isPlainObject(item) ? checkObject(item, nested, `${path}.${index}`, refuse) : item,
      );
    } else if (nested !== undefined && isPlainObject(field)) {
      rest[key] = checkObject(field, nested, path, refuse);
    } else {
      rest[key] = field;
    }
  }
  return rest;
}

const isPlainObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The global pipe: unknown properties are refused, not silently dropped, so mass assignment is a 400. */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const metatype = metadata.metatype;
    if (
      metatype === undefined ||
      (metadata.type !== 'body' && metadata.type !== 'query') ||
      !this.toValidate(metadata) ||
      typeof value !== 'object' ||
      value === null ||
      Array.isArray(value)
    ) {
      return super.transform(value, metadata);
    }
    const checked = precheck(value, metatype as abstract new (...args: never[]) => unknown);
    if (checked.refused === 0) {
      return super.transform(value, metadata);
    }
    // The other fields are still checked, so one answer lists everything wrong.
    const reported = new Set(checked.errors.map((error) => error.field));
    let others: FieldError[] = [];
    try {
      await super.transform(checked.rest, metadata);
    } catch (error) {
      if (!(error instanceof ValidationProblemException)) {
        throw error;
      }
      others = (error.fieldErrors ?? []).filter((e) => !reported.has(e.field));
    }
    throw new ValidationProblemException([...others, ...checked.errors], others.length + checked.refused);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    // The value tells a missing field from a wrong one; it never leaves flattenValidationErrors.
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => new ValidationProblemException(flattenValidationErrors(errors)),
  });
}
