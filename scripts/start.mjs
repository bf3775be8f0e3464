// `npm start`: builds the server and the web app when missing or stale, then serves both on one port.
import { buildIfStale, serverEntry } from './build-if-stale.mjs';

buildIfStale();
const { runCli } = await import(serverEntry);
process.exitCode = await runCli(['serve', ...process.argv.slice(2)]);
