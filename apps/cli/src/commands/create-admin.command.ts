import { Logger } from '@nestjs/common';
import { isEmail } from 'class-validator';
import { Command, CommandRunner, Option } from 'nest-commander';
import { UsersService } from '@groundwork/users';
import { promptHidden } from './prompt-hidden.js';

interface CreateAdminOptions {
  email?: string;
  password?: string;
}

@Command({ name: 'create-admin', description: 'Create an admin, or promote an existing user (idempotent)' })
export class CreateAdminCommand extends CommandRunner {
  private readonly logger = new Logger('Users');

  constructor(private readonly users: UsersService) {
    super();
  }

  async run(_args: string[], options: CreateAdminOptions): Promise<void> {
    if (!options.email || !isEmail(options.email)) {
      throw new Error('--email must be an email address');
    }
    let password = options.password;
    if (password === undefined) {
      if (!process.stdin.isTTY) {
        throw new Error('--password is required when no terminal is attached');
      }
      password = await promptHidden('Password: ');
    }
    const { user, outcome } = await this.users.ensureAdmin(options.email, password);
    const verb = { created: 'Created admin', promoted: 'Promoted to admin', unchanged: 'Already an admin' }[outcome];
    this.logger.log(`${verb}: ${user.email} (${user.id})`);
  }

  @Option({ flags: '--email <email>', description: 'The admin email', required: true })
  parseEmail(value: string): string {
    return value;
  }

  @Option({ flags: '--password <password>', description: 'Asked without echo when omitted on a terminal' })
  parsePassword(value: string): string {
    return value;
  }
}
