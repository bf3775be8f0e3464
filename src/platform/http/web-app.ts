/**
 * The web app on the API's port. `npm run build` (or `npm start`, when the build is missing or
 * stale) writes it to dist/web; this serves its files, with hashed assets cached for a year, and
 * answers every other page address (/lacak/SBT-..., /konsol/...) with index.html so that links
 * from mails and QR posters open the right page. API paths keep their JSON 404s.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../module.js';

/** Paths that belong to the server, never to the web app. */
const SERVER_PREFIXES = ['/api/', '/open311/', '/healthz', '/readyz', '/metrics', '/atur-ulang-sandi'];

/** dist/web beside the package.json this file belongs to, from src/ (tsx) or dist/src/ (built). */
export function defaultWebRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'dist', 'web');
}

export interface WebApp {
  /** Whether this request should get the web app's index.html instead of a 404. */
  answersPage(request: FastifyRequest): boolean;
  sendPage(reply: FastifyReply): FastifyReply;
}

/** Serves the built web app from `root`; null when it has not been built (the API still works). */
export async function registerWebApp(app: App, root: string): Promise<WebApp | null> {
  const indexFile = path.join(root, 'index.html');
  if (!existsSync(indexFile)) return null;
  const index = readFileSync(indexFile, 'utf8');
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: false,
    wildcard: true,
    // Source maps stay on disk for debugging; the manifest is for the build's own checks.
    allowedPath: (pathName) => !pathName.startsWith('/.vite/'),
    setHeaders: (res, filePath) => {
      const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
      res.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
    },
  });
  app.get('/', { schema: { hide: true } }, async (_request, reply) => sendIndex(reply, index));
  return {
    answersPage: (request) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return false;
      const url = request.url;
      if (SERVER_PREFIXES.some((prefix) => url.startsWith(prefix) || url === prefix.replace(/\/$/, ''))) return false;
      // A file name with an extension that does not exist is a real 404 (a stale asset, say).
      if (/\.[a-z0-9]+$/i.test(url.split('?')[0])) return false;
      return (request.headers.accept ?? '').includes('text/html');
    },
    sendPage: (reply) => sendIndex(reply, index),
  };
}

function sendIndex(reply: FastifyReply, index: string): FastifyReply {
  return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(index);
}
