// `npm start`: compiles the server when dist/ is missing or older than the sources, then serves.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const entry = path.join(root, 'dist', 'cli', 'index.js');

function newestSource(dir) {
  let newest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    newest = Math.max(newest, item.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
if (built < Math.max(newestSource(path.join(root, 'src')), statSync(path.join(root, 'package-lock.json')).mtimeMs)) {
  console.log('Building the server (first start or changed sources)...');
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.build.json')], {
    stdio: 'inherit',
  });
  // tsc leaves unchanged outputs alone: mark the build as fresh.
  const now = new Date();
  (await import('node:fs')).utimesSync(entry, now, now);
}
const { runCli } = await import(entry);
process.exitCode = await runCli(['serve', ...process.argv.slice(2)]);
