import { Type } from 'class-transformer';
import { IsEmail, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { MaxCodePoints } from '../validation/max-code-points.decorator.js';
import { ValidationProblemException } from './problem.exception.js';
import { createValidationPipe } from './validation.pipe.js';

class SignUp {
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(10)
  @MaxCodePoints(10)
  name!: string;

  @IsOptional()
  @IsString()
  nickname?: string;
}

class Address {
  @IsString()
  @MaxLength(20)
  city!: string;
}

/** A DTO with nested DTOs, one object and one list: their fields are checked like the top level's. */
class Profile {
  @ValidateNested()
  @Type(() => Address)
  home!: Address;

  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => Address)
  others?: Address[];
}

async function refusal(body: unknown, metatype: new () => unknown = SignUp): Promise<ValidationProblemException> {
  const error = await createValidationPipe()
    .transform(body, { type: 'body', metatype })
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(ValidationProblemException);
  return error as ValidationProblemException;
}

describe('the validation pipe', () => {
  it('says "is required" once for a missing field, not every rule it fails', async () => {
    const problem = await refusal({ name: 'Ada' });
    expect(problem.fieldErrors).toEqual([{ field: 'email', message: 'email is required' }]);
    expect((await refusal(undefined)).fieldErrors?.map((e) => e.message)).toEqual([
      'email is required',
      'name is required',
    ]);
  });

  it('gives one message per field and constraint', async () => {
    const problem = await refusal({ email: 'a@example.com', name: 'a very long name' });
    expect(problem.fieldErrors).toEqual([
      { field: 'name', message: 'name must be shorter than or equal to 10 characters' },
    ]);
  });

  it.each(['toString', 'valueOf', 'constructor', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__'])(
    'refuses an unknown field named like a built-in (%s)',
    async (key) => {
      const body = JSON.parse(`{"email":"a@example.com","name":"Ada","${key}":1}`) as unknown;
      const problem = await refusal(body);
      expect(problem.fieldErrors).toEqual([{ field: key, message: `property ${key} should not exist` }]);
    },
  );

  it.each(['toString', 'constructor', 'hasOwnProperty', 'role'])(
    'refuses an unknown field (%s) inside a nested DTO, object or list item, by its path',
    async (key) => {
      const home = JSON.parse(`{"home":{"city":"Paris","${key}":1}}`) as unknown;
      expect((await refusal(home, Profile)).fieldErrors).toEqual([
        { field: `home.${key}`, message: `property home.${key} should not exist` },
      ]);
      const listed = JSON.parse(
        `{"home":{"city":"Paris"},"others":[{"city":"Rome"},{"city":"Oslo","${key}":1}]}`,
      ) as unknown;
      expect((await refusal(listed, Profile)).fieldErrors).toEqual([
        { field: `others.1.${key}`, message: `property others.1.${key} should not exist` },
      ]);
    },
  );

  it('accepts nested DTOs with known fields only, and still validates them', async () => {
    const accepted = await createValidationPipe().transform(
      { home: { city: 'Paris' }, others: [{ city: 'Rome' }] },
      { type: 'body', metatype: Profile },
    );
    expect(accepted).toBeInstanceOf(Profile);
    expect((accepted as Profile).home).toBeInstanceOf(Address);
    expect((await refusal({ home: { city: 'x'.repeat(21) } }, Profile)).fieldErrors).toEqual([
      { field: 'home.city', message: 'city must be shorter than or equal to 20 characters' },
    ]);
  });

  it('refuses thousands of unknown fields in linear time, listing the first ones', async () => {
    const body: Record<string, unknown> = { email: 'a@example.com', name: 'Ada' };
    for (let i = 0; i < 50_000; i += 1) {
      body[`k${i}`] = 1;
    }
    const started = performance.now();
    const problem = await refusal(body);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(problem.fieldErrors).toHaveLength(100);
    expect(problem.message).toMatch(/and 49995 more$/);
  });

  it('still checks the declared fields when unknown ones are refused', async () => {
    const problem = await refusal({ name: '', extra: 1 });
    expect(problem.fieldErrors).toEqual([
      { field: 'email', message: 'email is required' },
      { field: 'name', message: 'name must be longer than or equal to 1 characters' },
      { field: 'extra', message: 'property extra should not exist' },
    ]);
  });

  it('refuses a string far over its bound before any other rule runs on it', async () => {
    const problem = await refusal({ email: `${'a'.repeat(100_000)}@example.com`, name: 'Ada' });
    expect(problem.fieldErrors).toEqual([
      { field: 'email', message: 'email must be shorter than or equal to 254 characters' },
    ]);
  });

  it('passes a valid body through as the DTO', async () => {
    const value = await createValidationPipe().transform(
      { email: 'a@example.com', name: 'Ada' },
      { type: 'body', metatype: SignUp },
    );
    expect(value).toBeInstanceOf(SignUp);
  });
});
