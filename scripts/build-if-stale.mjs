// Compiles the server and builds the web app when either is missing or older than its sources.
// Used by `npm start` and by the browser tests, so neither runs yesterday's code.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const serverEntry = path.join(root, 'dist', 'cli', 'index.js');
const webEntry = path.join(root, 'dist', 'web', 'index.html');

function newest(target) {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const item of readdirSync(target)) latest = Math.max(latest, newest(path.join(target, item)));
  return latest;
}

const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const run = (script, args) => execFileSync(process.execPath, [path.join(root, script), ...args], { cwd: root, stdio: 'inherit' });

export function buildIfStale() {
  const lockFile = statSync(path.join(root, 'package-lock.json')).mtimeMs;
  if (builtAt(serverEntry) < Math.max(newest(path.join(root, 'src')), lockFile)) {
    console.log('Building the server (first start or changed sources)...');
    run('node_modules/typescript/bin/tsc', ['-p', 'tsconfig.build.json']);
    // tsc leaves unchanged outputs alone: mark the build as fresh.
    const now = new Date();
    utimesSync(serverEntry, now, now);
  }
  if (builtAt(webEntry) < Math.max(newest(path.join(root, 'web')), lockFile)) {
    console.log('Building the web app (first start or changed sources)...');
    run('node_modules/vite/bin/vite.js', ['build', '--config', 'web/vite.config.ts']);
  }
}
