import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { signIdentityToken } from '../../../channels/web-chat/tokens';
import type { AppContext } from '../../app-context';
import { DEMO_PEOPLE } from '../../commerce/demo-customers';
import { AppError } from '../../errors';

const signInSchema = z.object({ login: z.string().max(100) });

/**
 * The demo page plays the host application: it lists the seeded demo customers and signs an identity token for the
 * one a visitor picks, exactly as a real host app signs its logged-in user. Registered only in demo mode.
 */
export async function demoRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  app.get('/api/demo/customers', async () => ({
    customers: DEMO_PEOPLE.map((person) => ({ login: person.webLogin, name: person.name, market: person.market, language: person.language })),
  }));

  app.post('/api/demo/sign-in', async (request) => {
    const body = signInSchema.safeParse(request.body ?? {});
    if (!body.success) throw new AppError('invalid_request', 'login is required');
    const person = DEMO_PEOPLE.find((candidate) => candidate.webLogin === body.data.login);
    if (!person) throw new AppError('not_found', `No demo customer ${body.data.login}`);
    const secret = context.webchat.identitySecret;
    if (!secret) throw new AppError('conflict', 'Identity tokens are off');
    const now = Math.floor(context.clock() / 1000);
    return {
      identityToken: signIdentityToken({ sub: person.webLogin, name: person.name, iat: now, exp: now + 3600 }, secret),
      market: person.market,
      locale: person.language,
      name: person.name,
    };
  });
}
