import { z } from 'zod';
import { flattenKeys, interpolationVariables } from '../../markets/locale-keys';
import { loadLocaleResources } from '../../markets/i18n';
import { TEXT_ALIASES } from '../../markets/market-settings';
import { LOCALES_DIR } from '../../paths';
import { AppError } from '../../errors';
import { adminRoute, parseInput } from './admin-route';

const codeParams = z.object({ code: z.string().regex(/^[A-Za-z]{2}$/, 'must be a two-letter market code') });
const textParams = codeParams.extend({ locale: z.string().regex(/^[a-z]{2}-[A-Z]{2}$/, 'must be a locale like de-AT') });
const textBody = z.object({ key: z.string().min(1).max(200), text: z.string().min(1).max(2000).nullable() });
const auditQuery = z.object({
  target: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
  before: z.coerce.number().int().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** Every key of the English locale files, read once: the list the locale editor offers. */
let englishKeys: Map<string, string> | null = null;
function sourceKeys(): Map<string, string> {
  if (englishKeys) return englishKeys;
  const { resources } = loadLocaleResources(LOCALES_DIR);
  englishKeys = new Map();
  for (const [namespace, tree] of Object.entries(resources.en ?? {})) {
    for (const [key, text] of flattenKeys(tree)) englishKeys.set(`${namespace}:${key}`, text);
  }
  return englishKeys;
}

/** Markets (read: viewer; change: admin), their text overrides per locale, and the audit log of changes. */
export const marketRoutes = [
  adminRoute('GET', '/api/admin/markets', 'viewer', async (_request, context) => ({ markets: await context.admin.markets.list() })),

  adminRoute('GET', '/api/admin/markets/:code', 'viewer', async (request, context) => {
    const { code } = parseInput(codeParams, request.params, 'params');
    return { market: await context.admin.markets.get(code) };
  }),

  adminRoute('PATCH', '/api/admin/markets/:code', 'admin', async (request, context, principal) => {
    const { code } = parseInput(codeParams, request.params, 'params');
    const body = request.body;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new AppError('invalid_request', 'body: must be an object of market fields', { details: { field: 'body' } });
    const { revision, ...patch } = body as Record<string, unknown>;
    if (revision !== undefined && !Number.isInteger(revision)) throw new AppError('invalid_request', 'revision: must be an integer', { details: { field: 'revision' } });
    return { market: await context.admin.markets.update(code, patch, principal, revision as number | undefined) };
  }),

  adminRoute('GET', '/api/admin/markets/:code/texts/:locale', 'viewer', async (request, context) => {
    const { code, locale } = parseInput(textParams, request.params, 'params');
    const market = await context.admin.markets.get(code);
    if (!market.languages.includes(locale)) throw new AppError('not_found', `Market ${market.id} does not serve ${locale}`);
    const overrides = market.texts[locale] ?? {};
    const aliasOf = new Map(Object.entries(TEXT_ALIASES).map(([alias, key]) => [key, alias]));
    const texts = [...sourceKeys()].map(([key, source]) => ({
      key,
      source,
      file: context.admin.translator.fileText(locale, key) ?? null,
      override: overrides[aliasOf.get(key) ?? key] ?? null,
      variables: [...interpolationVariables(source)],
    }));
    return { market: market.id, locale, revision: market.revision, texts };
  }),

  adminRoute('PUT', '/api/admin/markets/:code/texts/:locale', 'admin', async (request, context, principal) => {
    const { code, locale } = parseInput(textParams, request.params, 'params');
    const { key, text } = parseInput(textBody, request.body, 'body');
    return { market: await context.admin.markets.setText(code, locale, key, text, principal) };
  }),

  adminRoute('GET', '/api/admin/audit', 'admin', async (request, context) => {
    const { limit, ...filter } = parseInput(auditQuery, request.query, 'query');
    return { entries: await context.admin.audit.list(filter, limit) };
  }),
];
