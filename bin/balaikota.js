#!/usr/bin/env node
// The `balaikota` command: runs the compiled CLI (npm start and npm run build produce dist/).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../dist/cli/bin.js', import.meta.url));
if (!existsSync(entry)) {
  console.error('Balaikota is not built yet: run "npm run build" (or "npm start" once) first.');
  process.exit(1);
}
await import(entry);
