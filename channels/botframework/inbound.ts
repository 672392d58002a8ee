import type { Identity, InboundMessage, MediaAttachment } from '../../src/conversation/model';
import { AppError } from '../../src/errors';
import type { MessageActivity } from './activity';

/** Longer texts are refused (400): the same bound as web chat, so every channel gives the resolver the same budget. */
export const MAX_TEXT_LENGTH = 4000;

export interface InboundOptions {
  /** When we received the request; the fallback for a missing or unreadable `timestamp`. */
  receivedAt: number;
  /**
   * The request's token was validated (an app id is configured). Only then can a Teams user's Entra ID object id be
   * trusted: it is set by Teams and covered by the Bot Connector's signature. Without authentication anyone can post
   * any `from`.
   */
  authenticated: boolean;
}

/**
 * Maps a message activity to the conversation model, or null when there is nothing to answer (an empty message, a
 * card submit without text, an echo of the bot's own message).
 */
export function toInboundMessage(activity: MessageActivity, options: InboundOptions): InboundMessage | null {
  if (activity.from.id === activity.recipient.id || activity.from.role === 'bot') return null;
  const text = withoutBotMention(activity.text ?? '', activity).trim();
  if (text.length > MAX_TEXT_LENGTH) {
    throw new AppError('invalid_request', `text must be at most ${MAX_TEXT_LENGTH} characters`, { details: { field: 'text' } });
  }
  const media = mediaOf(activity);
  if (text.length === 0 && media.length === 0) return null;

  const conversationId = activity.conversation.id;
  const timestamp = activity.timestamp ? Date.parse(activity.timestamp) : Number.NaN;
  return {
    channel: 'botframework',
    // Activity ids are unique within a conversation only (Teams uses timestamps), so the conversation scopes them.
    providerMessageId: `${activity.channelId}:${conversationId}:${activity.id}`,
    from: identityOf(activity, options.authenticated),
    text,
    sentAt: Number.isFinite(timestamp) ? timestamp : options.receivedAt,
    reference: {
      channel: 'botframework',
      customerAddress: conversationId,
      businessAddress: activity.recipient.id,
      extra: compact({
        serviceUrl: activity.serviceUrl,
        channelId: activity.channelId,
        botId: activity.recipient.id,
        botName: activity.recipient.name,
        userId: activity.from.id,
        userName: activity.from.name,
        activityId: activity.id,
        tenantId: activity.conversation.tenantId,
        conversationType: activity.conversation.conversationType,
      }),
    },
    threadKey: `botframework:${activity.channelId}:${conversationId}`,
    hints: compact({ language: activity.locale, displayName: activity.from.name, market: marketHint(activity) }),
    ...(media.length > 0 ? { media } : {}),
    raw: activity,
  };
}

/**
 * Teams users signed in with Entra ID are verified (when requests are authenticated). Web Chat and Direct Line user
 * ids are chosen by the page that embeds the chat, so they are only a thread handle, never proof of who is writing.
 */
function identityOf(activity: MessageActivity, authenticated: boolean): Identity {
  const aadObjectId = activity.from.aadObjectId;
  if (authenticated && activity.channelId === 'msteams' && aadObjectId) {
    return { kind: 'botframework', value: `aad:${aadObjectId.toLowerCase()}`, verified: true };
  }
  return { kind: 'botframework', value: `${activity.channelId}:${activity.from.id}`, verified: false };
}

/** Teams reports the user's country in a `clientInfo` entity; otherwise the region of the locale is the best guess. */
function marketHint(activity: MessageActivity): string | undefined {
  const clientInfo = activity.entities?.find((entity) => entity.type === 'clientInfo') as { country?: unknown } | undefined;
  if (typeof clientInfo?.country === 'string' && /^[A-Z]{2}$/.test(clientInfo.country)) return clientInfo.country;
  return /^[a-z]{2,3}-([A-Z]{2})$/.exec(activity.locale ?? '')?.[1];
}

/** In Teams group chats and channels the text starts with `<at>Bot name</at>`, which is not part of the question. */
function withoutBotMention(text: string, activity: MessageActivity): string {
  let result = text;
  for (const entity of activity.entities ?? []) {
    const mention = entity as { type?: string; mentioned?: { id?: unknown }; text?: unknown };
    if (mention.type === 'mention' && mention.mentioned?.id === activity.recipient.id && typeof mention.text === 'string' && mention.text) {
      result = result.split(mention.text).join(' ').replace(/ {2,}/g, ' ');
    }
  }
  return result;
}

/** Files and images the customer sent. Cards and Teams' HTML copy of the text have no URL and are not media. */
function mediaOf(activity: MessageActivity): MediaAttachment[] {
  const media: MediaAttachment[] = [];
  for (const attachment of activity.attachments ?? []) {
    if (!attachment.contentUrl || !/^https?:\/\//i.test(attachment.contentUrl)) continue;
    media.push(attachment.contentType ? { url: attachment.contentUrl, contentType: attachment.contentType } : { url: attachment.contentUrl });
  }
  return media;
}

function compact(values: Record<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') result[key] = value;
  return result;
}
