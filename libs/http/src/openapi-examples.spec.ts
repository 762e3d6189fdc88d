import { readFileSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { passwordProblem } from '@groundwork/users';
import type { OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_JSON } from './errors/problem-details.dto.js';

// The committed document: `npm run check` (openapi:check) proves it is what the code generates.
const document = JSON.parse(readFileSync(new URL('../../../openapi.json', import.meta.url), 'utf8')) as OpenAPIObject;

type Schema = { $ref?: string; properties?: Record<string, { example?: unknown }> };

/** The properties' examples of an operation's JSON request body, as Swagger UI fills in "Try it out". */
function requestExample(path: string): Record<string, unknown> {
  const body = document.paths[path]?.post?.requestBody as { content: Record<string, { schema: Schema }> };
  const ref = body.content['application/json']!.schema.$ref!;
  const schema = document.components!.schemas![ref.split('/').at(-1)!] as Schema;
  return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([name, p]) => [name, p.example]));
}

describe('The OpenAPI examples work together in Swagger UI', () => {
  it('every problem+json response of every operation shows an example of its own status', () => {
    const checked: string[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
        for (const [code, response] of Object.entries(item[method]?.responses ?? {})) {
          const media = (response as { content?: Record<string, { example?: { status?: unknown; title?: unknown } }> })
            .content?.[PROBLEM_JSON];
          if (media === undefined) {
            continue;
          }
          const where = `${method.toUpperCase()} ${path} ${code}`;
          expect([where, media.example?.status, media.example?.title]).toEqual([
            where,
            Number(code),
            STATUS_CODES[Number(code)],
          ]);
          checked.push(where);
        }
      }
    }
    // Not vacuous: the errors every operation can give (400, 429, 500, 503) and the specific ones.
    expect(checked.length).toBeGreaterThan(4 * Object.keys(document.paths).length);
    expect(checked).toEqual(expect.arrayContaining(['GET /api/v1/users/{id} 404', 'POST /api/v1/auth/register 409']));
  });

  it("the register example's credentials sign in with the login example, and pass the password policy", () => {
    const register = requestExample('/api/v1/auth/register');
    const login = requestExample('/api/v1/auth/login');
    expect(typeof register.email).toBe('string');
    expect(typeof register.password).toBe('string');
    expect(typeof register.name).toBe('string');
    expect({ email: login.email, password: login.password }).toEqual({
      email: register.email,
      password: register.password,
    });
    expect(passwordProblem(register.password as string, register.email as string)).toBeUndefined();
  });
});
