import { webApi } from '@slack/bolt';
import type { Conversations } from '../../conversation/conversations';
import type { Customers } from '../../conversation/customers';
import type { Inbox } from '../../conversation/inbox';
import type { Conversation } from '../../conversation/model';
import type { Outbox } from '../../conversation/outbox';
import { fromInbox, fromOutbox } from '../../conversation/transcript';
import type { Job } from '../../jobs/job';
import { JobError } from '../../jobs/job-error';
import type { JobQueue } from '../../jobs/job-queue';
import type { JobHandlers } from '../../jobs/job-worker';
import type { Translator } from '../../markets/i18n';
import type { MarketDirectory } from '../../markets/market-directory';
import type { HandoffThread, HandoffThreads } from '../handoff-threads';
import type { SlackHandoff, SlackHandoffSettings } from '../slack-handoff';
import {
  SLACK_JOB_TYPES,
  type ConversationPayload,
  type EphemeralPayload,
  type MirrorPayload,
  type NoticePayload,
  type ReannouncePayload,
  type TranscriptPayload,
} from './slack-job-types';
import { slackJobError } from './slack-errors';
import { customerLabel, headerMessage, transcriptLine, transcriptMessages } from './slack-messages';
import { escapeMrkdwn } from './slack-text';

/** The metadata event type that marks our thread posts (see `postInThread`). */
const POST_EVENT_TYPE = 'support_post';

export interface SlackJobSettings extends SlackHandoffSettings {
  publicUrl: string;
  /** The customer is told the team is hard to reach when the thread could not be opened for this long. */
  outageNoticeAfterMs: number;
}

/** The Slack side effects of the handoff, as job handlers: each one is safe to run again after a failure. */
export class SlackJobs {
  constructor(
    private readonly parts: {
      client: webApi.WebClient;
      jobs: JobQueue;
      threads: HandoffThreads;
      conversations: Conversations;
      customers: Customers;
      inbox: Inbox;
      outbox: Outbox;
      markets: MarketDirectory;
      translator: Translator;
      handoff: SlackHandoff;
      clock: () => number;
      settings: SlackJobSettings;
    },
  ) {}

  register(handlers: JobHandlers): void {
    handlers
      .register<ConversationPayload>(SLACK_JOB_TYPES.openThread, (job) => this.openThread(job))
      .register<TranscriptPayload>(SLACK_JOB_TYPES.postTranscript, (job) => slackCall(() => this.postTranscript(job)))
      .register<MirrorPayload>(SLACK_JOB_TYPES.mirror, (job) => slackCall(() => this.mirror(job)))
      .register<ConversationPayload>(SLACK_JOB_TYPES.updateHeader, (job) => slackCall(() => this.updateHeader(job.payload)))
      .register<NoticePayload>(SLACK_JOB_TYPES.notice, (job) => slackCall(() => this.notice(job)))
      .register<EphemeralPayload>(SLACK_JOB_TYPES.ephemeral, (job) => slackCall(() => this.ephemeral(job.payload)))
      .register<ReannouncePayload>(SLACK_JOB_TYPES.reannounce, (job) => this.reannounce(job.payload));
  }

  /** Posts the header in the market's channel; its ts becomes the thread. */
  private async openThread(job: Job<ConversationPayload>): Promise<void> {
    const { client, threads, conversations, clock, settings } = this.parts;
    const thread = await this.thread(job.payload.conversationId);
    if (thread.ts) return;
    const conversation = await conversations.require(thread.id);
    try {
      const message = await this.header(conversation, thread);
      const posted = await client.chat.postMessage({ channel: thread.slackChannel, ...message, unfurl_links: false, unfurl_media: false });
      if (!posted.channel || !posted.ts) throw new JobError('slack_bad_response', 'chat.postMessage answered without channel or ts', { isRetryable: true });
      await threads.update(thread.id, { channelId: posted.channel, ts: posted.ts });
    } catch (error) {
      const failure = slackJobError(error);
      const longOutage = clock() - job.createdAt >= settings.outageNoticeAfterMs;
      if (!failure.isRetryable || longOutage || job.attempts >= job.maxAttempts) await this.tellOutage(conversation, thread);
      throw failure;
    }
  }

