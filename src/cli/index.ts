/**
 * The `balaikota` command line. Only the chosen command's code is loaded, so `serve` starts as
 * fast as the server alone.
 */
import { parseArgs } from 'node:util';
import { explainStartFailure } from '../main.js';

const OPTIONS = {
  email: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  opd: { type: 'string' },
  password: { type: 'string' },
  scopes: { type: 'string' },
  expires: { type: 'string' },
  id: { type: 'string' },
  source: { type: 'string' },
  demo: { type: 'boolean' },
  force: { type: 'boolean' },
  as: { type: 'string' },
  publish: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs one command line; returns the process exit code (serve runs until a signal). */
export async function runCli(argv: string[]): Promise<number> {
  const [command, sub, arg] = parseArgs({ args: argv, allowPositionals: true, strict: false, options: OPTIONS }).positionals;
  if (command === 'serve') {
    const { runServer } = await import('../main.js');
    await runServer();
    return 0;
  }
  const cli = await import('./commands.js');
  try {
    const { values } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
    switch (command) {
      case 'migrate':
        await cli.migrateCommand();
        return 0;
      case 'seed':
        await cli.seedCommand(values);
        return 0;
      case 'user':
        await cli.userCommand(sub, values);
        return 0;
      case 'token':
        await cli.tokenCommand(sub, values);
        return 0;
      case 'import':
        return await cli.importCommand(sub, arg, values);
      case 'backup':
        await (await import('./backup-commands.js')).backupCommand(sub);
        return 0;
      case 'restore':
        await (await import('./backup-commands.js')).restoreCommand(sub, values);
        return 0;
      default:
        console.log(cli.USAGE);
        return command && !values.help ? 2 : 0;
    }
  } catch (error) {
    if (error instanceof cli.UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(error as Error).message}\n\n${cli.USAGE}`);
      return 2;
    }
    console.error(explainStartFailure(error));
    return 1;
  }
}
