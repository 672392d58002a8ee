import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { WEB_DIR } from '../../paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * The admin console: the static files of src/web/admin, read once at start-up, no build step. The page holds no
 * data; everything it shows comes from the API with the token the user enters.
 */
export async function adminConsoleRoutes(app: FastifyInstance): Promise<void> {
  const folder = path.join(WEB_DIR, 'admin');
  for (const file of fs.readdirSync(folder).sort()) {
    const type = TYPES[path.extname(file)];
    if (!type) continue;
    const content = fs.readFileSync(path.join(folder, file));
    const route = file === 'index.html' ? '/admin' : `/admin/${file}`;
    app.get(route, async (_request, reply) => reply.type(type).header('cache-control', 'no-cache').headers(SECURITY_HEADERS).send(content));
  }
  app.get('/admin/', async (_request, reply) => reply.redirect('/admin'));
}
