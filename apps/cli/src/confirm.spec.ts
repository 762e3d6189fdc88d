import { PassThrough } from 'node:stream';
import { confirmDestructive, type ConfirmRequest, NotConfirmedError } from './confirm.js';

function terminal(isTTY: boolean) {
  const input = Object.assign(new PassThrough(), { isTTY });
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk: Buffer) => (written += chunk.toString()));
  return { input, output, written: () => written };
}

const request = (overrides: Partial<ConfirmRequest> = {}): ConfirmRequest => ({
  action: 'revert Things1',
  effects: ['drops table things (3 rows)'],
  yes: false,
  production: false,
  ...overrides,
});

describe(confirmDestructive.name, () => {
  it('names what will be destroyed, then proceeds on --yes without asking', async () => {
    const tty = terminal(false);
    await expect(confirmDestructive(request({ yes: true }), tty)).resolves.toBeUndefined();
    expect(tty.written()).toBe('About to revert Things1:\n  - drops table things (3 rows)\n');
  });

  it('refuses without a terminal unless --yes is given', async () => {
    const tty = terminal(false);
    await expect(confirmDestructive(request(), tty)).rejects.toThrow(
      new NotConfirmedError(
        'Refusing to revert Things1 without a terminal to confirm on: pass --yes; nothing was changed',
      ),
    );
    expect(tty.written()).toContain('drops table things (3 rows)');
  });

  it('refuses in production even on a terminal, unless --yes is given', async () => {
    await expect(confirmDestructive(request({ production: true }), terminal(true))).rejects.toThrow(
      'Refusing to revert Things1 in production without --yes',
    );
    await expect(
      confirmDestructive(request({ production: true, yes: true }), terminal(false)),
    ).resolves.toBeUndefined();
  });

  it.each([
    ['yes\n', true],
    ['YES\n', true],
    ['y\n', false],
    ['no\n', false],
    ['\n', false],
  ])('on a terminal, proceeds only when "yes" is typed (%j)', async (typed, proceeds) => {
    const tty = terminal(true);
    const confirmed = confirmDestructive(request(), tty);
    tty.input.write(typed);
    if (proceeds) {
      await expect(confirmed).resolves.toBeUndefined();
    } else {
      await expect(confirmed).rejects.toThrow('Not confirmed; nothing was changed');
    }
    expect(tty.written()).toContain('Type "yes" to continue: ');
  });

  it('treats a closed terminal (Ctrl-D) as a no', async () => {
    const tty = terminal(true);
    const confirmed = confirmDestructive(request(), tty);
    tty.input.end();
    await expect(confirmed).rejects.toThrow(NotConfirmedError);
  });
});
