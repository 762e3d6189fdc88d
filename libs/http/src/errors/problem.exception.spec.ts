import { MAX_FIELD_ERRORS, ValidationProblemException } from './problem.exception.js';

describe(ValidationProblemException.name, () => {
  it('lists the field errors and sums them up in the detail', () => {
    const problem = new ValidationProblemException([
      { field: 'email', message: 'email must be an email' },
      { field: 'name', message: 'name should not be empty' },
    ]);
    expect(problem.getStatus()).toBe(400);
    expect(problem.fieldErrors).toHaveLength(2);
    expect(problem.message).toBe('email must be an email; name should not be empty');
  });

  it('stays small whatever the request held', () => {
    const errors = Array.from({ length: 5_000 }, (_, i) => ({
      field: `k${i}${'x'.repeat(1_000)}`,
      message: `property k${i} should not exist ${'y'.repeat(1_000)}`,
    }));
    const problem = new ValidationProblemException(errors);
    expect(problem.fieldErrors).toHaveLength(MAX_FIELD_ERRORS);
    expect(Math.max(...problem.fieldErrors!.map((e) => e.field.length))).toBeLessThanOrEqual(200);
    expect(Math.max(...problem.fieldErrors!.map((e) => e.message.length))).toBeLessThanOrEqual(500);
    expect(problem.message.length).toBeLessThan(3_000);
    expect(problem.message).toMatch(/and 4995 more$/);
  });
});
