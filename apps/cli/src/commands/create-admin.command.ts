import { Logger } from '@nestjs/common';
import { isEmail } from 'class-validator';
import { Command, CommandRunner, Option } from 'nest-commander';
import { UsersService } from '@groundwork/users';
import { promptHidden } from './prompt-hidden.js';

interface CreateAdminOptions {
  email?: string;
  password?: string;
  name?: string;
}

@Command({
  name: 'create-admin',
  description:
    'Create an admin, or make an existing user one; --password and --name set those on an existing user too (idempotent)',
})
export class CreateAdminCommand extends CommandRunner {
  private readonly logger = new Logger('Users');

  constructor(private readonly users: UsersService) {
    super();
  }

  async run(_args: string[], options: CreateAdminOptions): Promise<void> {
    if (!options.email || !isEmail(options.email)) {
      throw new Error('--email must be an email address');
    }
    if (options.name !== undefined && options.name.trim() === '') {
      throw new Error('--name must not be empty');
    }
    let password = options.password;
    // An existing account keeps its password unless one is given; a new one needs it.
    if (password === undefined && (await this.users.getAuthUserByEmail(options.email)) === null) {
      if (!process.stdin.isTTY) {
        throw new Error('--password is required when no terminal is attached');
      }
      password = await promptHidden('Password: ');
    }
    const { user, outcome, changed } = await this.users.ensureAdmin(options.email, {
      password,
      name: options.name?.trim(),
    });
    const verb = {
      created: 'Created admin',
      promoted: 'Promoted to admin',
      updated: 'Updated admin',
      unchanged: 'Already an admin',
    }[outcome];
    const detail = changed.map((field) => (field === 'password' ? 'password set, its sessions ended' : `${field} set`));
    this.logger.log(`${verb}: ${user.email} (${user.id})${detail.length > 0 ? `; ${detail.join('; ')}` : ''}`);
  }

  @Option({ flags: '--email <email>', description: 'The admin email', required: true })
  parseEmail(value: string): string {
    return value;
  }

  @Option({
    flags: '--password <password>',
    description: 'Sets it (on an existing user too); asked without echo for a new admin when omitted on a terminal',
  })
  parsePassword(value: string): string {
    return value;
  }

  @Option({
    flags: '--name <name>',
    description: "The display name (a new admin's defaults to the email's local part)",
  })
  parseName(value: string): string {
    return value;
  }
}
