// The files of a generated resource lib. Each function returns one file's text; names come from names().

const pascal = (kebab) => kebab.replace(/(^|-)([a-z0-9])/g, (_m, _d, c) => c.toUpperCase());
const camel = (kebab) => pascal(kebab).replace(/^./, (c) => c.toLowerCase());
const singular = (word) =>
  word.endsWith('ies')
    ? `${word.slice(0, -3)}y`
    : word.endsWith('s') && !word.endsWith('ss')
      ? word.slice(0, -1)
      : word;

/** Every name a resource's files use, from its kebab-case (plural) name: "projects". */
export function names(name) {
  const one = singular(name);
  return {
    lib: name,
    table: name.replaceAll('-', '_'),
    path: name,
    Plural: pascal(name),
    plural: camel(name),
    One: pascal(one),
    one: camel(one),
    label: one.replaceAll('-', ' '),
    constant: name.replaceAll('-', '_').toUpperCase(),
  };
}

const I = '  ';

export function entity(n, fields, owner) {
  const columns = fields.map((f) => {
    const options = [f.column !== f.name ? `name: '${f.column}'` : null, f.entity, f.optional ? 'nullable: true' : null]
      .filter(Boolean)
      .join(', ');
    const tsType = f.optional ? `${f.ts} | null` : f.ts;
    const index = f.index ? `${I}@Index('IDX_${n.table}_${f.column}')\n` : '';
    return `${index}${I}@Column({ ${options} })\n${I}${f.name}!: ${tsType};\n`;
  });
  const checks = fields
    .filter((f) => f.check)
    .map((f) => `@Check('CHK_${n.table}_${f.column}', \`${f.check}\`)\n`)
    .join('');
  const ownerColumn = owner
    ? `${I}// A plain foreign key by table name: the owner's id is all this lib needs from users.
${I}@ForeignKey('users', { name: 'FK_${n.table}_owner', onDelete: 'CASCADE' })
${I}@Column({ name: 'owner_id', type: 'uuid' })
${I}ownerId!: string;

`
    : '';
  const listIndex = owner
    ? `@Index('IDX_${n.table}_owner_id_created_at', ['ownerId', 'createdAt'])`
    : `@Index('IDX_${n.table}_created_at', ['createdAt'])`;
  const imports = ['Column', 'CreateDateColumn', 'Entity', 'Index', 'PrimaryGeneratedColumn', 'UpdateDateColumn'];
  if (owner) {
    imports.push('ForeignKey');
  }
  if (checks) {
    imports.push('Check');
  }
  return `import { ${imports.sort().join(', ')} } from 'typeorm';

/** One ${n.label}${owner ? ', owned by the user who created it' : ''}. Constraint and index names are explicit, so migrations can name them. */
@Entity('${n.table}')
${checks}${listIndex}
export class ${n.One}Entity {
${I}@PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_${n.table}' })
${I}id!: string;

${ownerColumn}${columns.join('\n')}
${I}@CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
${I}createdAt!: Date;

${I}@UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
${I}updatedAt!: Date;
}
`;
}

