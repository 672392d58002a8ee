import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { WEB_DIR } from '../../paths';

const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/widget.js': { file: 'widget.js', type: 'text/javascript; charset=utf-8' },
};

/** The demo page and the embeddable widget script, read once at start-up. */
export async function staticRoutes(app: FastifyInstance): Promise<void> {
  for (const [route, { file, type }] of Object.entries(FILES)) {
    const content = fs.readFileSync(path.join(WEB_DIR, file));
    app.get(route, async (_request, reply) => reply.type(type).header('cache-control', 'no-cache').send(content));
  }
}
