import type { IdGenerator } from '../../src/ids';
import { AppError } from '../../src/errors';
import type { MarketDirectory } from '../../src/markets/market-directory';
import { localeFor } from '../../src/markets/market';
import type { Collection } from '../../src/store/port';
import { SESSION_TOKEN_TTL_MS, signSessionToken, verifyIdentityToken } from './tokens';

export interface WebchatSession {
  id: string;
  market: string;
  locale: string;
  /** The host app's customer reference when the session was started with a valid identity token. */
  subject: string | null;
  createdAt: number;
}

export interface StartSessionRequest {
  market?: string;
  locale?: string;
  identityToken?: string;
}

/** Starts web chat sessions: validates market and locale, verifies the host app's identity token, signs a token. */
export class WebchatSessions {
  constructor(
    private readonly sessions: Collection<WebchatSession>,
    private readonly markets: MarketDirectory,
    private readonly secrets: { session: string; identity: string | null },
    private readonly newId: IdGenerator,
    private readonly clock: () => number,
  ) {}

  async start(request: StartSessionRequest): Promise<{ session: WebchatSession; token: string }> {
    const now = this.clock();
    const market = request.market ? this.markets.get(request.market) : this.markets.defaultMarket;
    if (!market) throw new AppError('invalid_request', `Unknown market ${request.market}`, { details: { field: 'market' } });
    const locale = request.locale ? localeFor(market, request.locale) : market.defaultLanguage;
    if (!locale) {
      throw new AppError('invalid_request', `Market ${market.code} does not serve ${request.locale}; it serves ${market.languages.join(', ')}`, {
        details: { field: 'locale' },
      });
    }
    let subject: string | null = null;
    if (request.identityToken) {
      if (!this.secrets.identity) throw new AppError('unauthorized', 'Identity tokens are not accepted: WEBCHAT_IDENTITY_SECRET is not set');
      subject = verifyIdentityToken(request.identityToken, this.secrets.identity, now).sub;
    }
    const session: WebchatSession = { id: this.newId('ws_'), market: market.code, locale, subject, createdAt: now };
    await this.sessions.insert(session);
    const token = signSessionToken(
      { sid: session.id, mkt: market.code, loc: locale, ...(subject ? { sub: subject } : {}), iat: now, exp: now + SESSION_TOKEN_TTL_MS },
      this.secrets.session,
    );
    return { session, token };
  }

  get(id: string): Promise<WebchatSession | null> {
    return this.sessions.get(id);
  }
}