  /** What happened before the escalation, in the thread, in pieces; a retry posts only the pieces still missing. */
  private async postTranscript(job: Job<TranscriptPayload>): Promise<void> {
    const { payload } = job;
    const { threads, inbox, outbox, markets } = this.parts;
    let thread = await this.postedThread(payload.conversationId);
    if (thread.transcriptEscalationId !== payload.escalationId) {
      thread = (await threads.update(thread.id, { transcriptEscalationId: payload.escalationId, transcriptPosted: 0 })) ?? thread;
    }
    const within = (at: number) => at > payload.from && at <= payload.to;
    const [received, sent] = await Promise.all([inbox.forConversation(thread.id), outbox.forConversation(thread.id)]);
    const messages = [
      // Messages that reached people by mirroring are in the thread already; unfinished ones will be mirrored.
      ...received.filter((item) => within(item.acceptedAt) && item.status !== 'pending' && item.status !== 'processing' && item.outcome !== 'mirrored_to_agent').map(fromInbox),
      ...sent.filter((message) => within(message.createdAt) && message.author.kind !== 'agent').map(fromOutbox),
    ].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
    const pieces = transcriptMessages(messages, markets.resolve(thread.market).timeZone);
    for (let index = thread.transcriptPosted; index < pieces.length; index += 1) {
      await this.postInThread(job, `${job.idempotencyKey}:${index}`, thread, { text: pieces[index]! });
      await threads.update(thread.id, { transcriptPosted: index + 1 });
    }
  }

  private async mirror(job: Job<MirrorPayload>): Promise<void> {
    const thread = await this.postedThread(job.payload.conversationId);
    const item = await this.parts.inbox.get(job.payload.inboxItemId);
    if (!item) throw new JobError('inbox_item_missing', `No inbox item ${job.payload.inboxItemId}`, { isRetryable: false });
    const timeZone = this.parts.markets.resolve(thread.market).timeZone;
    await this.postInThread(job, job.idempotencyKey, thread, { text: transcriptLine(fromInbox(item), timeZone) });
  }

  private async updateHeader(payload: ConversationPayload): Promise<void> {
    const thread = await this.postedThread(payload.conversationId);
    const conversation = await this.parts.conversations.require(thread.id);
    await this.parts.client.chat.update({ channel: thread.channelId!, ts: thread.ts!, ...(await this.header(conversation, thread)) });
  }

  private async notice(job: Job<NoticePayload>): Promise<void> {
    const thread = await this.postedThread(job.payload.conversationId);
    await this.postInThread(job, job.idempotencyKey, thread, { text: job.payload.text, broadcast: job.payload.broadcast });
  }

  /**
   * Posts in the thread once per key, as far as Slack lets us know: every post carries its key as message metadata,
   * and a retried job first looks for a post with that key since the job was created (the earlier attempt may have
   * reached Slack and only its answer was lost: a timeout, a crash after the call). A first attempt posts at once.
   */
  private async postInThread(job: Job, key: string, thread: HandoffThread, message: { text: string; broadcast?: boolean }): Promise<void> {
    const channel = thread.channelId!;
    const threadTs = thread.ts!;
    if (job.attempts > 1 && (await this.postedEarlier(channel, threadTs, key, job.createdAt))) return;
    await this.parts.client.chat.postMessage({
      channel,
      thread_ts: threadTs,
      text: message.text,
      reply_broadcast: message.broadcast === true,
      unfurl_links: false,
      unfurl_media: false,
      metadata: { event_type: POST_EVENT_TYPE, event_payload: { key } },
    });
  }

