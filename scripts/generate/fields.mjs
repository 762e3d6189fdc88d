// Field specifications for `npm run generate -- resource`: "title:string(200) done:boolean due:date?".

const RESERVED_FIELDS = new Set(['id', 'owner', 'ownerId', 'createdAt', 'updatedAt', 'page', 'limit', 'sort']);

const snake = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** One field: how it is stored, validated, documented and shown. */
function describe(name, type, args, optional) {
  const column = snake(name);
  const base = { name, column, optional, sortable: true, filter: false };
  switch (type) {
    case 'string': {
      const length = Number(args ?? 255);
      if (!Number.isInteger(length) || length < 1 || length > 10_000) {
        throw new Error(`${name}: string(n) needs a length from 1 to 10000`);
      }
      return {
        ...base,
        ts: 'string',
        sql: `character varying(${length})`,
        entity: `type: 'varchar', length: ${length}`,
        validators: ['Trim()', 'IsString()', `MaxLength(${length})`, `MaxCodePoints(${length})`],
        api: `maxLength: ${length}`,
        sample: `'Sample ${name}'`,
        other: `'Changed ${name}'`,
        kind: 'string',
        length,
      };
    }
    case 'text':
      return {
        ...base,
        sortable: false,
        ts: 'string',
        sql: 'text',
        entity: `type: 'text'`,
        validators: ['IsString()', 'MaxLength(10000)', 'MaxCodePoints(10000)'],
        api: 'maxLength: 10000',
        sample: `'Some ${name}'`,
        other: `'Other ${name}'`,
        kind: 'string',
        length: 10000,
      };
    case 'integer':
      return {
        ...base,
        ts: 'number',
        sql: 'integer',
        entity: `type: 'integer'`,
        validators: ['IsInt()', 'Min(-2147483648)', 'Max(2147483647)'],
        api: `type: 'integer', format: 'int32', minimum: -2147483648, maximum: 2147483647`,
        sample: '7',
        other: '8',
        kind: 'number',
      };
    case 'decimal': {
      const [precision, scale] = (args ?? '12,2').split(',').map(Number);
      if (!(precision >= 1 && precision <= 30 && scale >= 0 && scale < precision)) {
        throw new Error(`${name}: decimal(p,s) needs 1 <= p <= 30 and 0 <= s < p`);
      }
      const whole = precision - scale;
      const source = scale > 0 ? `^-?\\d{1,${whole}}(\\.\\d{1,${scale}})?$` : `^-?\\d{1,${whole}}$`;
      const example = scale > 0 ? `12.${'5'.padEnd(scale, '0')}` : '12';
      // PostgreSQL numeric arrives as a string; the API keeps it one, so no precision is lost.
      return {
        ...base,
        ts: 'string',
        sql: `numeric(${precision},${scale})`,
        entity: `type: 'numeric', precision: ${precision}, scale: ${scale}`,
        validators: ['IsString()', `Matches(/${source}/)`],
        api: `pattern: '${source.replaceAll('\\', '\\\\')}', maxLength: ${precision + 2}, example: '${example}'`,
        sample: `'${example}'`,
        other: `'${example.replace('12', '13')}'`,
        kind: 'decimal',
        scale,
      };
    }
    case 'boolean':
      return {
        ...base,
        filter: true,
        ts: 'boolean',
        sql: 'boolean',
        entity: `type: 'boolean'`,
        validators: ['IsBoolean()'],
        api: `type: 'boolean'`,
        sample: 'true',
        other: 'false',
        kind: 'boolean',
      };
    case 'date':
      return {
        ...base,
        ts: 'string',
        sql: 'date',
        entity: `type: 'date'`,
        validators: ['IsISO8601({ strict: true })', 'Matches(/^\\d{4}-\\d{2}-\\d{2}$/)'],
        api: `format: 'date', maxLength: 10`,
        sample: `'2030-01-31'`,
        other: `'2030-02-01'`,
        kind: 'date',
      };
    case 'datetime':
    case 'time':
      return {
        ...base,
        ts: 'Date',
        sql: 'TIMESTAMP WITH TIME ZONE',
        entity: `type: 'timestamptz'`,
        validators: ['IsISO8601({ strict: true })', 'MaxLength(40)'],
        api: `format: 'date-time', maxLength: 40`,
        dtoTs: 'string',
        sample: `'2030-01-31T09:30:00.000Z'`,
        other: `'2030-02-01T10:00:00.000Z'`,
        kind: 'datetime',
      };
    case 'enum': {
      const values = (args ?? '').split('|').filter(Boolean);
      if (values.length === 0 || values.some((v) => !/^[a-z][a-z0-9-]{0,31}$/.test(v))) {
        throw new Error(`${name}: enum(a|b|c) needs lower-case values of up to 32 characters`);
      }
      const list = values.map((v) => `'${v}'`).join(', ');
      return {
        ...base,
        filter: true,
        ts: values.map((v) => `'${v}'`).join(' | '),
        sql: 'character varying(32)',
        entity: `type: 'varchar', length: 32`,
        check: `"${column}" IN (${list})`,
        values,
        validators: [`IsIn([${list}])`],
        api: `enum: [${list}]`,
        sample: `'${values[0]}'`,
        other: `'${values[values.length - 1]}'`,
        kind: 'enum',
      };
    }
    case 'uuid':
      return {
        ...base,
        filter: true,
        sortable: false,
        ts: 'string',
        sql: 'uuid',
        entity: `type: 'uuid'`,
        index: true,
        validators: [`IsUUID('all')`],
        api: `format: 'uuid', maxLength: 36`,
        sample: `'3f0b8a5e-2f4c-4c1e-9a8b-1d2e3f4a5b6c'`,
        other: `'4f0b8a5e-2f4c-4c1e-9a8b-1d2e3f4a5b6c'`,
        kind: 'uuid',
      };
    default:
      throw new Error(
        `${name}: unknown type "${type}" (string(n), text, integer, decimal(p,s), boolean, date, datetime, enum(a|b), uuid; ? for optional)`,
      );
  }
}

/** Parses "title:string(200) done:boolean due:date?" into field descriptions. */
export function parseFields(spec) {
  const fields = [];
  for (const token of spec.trim().split(/\s+/).filter(Boolean)) {
    const match = /^([a-z][A-Za-z0-9]{0,40}):([a-z]+)(?:\(([^)]*)\))?(\?)?$/.exec(token);
    if (!match) {
      throw new Error(`"${token}" is not a field: write name:type, e.g. title:string(200) or due:date?`);
    }
    const [, name, type, args, optional] = match;
    if (RESERVED_FIELDS.has(name)) {
      throw new Error(`"${name}" is reserved (the generator adds id, ownerId, createdAt and updatedAt itself)`);
    }
    if (fields.some((field) => field.name === name)) {
      throw new Error(`"${name}" is given twice`);
    }
    fields.push(describe(name, type, args, optional === '?'));
  }
  return fields;
}
