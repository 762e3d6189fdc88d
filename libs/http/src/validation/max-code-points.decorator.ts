import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';

/** Counts characters the way PostgreSQL's varchar(n) does: code points. */
export const codePointLength = (text: string): number => {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 1;
      }
    }
    count += 1;
  }
  return count;
};

/**
 * The database's own bound. class-validator's MaxLength (kept beside it for the OpenAPI
 * document) does not count variation selectors, so a value it accepts can overflow the column.
 */
export function MaxCodePoints(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxCodePoints',
      constraints: [max],
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || codePointLength(value) <= max,
        defaultMessage: buildMessage(
          (prefix) => `${prefix}$property must be shorter than or equal to $constraint1 characters`,
          options,
        ),
      },
    },
    options,
  );
}