export function migration(n, fields, owner, timestamp) {
  const cols = [
    `"id" uuid NOT NULL DEFAULT gen_random_uuid()`,
    ...(owner ? [`"owner_id" uuid NOT NULL`] : []),
    ...fields.map((f) => `"${f.column}" ${f.sql}${f.optional ? '' : ' NOT NULL'}`),
    `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    `"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    ...fields.filter((f) => f.check).map((f) => `CONSTRAINT "CHK_${n.table}_${f.column}" CHECK (${f.check})`),
    `CONSTRAINT "PK_${n.table}" PRIMARY KEY ("id")`,
  ];
  const indexes = [
    owner
      ? `CREATE INDEX "IDX_${n.table}_owner_id_created_at" ON "${n.table}" ("owner_id", "created_at")`
      : `CREATE INDEX "IDX_${n.table}_created_at" ON "${n.table}" ("created_at")`,
    ...fields
      .filter((f) => f.index)
      .map((f) => `CREATE INDEX "IDX_${n.table}_${f.column}" ON "${n.table}" ("${f.column}")`),
    ...(owner
      ? [
          `ALTER TABLE "${n.table}" ADD CONSTRAINT "FK_${n.table}_owner" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
        ]
      : []),
  ];
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The ${n.table} table, as generated with the ${n.lib} lib. */
export class ${n.Plural}${timestamp} implements MigrationInterface {
${I}name = '${n.Plural}${timestamp}';

${I}async up(queryRunner: QueryRunner): Promise<void> {
${I}${I}await queryRunner.query(
${I}${I}${I}\`CREATE TABLE "${n.table}" (
${cols.map((c) => `${I}${I}${I}${I}${c}`).join(',\n')}
${I}${I}${I})\`,
${I}${I});
${indexes.map((sql) => `${I}${I}await queryRunner.query(\`${sql}\`);`).join('\n')}
${I}}

${I}async down(queryRunner: QueryRunner): Promise<void> {
${I}${I}await queryRunner.query(\`DROP TABLE "${n.table}"\`);
${I}}
}
`;
}

const decorators = (f) => f.validators.map((v) => `${I}@${v}\n`).join('');
const validatorImports = (fields, extra = []) => {
  const fromClassValidator = new Set(extra);
  const fromHttp = new Set();
  for (const f of fields) {
    for (const v of f.validators) {
      const name = v.slice(0, v.indexOf('('));
      (name === 'Trim' || name === 'MaxCodePoints' ? fromHttp : fromClassValidator).add(name);
    }
  }
  return { fromClassValidator: [...fromClassValidator].sort(), fromHttp: [...fromHttp].sort() };
};

export function dto(n, fields, owner) {
  const { fromClassValidator, fromHttp } = validatorImports(fields, ['IsIn', 'IsOptional', 'ValidateIf']);
  const sortFields = ['createdAt', 'updatedAt', ...fields.filter((f) => f.sortable).map((f) => f.name)];
  const filters = fields.filter((f) => f.filter);
  const responseFields = fields
    .map((f) => {
      const ts = f.dtoTs ?? f.ts;
      return `${I}/** ${f.optional ? 'Optional; null when not set.' : 'Required.'} */
${I}@ApiProperty({ ${f.api}${f.optional ? ', nullable: true' : ''} })
${I}${f.name}!: ${f.optional ? `${ts} | null` : ts};`;
    })
    .join('\n');
  const createFields = fields
    .map(
      (f) =>
        `${I}/** The ${f.name.replace(/([A-Z])/g, ' $1').toLowerCase()}${f.optional ? ' (optional; null clears it)' : ''}. @example ${f.sample.replaceAll("'", '')} */
${I}@ApiProperty({ ${f.api}, required: ${!f.optional}${f.optional ? ', nullable: true' : ''} })
${f.optional ? `${I}@IsOptional()\n` : ''}${decorators(f)}${I}${f.name}${f.optional ? '?' : '!'}: ${f.optional ? `${f.dtoTs ?? f.ts} | null` : (f.dtoTs ?? f.ts)};`,
    )
    .join('\n\n');
  const updateFields = fields
    .map(
      (f) =>
        `${I}@ApiProperty({ ${f.api}, required: false${f.optional ? ', nullable: true' : ''} })
${f.optional ? `${I}@IsOptional()\n` : `${I}// Absent: unchanged. null is not a value for a required field, so it is validated (and refused).\n${I}@ValidateIf((_dto: unknown, value: unknown) => value !== undefined)\n`}${decorators(f)}${I}${f.name}?: ${f.optional ? `${f.dtoTs ?? f.ts} | null` : (f.dtoTs ?? f.ts)};`,
    )
    .join('\n\n');
  const filterFields = filters
    .map((f) => {
      if (f.kind === 'boolean') {
        return `${I}/** Only ${n.label}s with this ${f.name}. */
${I}@ApiProperty({ enum: ['true', 'false'], required: false })
${I}@IsOptional()
${I}@IsIn(['true', 'false'])
${I}${f.name}?: 'true' | 'false';`;
      }
      return `${I}/** Only ${n.label}s with this ${f.name}. */
${I}@ApiProperty({ ${f.api}, required: false })
${I}@IsOptional()
${decorators(f)}${I}${f.name}?: ${f.ts};`;
    })
    .join('\n\n');
  const mapped = fields
    .map((f) => {
      if (f.kind === 'datetime') {
        return `${I}${I}${f.name}: ${n.one}.${f.name}${f.optional ? '?' : ''}.toISOString()${f.optional ? ' ?? null' : ''},`;
      }
      return `${I}${I}${f.name}: ${n.one}.${f.name},`;
    })
    .join('\n');
  return `import { ApiProperty } from '@nestjs/swagger';
import { ${fromClassValidator.join(', ')} } from 'class-validator';
import { ${['PageQueryDto', ...fromHttp].sort().join(', ')} } from '@groundwork/http';
import type { ${n.One}Entity } from './${n.lib}.entity.js';

/** A ${n.label} as the API shows it. */
export class ${n.One}ResponseDto {
${I}@ApiProperty({ format: 'uuid', maxLength: 36 })
${I}id!: string;
${responseFields}
${I}@ApiProperty({ format: 'date-time', maxLength: 40 })
${I}createdAt!: string;
${I}@ApiProperty({ format: 'date-time', maxLength: 40 })
${I}updatedAt!: string;
}

/** The only way an entity becomes an answer: nothing leaks by accident${owner ? ' (the owner is implied)' : ''}. */
export function map${n.One}(${n.one}: ${n.One}Entity): ${n.One}ResponseDto {
${I}return {
${I}${I}id: ${n.one}.id,
${mapped}
${I}${I}createdAt: ${n.one}.createdAt.toISOString(),
${I}${I}updatedAt: ${n.one}.updatedAt.toISOString(),
${I}};
}

export class ${n.One}CreateDto {
${createFields}
}

/** Any of the fields, with the rules they have at creation; absent ones are unchanged. */
export class ${n.One}UpdateDto {
${updateFields}
}

export const ${n.constant}_SORT_FIELDS = [${sortFields.map((s) => `'${s}'`).join(', ')}] as const;
const SORT_VALUES = ${n.constant}_SORT_FIELDS.flatMap((field) => [field, \`-\${field}\`]);

export class ${n.One}ListQueryDto extends PageQueryDto {
${I}/** Sort field, prefixed with - for descending. */
${I}@ApiProperty({ enum: SORT_VALUES, required: false, default: '-createdAt' })
${I}@IsOptional()
${I}@IsIn(SORT_VALUES)
${I}sort: string = '-createdAt';
${filterFields ? `\n${filterFields}\n` : ''}}
`;
}

export function repository(n, fields, owner) {
  const filters = fields.filter((f) => f.filter);
  const scope = owner ? 'ownerId: string, ' : '';
  const where = owner ? '{ id, ownerId }' : '{ id }';
  const filterLines = filters
    .map((f) =>
      f.kind === 'boolean'
        ? `${I}${I}if (filter.${f.name} !== undefined) {\n${I}${I}${I}query.andWhere('${n.one}.${f.name} = :${f.name}', { ${f.name}: filter.${f.name} === 'true' });\n${I}${I}}`
        : `${I}${I}if (filter.${f.name} !== undefined) {\n${I}${I}${I}query.andWhere('${n.one}.${f.name} = :${f.name}', { ${f.name}: filter.${f.name} });\n${I}${I}}`,
    )
    .join('\n');
  return `import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Transaction } from '@groundwork/database';
import type { ${n.One}ListQueryDto } from './${n.lib}.dto.js';
import { ${n.One}Entity } from './${n.lib}.entity.js';

export type New${n.One} = Omit<${n.One}Entity, 'id' | 'createdAt' | 'updatedAt'>;
export type ${n.One}Patch = Partial<New${n.One}>;

/** Every query on ${n.table}${owner ? ", each scoped to its owner: another user's row is never read or written" : ''}. */
@Injectable()
export class ${n.Plural}Repository {
${I}constructor(@InjectRepository(${n.One}Entity) private readonly ${n.plural}: Repository<${n.One}Entity>) {}

${I}private repo(tx?: Transaction): Repository<${n.One}Entity> {
${I}${I}return tx ? tx.getRepository(${n.One}Entity) : this.${n.plural};
${I}}

${I}get(${scope}id: string, tx?: Transaction): Promise<${n.One}Entity | null> {
${I}${I}return this.repo(tx).findOneBy(${where});
${I}}

${I}async getList(${scope}filter: ${n.One}ListQueryDto): Promise<[${n.One}Entity[], number]> {
${I}${I}const query = this.${n.plural}.createQueryBuilder('${n.one}');
${owner ? `${I}${I}query.where('${n.one}.ownerId = :ownerId', { ownerId });\n` : ''}${filterLines ? `${filterLines}\n` : ''}${I}${I}const descending = filter.sort.startsWith('-');
${I}${I}const field = descending ? filter.sort.slice(1) : filter.sort;
${I}${I}// The sort field comes from an allow-list (the DTO); the id makes the order total, so pages never overlap.
${I}${I}return query
${I}${I}${I}.orderBy(\`${n.one}.\${field}\`, descending ? 'DESC' : 'ASC')
${I}${I}${I}.addOrderBy('${n.one}.id', 'ASC')
${I}${I}${I}.skip((filter.page - 1) * filter.limit)
${I}${I}${I}.take(filter.limit)
${I}${I}${I}.getManyAndCount();
${I}}

${I}create(values: New${n.One}, tx?: Transaction): Promise<${n.One}Entity> {
${I}${I}const repo = this.repo(tx);
${I}${I}return repo.save(repo.create(values));
${I}}

${I}/** Applies the patch and returns the row, or null when there is none (for this owner). */
${I}async update(${scope}id: string, patch: ${n.One}Patch, tx?: Transaction): Promise<${n.One}Entity | null> {
${I}${I}const repo = this.repo(tx);
${I}${I}const row = await repo.findOneBy(${where});
${I}${I}if (!row) {
${I}${I}${I}return null;
${I}${I}}
${I}${I}return repo.save(repo.merge(row, patch));
${I}}

${I}/** True when a row was deleted. */
${I}async delete(${scope}id: string, tx?: Transaction): Promise<boolean> {
${I}${I}const result = await this.repo(tx).delete(${where});
${I}${I}return (result.affected ?? 0) > 0;
${I}}
}
`;
}

export function service(n, fields, owner) {
  const who = owner ? 'me: Principal, ' : '';
  const ownerArg = owner ? 'me.userId, ' : '';
  const toEntity = fields
    .map((f) =>
      f.kind === 'datetime'
        ? `${I}${I}${f.name}: ${f.optional ? `dto.${f.name} ? new Date(dto.${f.name}) : null` : `new Date(dto.${f.name})`},`
        : `${I}${I}${f.name}: dto.${f.name}${f.optional ? ' ?? null' : ''},`,
    )
    .join('\n');
  const toPatch = fields
    .map((f) =>
      f.kind === 'datetime'
        ? `${I}if (dto.${f.name} !== undefined) {\n${I}${I}patch.${f.name} = ${f.optional ? `dto.${f.name} === null ? null : new Date(dto.${f.name})` : `new Date(dto.${f.name})`};\n${I}}`
        : `${I}if (dto.${f.name} !== undefined) {\n${I}${I}patch.${f.name} = dto.${f.name};\n${I}}`,
    )
    .join('\n');
  return `import { Injectable } from '@nestjs/common';
${owner ? "import type { Principal } from '@groundwork/access';\n" : ''}import { type Page, ProblemException, toPage } from '@groundwork/http';
import {
${I}map${n.One},
${I}type ${n.One}CreateDto,
${I}type ${n.One}ListQueryDto,
${I}type ${n.One}ResponseDto,
${I}type ${n.One}UpdateDto,
} from './${n.lib}.dto.js';
import { type ${n.One}Patch, ${n.Plural}Repository } from './${n.lib}.repository.js';

const notFound = (): ProblemException => new ProblemException(404, '${n.One[0]}${n.label.slice(1)} not found');

/** Builds the stored values from a request; validated DTOs only. */
function patchOf(dto: ${n.One}UpdateDto): ${n.One}Patch {
${I}const patch: ${n.One}Patch = {};
${toPatch}
${I}return patch;
}

/** The ${n.label} rules${owner ? ": a user sees and changes only their own; another user's is not found (404)" : ''}. */
@Injectable()
export class ${n.Plural}Service {
${I}constructor(private readonly ${n.plural}: ${n.Plural}Repository) {}

${I}async getList(${who}query: ${n.One}ListQueryDto): Promise<Page<${n.One}ResponseDto>> {
${I}${I}const [items, total] = await this.${n.plural}.getList(${ownerArg}query);
${I}${I}return toPage(items.map(map${n.One}), total, query);
${I}}

${I}async get(${who}id: string): Promise<${n.One}ResponseDto> {
${I}${I}const ${n.one} = await this.${n.plural}.get(${ownerArg}id);
${I}${I}if (!${n.one}) {
${I}${I}${I}throw notFound();
${I}${I}}
${I}${I}return map${n.One}(${n.one});
${I}}

${I}async create(${who}dto: ${n.One}CreateDto): Promise<${n.One}ResponseDto> {
${I}${I}const ${n.one} = await this.${n.plural}.create({
${owner ? `${I}${I}${I}ownerId: me.userId,\n` : ''}${toEntity.replaceAll(`${I}${I}`, `${I}${I}${I}`)}
${I}${I}});
${I}${I}return map${n.One}(${n.one});
${I}}

${I}async update(${who}id: string, dto: ${n.One}UpdateDto): Promise<${n.One}ResponseDto> {
${I}${I}const ${n.one} = await this.${n.plural}.update(${ownerArg}id, patchOf(dto));
${I}${I}if (!${n.one}) {
${I}${I}${I}throw notFound();
${I}${I}}
${I}${I}return map${n.One}(${n.one});
${I}}

${I}async delete(${who}id: string): Promise<void> {
${I}${I}if (!(await this.${n.plural}.delete(${ownerArg}id))) {
${I}${I}${I}throw notFound();
${I}${I}}
${I}}
}
`;
}

export function controller(n, owner) {
  const me = owner ? '@CurrentUser() me: Principal, ' : '';
  const meArg = owner ? 'me, ' : '';
  const guard = owner ? '@Authenticated()' : "@Authenticated({ roles: ['admin'] })";
  return `import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated${owner ? ', CurrentUser, type Principal' : ''} } from '@groundwork/access';
import { ApiPageResponse, ApiProblemResponses, type Page, UuidParam } from '@groundwork/http';
import { ${n.One}CreateDto, ${n.One}ListQueryDto, ${n.One}ResponseDto, ${n.One}UpdateDto } from './${n.lib}.dto.js';
import { ${n.Plural}Service } from './${n.lib}.service.js';

const ${n.One}Id = () => UuidParam('id', 'The ${n.label} id');

/** ${owner ? `The signed-in user's ${n.label}s; another user's are not found.` : `${n.One[0]}${n.label.slice(1)}s; admins only.`} */
@ApiTags('${n.path}')
${guard}
@Controller('${n.path}')
export class ${n.Plural}Controller {
${I}constructor(private readonly ${n.plural}: ${n.Plural}Service) {}

${I}/** Lists ${n.label}s a page at a time, with filters and an allow-listed sort. */
${I}@Get()
${I}@ApiPageResponse(${n.One}ResponseDto)
${I}@ApiProblemResponses(400)
${I}list${n.Plural}(${me}@Query() query: ${n.One}ListQueryDto): Promise<Page<${n.One}ResponseDto>> {
${I}${I}return this.${n.plural}.getList(${meArg}query);
${I}}

${I}/** Creates a ${n.label}. */
${I}@Post()
${I}@ApiProblemResponses(400)
${I}create${n.One}(${me}@Body() dto: ${n.One}CreateDto): Promise<${n.One}ResponseDto> {
${I}${I}return this.${n.plural}.create(${meArg}dto);
${I}}

${I}/** One ${n.label} by id. */
${I}@Get(':id')
${I}@ApiProblemResponses(400, 404)
${I}get${n.One}(${me}@${n.One}Id() id: string): Promise<${n.One}ResponseDto> {
${I}${I}return this.${n.plural}.get(${meArg}id);
${I}}

${I}/** Changes the given fields of a ${n.label}. */
${I}@Patch(':id')
${I}@ApiProblemResponses(400, 404)
${I}update${n.One}(${me}@${n.One}Id() id: string, @Body() dto: ${n.One}UpdateDto): Promise<${n.One}ResponseDto> {
${I}${I}return this.${n.plural}.update(${meArg}id, dto);
${I}}

${I}/** Deletes a ${n.label}. */
${I}@Delete(':id')
${I}@HttpCode(204)
${I}@ApiNoContentResponse({ description: '${n.One[0]}${n.label.slice(1)} deleted' })
${I}@ApiProblemResponses(400, 404)
${I}delete${n.One}(${me}@${n.One}Id() id: string): Promise<void> {
${I}${I}return this.${n.plural}.delete(${meArg}id);
${I}}
}
`;
}

export function feature(n, owner, timestamp) {
  return `import { defineFeature } from '@groundwork/feature';
import { ${n.One}Entity } from './${n.lib}.entity.js';
import { ${n.Plural}${timestamp} } from './migrations/${timestamp}-${n.Plural}.js';

/** What the platform needs from the ${n.lib} lib (see FeatureDeclaration). */
export const ${n.constant}_FEATURE = defineFeature({
${I}name: '${n.lib}',
${I}entities: [${n.One}Entity],
${I}migrations: [${n.Plural}${timestamp}],
${I}openApiTags: [{ name: '${n.path}', description: "${owner ? `The signed-in user's ${n.label}s` : `${n.One[0]}${n.label.slice(1)}s, administered by admins`}" }],
});
`;
}

export function module(n) {
  return `import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Feature } from '@groundwork/feature';
import { ${n.Plural}Controller } from './${n.lib}.controller.js';
import { ${n.constant}_FEATURE } from './${n.lib}.feature.js';
import { ${n.Plural}Repository } from './${n.lib}.repository.js';
import { ${n.Plural}Service } from './${n.lib}.service.js';

@Feature(${n.constant}_FEATURE)
@Module({
${I}imports: [TypeOrmModule.forFeature(${n.constant}_FEATURE.entities)],
${I}controllers: [${n.Plural}Controller],
${I}providers: [${n.Plural}Repository, ${n.Plural}Service],
${I}exports: [${n.Plural}Service],
})
export class ${n.Plural}Module {}
`;
}

export function index(n) {
  return `export * from './${n.lib}.module.js';
export * from './${n.lib}.feature.js';
export * from './${n.lib}.service.js';
export * from './${n.lib}.dto.js';
`;
}

const sampleBody = (fields, pick) => `{ ${fields.map((f) => `${f.name}: ${pick(f)}`).join(', ')} }`;

export function serviceSpec(n, fields, owner) {
  const me = owner ? `me, ` : '';
  return `import { strictMock } from '../../../test/support/strict-mock.js';
${owner ? "import type { Principal } from '@groundwork/access';\n" : ''}import { ProblemException } from '@groundwork/http';
import { ${n.One}Entity } from './${n.lib}.entity.js';
import { ${n.Plural}Repository } from './${n.lib}.repository.js';
import { ${n.Plural}Service } from './${n.lib}.service.js';

${owner ? "const me: Principal = { userId: '11111111-1111-4111-8111-111111111111', role: 'user', sessionId: '22222222-2222-4222-8222-222222222222' };\n" : ''}const stored = (): ${n.One}Entity =>
${I}Object.assign(new ${n.One}Entity(), {
${I}${I}id: '33333333-3333-4333-8333-333333333333',
${owner ? `${I}${I}ownerId: me.userId,\n` : ''}${fields.map((f) => `${I}${I}${f.name}: ${f.kind === 'datetime' ? `new Date(${f.sample})` : f.sample},`).join('\n')}
${I}${I}createdAt: new Date('2030-01-01T00:00:00.000Z'),
${I}${I}updatedAt: new Date('2030-01-01T00:00:00.000Z'),
${I}});

describe(${n.Plural}Service.name, () => {
${I}const setup = () => {
${I}${I}const repository = strictMock<${n.Plural}Repository>();
${I}${I}return { repository, service: new ${n.Plural}Service(repository) };
${I}};

${I}it('creates ${owner ? 'a row owned by the caller' : 'a row'} and answers the mapped ${n.label}', async () => {
${I}${I}const { repository, service } = setup();
${I}${I}repository.create.mockResolvedValue(stored());
${I}${I}const answer = await service.create(${me}${sampleBody(fields, (f) => f.sample)});
${I}${I}expect(answer.id).toBe(stored().id);
${I}${I}expect(answer.createdAt).toBe('2030-01-01T00:00:00.000Z');
${owner ? `${I}${I}expect(repository.create).toHaveBeenCalledWith(expect.objectContaining({ ownerId: me.userId }));\n` : ''}${I}});

${I}it("answers 404 for ${owner ? "a missing or another user's" : 'a missing'} ${n.label}, on read, update and delete", async () => {
${I}${I}const { repository, service } = setup();
${I}${I}repository.get.mockResolvedValue(null);
${I}${I}repository.update.mockResolvedValue(null);
${I}${I}repository.delete.mockResolvedValue(false);
${I}${I}for (const attempt of [
${I}${I}${I}() => service.get(${me}'id'),
${I}${I}${I}() => service.update(${me}'id', {}),
${I}${I}${I}() => service.delete(${me}'id'),
${I}${I}]) {
${I}${I}${I}const error: unknown = await attempt().catch((caught: unknown) => caught);
${I}${I}${I}expect(error).toBeInstanceOf(ProblemException);
${I}${I}${I}expect((error as ProblemException).getStatus()).toBe(404);
${I}${I}}
${I}});

${I}it('changes only the fields given', async () => {
${I}${I}const { repository, service } = setup();
${I}${I}repository.update.mockResolvedValue(stored());
${I}${I}await service.update(${me}'id', { ${fields[0].name}: ${fields[0].kind === 'datetime' ? fields[0].other : fields[0].other} });
${I}${I}expect(repository.update).toHaveBeenCalledWith(${owner ? 'me.userId, ' : ''}'id', { ${fields[0].name}: ${fields[0].kind === 'datetime' ? `new Date(${fields[0].other})` : fields[0].other} });
${I}});
});
`;
}

export function fixture(n, owner) {
  if (!owner) {
    return `import { randomUUID } from 'node:crypto';
