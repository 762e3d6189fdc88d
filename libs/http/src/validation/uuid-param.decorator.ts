import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';

/**
 * The one UUID policy for ids in paths: any RFC 9562 UUID (versions 1 to 8, nil, max), matching the
 * OpenAPI `format: uuid`. An id the database never issued is then simply not found (404), while a
 * malformed one is a 400 before any query runs.
 */
const UUID_PIPE = new ParseUUIDPipe({ version: 'all' });

/**
 * A UUID path parameter, validated and documented in one place:
 * `getProject(@UuidParam('id', 'The project id') id: string)`.
 */
export function UuidParam(name = 'id', description = `The ${name}`): ParameterDecorator {
  const param = Param(name, UUID_PIPE);
  const documented = ApiParam({ name, description, schema: { type: 'string', format: 'uuid', maxLength: 36 } });
  return (target, key, index) => {
    param(target, key, index);
    if (key !== undefined) {
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      if (descriptor) {
        documented(target, key, descriptor);
      }
    }
  };
}
