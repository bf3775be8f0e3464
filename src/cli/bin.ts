/** Process entry of the `balaikota` command. */
import { runCli } from './index.js';

process.exitCode = await runCli(process.argv.slice(2));