import { defineFixture } from '../support/fixtures.js';

/** ${n.One[0]}${n.label.slice(1)}s are for admins: the guard refuses anyone else before any lookup, so any id attacks it. */
export default defineFixture({
${I}name: '${n.label}',
${I}paths: ['/api/v1/${n.path}/{id}'],
${I}strangerStatus: 403,
${I}create: () => Promise.resolve(randomUUID()),
});
`;
  }
  return `import { defineFixture } from '../support/fixtures.js';
import { ${n.constant}_SAMPLE } from './${n.lib}.sample.js';

/** A ${n.label} belongs to the user who created it; another user's is not found. */
export default defineFixture({
${I}name: '${n.label}',
${I}paths: ['/api/v1/${n.path}/{id}'],
${I}strangerStatus: 404,
${I}create: async (http, owner) => {
${I}${I}const response = await http.post('/api/v1/${n.path}', { token: owner.accessToken, body: ${n.constant}_SAMPLE });
${I}${I}if (response.status !== 201) {
${I}${I}${I}throw new Error(\`Creating a ${n.label} answered \${response.status}: \${response.text}\`);
${I}${I}}
${I}${I}return (response.body as { id: string }).id;
${I}},
});
`;
}

export function e2eSpec(n, fields, owner) {
  const adminPart = owner ? '' : '';
  return `import { randomUUID } from 'node:crypto';
import { API, ${owner ? '' : 'createAdmin, '}registerUser, type SignedIn } from '../support/accounts.js';
import { databaseTargets } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { UNTHROTTLED } from '../support/throttling.js';
import { ${n.constant}_SAMPLE, ${n.constant}_CHANGE } from './${n.lib}.sample.js';
${adminPart}
describe.each(databaseTargets())('${n.Plural} on $name', (target) => {
${I}let t: TestApp;
${I}let alice: SignedIn;
${I}let bob: SignedIn;

${I}beforeAll(async () => {
${I}${I}t = await startTestApp(target, UNTHROTTLED);
${I}${I}${owner ? '[alice, bob] = await Promise.all([registerUser(t.http), registerUser(t.http)]);' : '[alice, bob] = await Promise.all([createAdmin(t), registerUser(t.http)]);'}
${I}});
${I}afterAll(() => t.close());

${I}it('creates, reads, lists, changes and deletes a ${n.label}', async () => {
${I}${I}const created = await t.http.post(\`\${API}/${n.path}\`, { token: alice.accessToken, body: ${n.constant}_SAMPLE });
${I}${I}expect(created.status).toBe(201);
${I}${I}const id = created.body.id as string;
${I}${I}expect((await t.http.get(\`\${API}/${n.path}/\${id}\`, { token: alice.accessToken })).body).toEqual(created.body);

${I}${I}const list = await t.http.get(\`\${API}/${n.path}?limit=5&sort=-createdAt\`, { token: alice.accessToken });
${I}${I}expect(list.status).toBe(200);
${I}${I}expect(list.body.items.map((item: { id: string }) => item.id)).toContain(id);

${I}${I}const changed = await t.http.patch(\`\${API}/${n.path}/\${id}\`, { token: alice.accessToken, body: ${n.constant}_CHANGE });
${I}${I}expect(changed.status).toBe(200);
${I}${I}expect(changed.body).toMatchObject(${n.constant}_CHANGE);

${I}${I}expect((await t.http.delete(\`\${API}/${n.path}/\${id}\`, { token: alice.accessToken })).status).toBe(204);
${I}${I}expect((await t.http.get(\`\${API}/${n.path}/\${id}\`, { token: alice.accessToken })).status).toBe(404);
${I}});

${I}it('refuses unknown fields, invalid values and a missing body with 400', async () => {
${I}${I}const post = (body: unknown) => t.http.post(\`\${API}/${n.path}\`, { token: alice.accessToken, body });
${I}${I}expect((await post({ ...${n.constant}_SAMPLE, id: randomUUID() })).status).toBe(400);
${I}${I}expect((await post({})).status).toBe(400);
${I}${I}expect((await t.http.get(\`\${API}/${n.path}/not-a-uuid\`, { token: alice.accessToken })).status).toBe(400);
${I}${I}expect((await t.http.get(\`\${API}/${n.path}?sort=nope\`, { token: alice.accessToken })).status).toBe(400);
${I}});

${I}it("${owner ? "answers 404 for another user's " + n.label + ', and changes nothing' : 'refuses non-admins with 403'}", async () => {
${I}${I}const created = await t.http.post(\`\${API}/${n.path}\`, { token: alice.accessToken, body: ${n.constant}_SAMPLE });
${I}${I}const id = created.body.id as string;
${I}${I}const status = ${owner ? 404 : 403};
${I}${I}expect((await t.http.get(\`\${API}/${n.path}/\${id}\`, { token: bob.accessToken })).status).toBe(status);
${I}${I}expect((await t.http.patch(\`\${API}/${n.path}/\${id}\`, { token: bob.accessToken, body: ${n.constant}_CHANGE })).status).toBe(status);
${I}${I}expect((await t.http.delete(\`\${API}/${n.path}/\${id}\`, { token: bob.accessToken })).status).toBe(status);
${owner ? `${I}${I}const bobs = await t.http.get(\`\${API}/${n.path}\`, { token: bob.accessToken });\n${I}${I}expect(bobs.body.items.map((item: { id: string }) => item.id)).not.toContain(id);\n` : ''}${I}${I}expect((await t.http.get(\`\${API}/${n.path}/\${id}\`, { token: alice.accessToken })).body).toEqual(created.body);
${I}});
});
`;
}

export function sample(n, fields) {
  return `/** A valid ${n.label} body, and a change to it, for the specs and the fixture. */
export const ${n.constant}_SAMPLE = ${sampleBody(fields, (f) => f.sample)};
export const ${n.constant}_CHANGE = { ${fields[0].name}: ${fields[0].other} };
`;
}
