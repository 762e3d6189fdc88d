import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { Command, CommandRunner, Option } from 'nest-commander';
import { buildOpenApiDocument } from '@groundwork/http';
import { createApp } from '../../../api/src/index.js';

@Command({
  name: 'openapi',
  description: 'Write the OpenAPI document without starting a server or a database',
})
export class OpenApiCommand extends CommandRunner {
  async run(_args: string[], options: { out?: string }): Promise<void> {
    // Preview mode builds the module graph without instantiating providers: no database is touched.
    const app = await createApp({ preview: true, signsTokens: false });
    const document = JSON.stringify(buildOpenApiDocument(app), null, 2) + '\n';
    await app.close();
    if (options.out === undefined) {
      process.stdout.write(document);
      return;
    }
    await writeFile(resolve(options.out), document);
    new Logger('OpenApi').log(`Wrote ${resolve(options.out)}`);
  }

  @Option({
    flags: '-o, --out <file>',
    description: 'Where to write the document (stdout when omitted)',
  })
  parseOut(value: string): string {
    return value;
  }
}
