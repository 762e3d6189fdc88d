import { Logger } from '@nestjs/common';
import { faker } from '@faker-js/faker';
import { SingleBar, Presets } from 'cli-progress';
import { Command, CommandRunner, Option } from 'nest-commander';
import { UsersService } from '@groundwork/users';

interface SeedOptions {
  users: number;
  password: string;
}

@Command({ name: 'seed', description: 'Fill a development database with realistic users' })
export class SeedCommand extends CommandRunner {
  private readonly logger = new Logger('Seed');

  constructor(private readonly users: UsersService) {
    super();
  }

  async run(_args: string[], options: SeedOptions): Promise<void> {
    const bar = new SingleBar(
      { format: 'Seeding users [{bar}] {value}/{total}', noTTYOutput: false },
      Presets.shades_classic,
    );
    bar.start(options.users, 0);
    const inserted = await this.users.seed(
      options.users,
      options.password,
      (index) => {
        const first = faker.person.firstName();
        const last = faker.person.lastName();
        // The index keeps emails unique however often faker repeats a name.
        return {
          name: `${first} ${last}`,
          email: `${first}.${last}.${index}@example.com`.replace(/[^a-zA-Z0-9.@]/g, ''),
        };
      },
      (done) => bar.update(done),
    );
    bar.stop();
    this.logger.log(`Inserted ${inserted} users (existing emails skipped); their password is the --password given`);
  }

  @Option({ flags: '--users <n>', description: 'How many users', defaultValue: 100 })
  parseUsers(value: string): number {
    const count = Number(value);
    if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
      throw new Error('--users must be 1 to 1000000');
    }
    return count;
  }

  @Option({
    flags: '--password <password>',
    description: 'Password of every seeded user',
    defaultValue: 'seeded-user-pass-1',
  })
  parsePassword(value: string): string {
    return value;
  }
}
