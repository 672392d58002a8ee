import type { webApi } from '@slack/bolt';
import type { Agent } from '../../conversation/actions';
import type { Logger } from '../../observability/logger';
import { withTimeout } from '../../timeout';

const NAME_TTL_MS = 60 * 60 * 1000;
const IDENTITY_RETRY_MS = 60 * 1000;
/** Names are looked up while Slack waits for our answer: never for long, a missing name is not worth a retry. */
const LOOKUP_TIMEOUT_MS = 1500;

/**
 * Who is who in Slack: agents' display names (users.info, cached) and the bot's own ids (auth.test, cached), each
 * looked up lazily with a short timeout. A failed lookup never fails the caller: an agent is then shown by the name
 * Slack put in the payload, and the bot ids are asked again a minute later.
 */
export class SlackDirectory {
  private readonly names = new Map<string, { name: string; until: number }>();
  private identity: { botId?: string; botUserId?: string } | null = null;
  private identityRetryAt = 0;

  constructor(
    private readonly client: webApi.WebClient,
    private readonly clock: () => number,
    private readonly log: Logger,
  ) {}

  async agent(userId: string, fallbackName?: string): Promise<Agent> {
    const now = this.clock();
    const cached = this.names.get(userId);
    if (cached && cached.until > now) return { id: userId, name: cached.name };
    try {
      const result = await withTimeout(this.client.users.info({ user: userId }), LOOKUP_TIMEOUT_MS);
      const user = result.user;
      const name = user?.profile?.display_name || user?.real_name || user?.profile?.real_name || user?.name || fallbackName || userId;
      this.names.set(userId, { name, until: now + NAME_TTL_MS });
      return { id: userId, name };
    } catch (error) {
      this.log.warn({ err: error, slackUser: userId }, 'users.info failed; using the name from the payload');
      return { id: userId, name: fallbackName || userId };
    }
  }

  /** The bot's user and bot ids, so Bolt's ignoreSelf drops our own messages; empty while Slack cannot say. */
  async botIdentity(): Promise<{ botId?: string; botUserId?: string }> {
    if (this.identity) return this.identity;
    const now = this.clock();
    if (now < this.identityRetryAt) return {};
    try {
      const result = await withTimeout(this.client.auth.test(), LOOKUP_TIMEOUT_MS);
      this.identity = { botId: result.bot_id, botUserId: result.user_id };
      return this.identity;
    } catch (error) {
      this.identityRetryAt = now + IDENTITY_RETRY_MS;
      this.log.warn({ err: error }, 'auth.test failed; our own bot messages are recognised by their bot_id meanwhile');
      return {};
    }
  }
}