  private async postedEarlier(channel: string, threadTs: string, key: string, since: number): Promise<boolean> {
    try {
      // Slack's clock and ours may differ a little: look a minute further back.
      const oldest = String(Math.floor(since / 1000) - 60);
      const page = await this.parts.client.conversations.replies({ channel, ts: threadTs, oldest, include_all_metadata: true, limit: 200 });
      return (page.messages ?? []).some((posted) => {
        const metadata = (posted as { metadata?: { event_type?: string; event_payload?: { key?: unknown } } }).metadata;
        return metadata?.event_type === POST_EVENT_TYPE && metadata.event_payload?.key === key;
      });
    } catch (error) {
      // Without the history scopes Slack refuses the look-up: post again, at least once as before.
      if (error instanceof webApi.WebAPIPlatformError) return false;
      throw error;
    }
  }

  private async ephemeral(payload: EphemeralPayload): Promise<void> {
    const thread = await this.postedThread(payload.conversationId);
    await this.parts.client.chat.postEphemeral({ channel: thread.channelId!, thread_ts: thread.ts!, user: payload.user, text: payload.text });
  }

  /** Nobody took the escalation: say so again in the channel, while it is still waiting and still the latest one. */
  private async reannounce(payload: ReannouncePayload): Promise<void> {
    const { conversations, customers, jobs, handoff, clock, settings } = this.parts;
    const conversation = await conversations.get(payload.conversationId);
    const thread = await this.parts.threads.get(payload.conversationId);
    if (!conversation || !thread || conversation.state !== 'waiting_for_agent' || thread.escalationId !== payload.escalationId) return;
    const customer = conversation.customerId ? await customers.get(conversation.customerId) : null;
    const minutes = Math.max(1, Math.round((clock() - thread.escalatedAt) / 60_000));
    await handoff.notice(
      conversation.id,
      `reannounce:${payload.escalationId}:${payload.round}`,
      `<!here> :bell: Still waiting for an agent, ${minutes} min after the escalation: ${escapeMrkdwn(customerLabel(conversation, customer))}, ${thread.market}, ${escapeMrkdwn(thread.reason)}. Press *Take over* in the thread.`,
      true,
    );
    if (payload.round >= settings.reannounceLimit) return;
    await jobs.enqueue<ReannouncePayload>({
      type: SLACK_JOB_TYPES.reannounce,
      payload: { ...payload, round: payload.round + 1 },
      idempotencyKey: `handoff-reannounce:${payload.escalationId}:${payload.round + 1}`,
      runAt: clock() + settings.reannounceAfterMs,
    });
  }

  private async tellOutage(conversation: Conversation, thread: HandoffThread): Promise<void> {
    const current = await this.parts.conversations.get(conversation.id);
    if (current?.state !== 'waiting_for_agent') return;
    await this.parts.handoff.tellCustomer(current, `handoff-outage:${thread.escalationId}`, this.parts.translator.t(current.language, 'handoff:outage'));
  }

  private async header(conversation: Conversation, thread: HandoffThread) {
    const customer = conversation.customerId ? await this.parts.customers.get(conversation.customerId) : null;
    const adminUrl = `${this.parts.settings.publicUrl}/admin#/conversations/${encodeURIComponent(conversation.id)}`;
    return headerMessage({ conversation, customer, market: this.parts.markets.resolve(conversation.market), thread, adminUrl });
  }

  private async thread(conversationId: string): Promise<HandoffThread> {
    const thread = await this.parts.threads.get(conversationId);
    if (!thread) throw new JobError('thread_missing', `No handoff thread for ${conversationId}`, { isRetryable: false });
    return thread;
  }

  /**
   * Thread replies need the header posted. Jobs of a thread run after its opening job, so a missing header means that
   * job was given up: waiting longer cannot help (the next escalation queues a new opening job).
   */
  private async postedThread(conversationId: string): Promise<HandoffThread> {
    const thread = await this.thread(conversationId);
    if (!thread.channelId || !thread.ts) throw new JobError('thread_not_posted', `The Slack thread of ${conversationId} was never posted`, { isRetryable: false });
    return thread;
  }
}

async function slackCall(call: () => Promise<void>): Promise<void> {
  try {
    await call();
  } catch (error) {
    throw slackJobError(error);
  }
}
