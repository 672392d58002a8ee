import { ActivityTypes, CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type ConversationAccount, type ConversationReference } from 'botbuilder';

/**
 * The only file that imports `botbuilder`. Microsoft is archiving this SDK in favour of the M365 Agents SDK, so the
 * rest of the channel talks to these two plain functions (authenticate a request, send a text) and a replacement
 * needs to rewrite this file only. Loaded on first use: requiring botbuilder takes about a second.
 */

export type BotFrameworkAppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

/** The Azure Bot registration's credentials; an empty app id is local mode (Bot Framework Emulator, no tokens). */
export interface BotFrameworkCredentials {
  appId?: string;
  appPassword?: string;
  appTenantId?: string;
  appType: BotFrameworkAppType;
}

/**
 * Where Bot Connector tokens are checked. The defaults are Azure's public cloud; tests point them at a fake OpenID
 * endpoint on 127.0.0.1 so that real token validation runs against locally signed tokens.
 */
export interface BotFrameworkEndpoints {
  /** OpenID metadata whose `jwks_uri` lists the keys that sign Bot Connector tokens. */
  channelOpenIdMetadataUrl: string;
  /** The `iss` of Bot Connector tokens. */
  channelTokenIssuer: string;
  /** OpenID metadata for tokens of the Bot Framework Emulator (Entra ID v2 keys). */
  emulatorOpenIdMetadataUrl: string;
}

/** Everything a reply needs, rebuilt from the conversation reference's `extra` (plain strings). */
export interface ReplyTarget {
  serviceUrl: string;
  channelId: string;
  conversationId: string;
  botId: string;
  botName?: string;
  userId?: string;
  userName?: string;
  /** The customer's last activity: replies are posted as answers to it. */
  activityId?: string;
  tenantId?: string;
  conversationType?: string;
}

const PUBLIC_CLOUD = {
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  CallerId: 'urn:botframework:azure',
  ValidateAuthority: true,
};

export class BotFrameworkSdk {
  private readonly authentication: ConfigurationBotFrameworkAuthentication;
  private readonly cloudAdapter: CloudAdapter;

  constructor(
    private readonly credentials: BotFrameworkCredentials,
    endpoints?: BotFrameworkEndpoints,
  ) {
    // Any endpoint setting switches the SDK to "all parameters are explicit", so the public-cloud rest goes along.
    const endpointOptions = endpoints
      ? {
          ...PUBLIC_CLOUD,
          ToBotFromChannelOpenIdMetadataUrl: endpoints.channelOpenIdMetadataUrl,
          ToBotFromChannelTokenIssuer: endpoints.channelTokenIssuer,
          ToBotFromEmulatorOpenIdMetadataUrl: endpoints.emulatorOpenIdMetadataUrl,
        }
      : {};
    this.authentication = new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: credentials.appId ?? '',
      MicrosoftAppPassword: credentials.appPassword ?? '',
      MicrosoftAppTenantId: credentials.appTenantId ?? '',
      MicrosoftAppType: credentials.appType,
      ...endpointOptions,
    });
    this.cloudAdapter = new CloudAdapter(this.authentication);
  }

  /**
   * Validates the request's token exactly as CloudAdapter.process does (signature against the published keys,
   * issuer, audience = our app id, expiry, the `serviceurl` claim against the activity, channel endorsements).
   * Rejects with the SDK's error, which carries `statusCode` 401 for a bad token and 500 when keys cannot be loaded.
   * An empty `channelId` skips the endorsement check, as for the SDK's own requests; parse then refuses the body.
   */
  async authenticate(claimed: { channelId: string; serviceUrl?: string }, authorization: string): Promise<void> {
    await this.authentication.authenticateRequest(claimed as Activity, authorization);
  }

  /**
   * Sends one text message into an existing conversation through CloudAdapter, which fetches a token for our app id
   * (none in local mode) and POSTs to `{serviceUrl}/v3/conversations/{id}/activities/{replyToId}`. Returns the
   * provider's activity id. Rejects with the SDK's error (RestError with `statusCode`, or a network error `code`).
   */
  async sendText(target: ReplyTarget, text: string): Promise<string | null> {
    const conversation = { id: target.conversationId, conversationType: target.conversationType, tenantId: target.tenantId } as ConversationAccount;
    const reference: Partial<ConversationReference> = {
      channelId: target.channelId,
      serviceUrl: target.serviceUrl,
      conversation,
      bot: { id: target.botId, name: target.botName ?? '' },
      user: target.userId ? { id: target.userId, name: target.userName ?? '' } : undefined,
    };
    let providerId: string | null = null;
    await this.cloudAdapter.continueConversationAsync(this.credentials.appId ?? '', reference, async (context) => {
      // The continuation activity gets a random id, which the SDK would send as `replyToId`, and Web Chat holds back
      // a reply to an activity it has never seen for seconds (BotFramework-WebChat#3874). Reply to the customer's
      // real last activity instead, or to none.
      if (target.activityId) context.activity.id = target.activityId;
      else delete (context.activity as Partial<Activity>).id;
      const response = await context.sendActivity({ type: ActivityTypes.Message, text, textFormat: 'plain' });
      providerId = response?.id ?? null;
    });
    return providerId;
  }
}
