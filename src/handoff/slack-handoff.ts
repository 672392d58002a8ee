import type { Conversation, InboxItem } from '../conversation/model';
import type { Outbox } from '../conversation/outbox';
import type { Signals } from '../conversation/signals';
import type { JobQueue } from '../jobs/job-queue';
import type { Translator } from '../markets/i18n';
import type { MarketDirectory } from '../markets/market-directory';
import { escalationEta } from './eta';
import type { Escalation, Handoff, StateChange } from './handoff';
import type { HandoffThreads } from './handoff-threads';
import { SLACK_JOB_TYPES, type EphemeralPayload, type NoticePayload, type ReannouncePayload, type TranscriptPayload } from './slack/slack-job-types';

/** Slack calls are retried for about an hour of outage (backoff 2 s doubling to 5 min) before a job is given up. */
export const SLACK_JOB_ATTEMPTS = 20;

export interface SlackHandoffSettings {
  /** An escalation nobody took over is announced again after this long (counted from when the team is at work). */
  reannounceAfterMs: number;
  /** How many times it is announced again, at most. */
  reannounceLimit: number;
}

/**
 * Escalations go to Slack: one thread per conversation in the market's channel. Nothing here calls Slack: every
 * Slack call is a durable job (see slack-jobs.ts), so an outage or a rate limit only delays it, and what the customer
 * is told does not depend on Slack at all.
 */
export class SlackHandoff implements Handoff {
  constructor(
    private readonly parts: {
      jobs: JobQueue;
      threads: HandoffThreads;
      outbox: Outbox;
      markets: MarketDirectory;
      translator: Translator;
      signals: Signals;
      clock: () => number;
      settings: SlackHandoffSettings;
    },
  ) {}

  async escalate(conversation: Conversation, escalation: Escalation): Promise<void> {
    const { jobs, markets, translator, clock, settings } = this.parts;
    await this.openThread(conversation, escalation);
    const eta = escalationEta(translator, markets.resolve(conversation.market), conversation.language, clock());
    await jobs.enqueue<ReannouncePayload>({
      type: SLACK_JOB_TYPES.reannounce,
      payload: { conversationId: conversation.id, escalationId: escalation.id, round: 1 },
      idempotencyKey: `handoff-reannounce:${escalation.id}:1`,
      // Counted from when people are at work: a night-time escalation is not re-announced to an empty office.
      runAt: eta.opensAt + settings.reannounceAfterMs,
    });
    await this.tellCustomer(conversation, `handoff-eta:${escalation.id}`, eta.text);
  }

  /** Creates the thread (or announces a new escalation in the existing one) and queues its header and transcript. */
  private async openThread(conversation: Conversation, escalation: Escalation): Promise<void> {
    const { jobs, threads, markets, clock } = this.parts;
    const market = markets.resolve(conversation.market);
    const now = clock();
    const { thread, created } = await threads.open({
      id: conversation.id,
      market: market.code,
      slackChannel: market.slackChannel,
      escalationId: escalation.id,
      reason: escalation.reason,
      summary: escalation.summary,
      escalatedAt: now,
    });
    const again = !created && thread.escalationId !== escalation.id;
    const escalatedAt = again ? now : thread.escalatedAt;
    const group = threadGroup(conversation.id);

    await jobs.enqueue({ type: SLACK_JOB_TYPES.openThread, payload: { conversationId: conversation.id }, idempotencyKey: `slack-open:${escalation.id}`, group, maxAttempts: SLACK_JOB_ATTEMPTS });
    await jobs.enqueue<TranscriptPayload>({
      type: SLACK_JOB_TYPES.postTranscript,
      // Again: only what happened since the last escalation (the rest is in the thread already).
      payload: { conversationId: conversation.id, escalationId: escalation.id, from: again ? thread.escalatedAt : 0, to: escalatedAt },
      idempotencyKey: `slack-transcript:${escalation.id}`,
      group,
      maxAttempts: SLACK_JOB_ATTEMPTS,
    });
    if (!again) return;
    await this.notice(conversation.id, `reescalated:${escalation.id}`, `:rotating_light: Escalated again: ${escalation.reason}. ${escalation.summary}`, true);
    // The record changes last: a retry after a crash before this line still sees an escalation to announce.
    await threads.update(conversation.id, { escalationId: escalation.id, reason: escalation.reason, summary: escalation.summary, escalatedAt });
    await this.refreshHeader(conversation);
  }

  async mirror(conversation: Conversation, item: InboxItem): Promise<void> {
    // A person owns a conversation that never went through an escalation (taken over in the admin console).
    if (!(await this.parts.threads.get(conversation.id))) {
      await this.openThread(conversation, { id: `owned:${conversation.id}`, reason: 'agent_owned', summary: 'A person took this conversation over without an escalation.' });
    }
    await this.parts.jobs.enqueue({
      type: SLACK_JOB_TYPES.mirror,
      payload: { conversationId: conversation.id, inboxItemId: item.id },
      idempotencyKey: `slack-mirror:${item.id}`,
      group: threadGroup(conversation.id),
      maxAttempts: SLACK_JOB_ATTEMPTS,
    });
  }

  async stateChanged(conversation: Conversation, change: StateChange): Promise<void> {
    const by = change.actor.name ?? change.actor.id ?? change.actor.kind;
    const version = `${conversation.id}:${conversation.updatedAt}`;
    if (conversation.state === 'agent' && conversation.assignee) {
      const text = this.parts.translator.t(conversation.language, 'handoff:agent_joined', { name: conversation.assignee.name });
      await this.tellCustomer(conversation, `agent-joined:${version}`, text);
    }
    if (!(await this.parts.threads.get(conversation.id))) return;
    await this.refreshHeader(conversation);
    const byPeople: Partial<Record<Conversation['state'], string>> = {
      agent: `:raised_hand: Taken over by ${by}. Replies in this thread now go to the customer.`,
      bot: `:leftwards_arrow_with_hook: Handed back to the AI by ${by}.`,
      resolved: `:white_check_mark: Resolved by ${by}. The customer was asked to rate the help.`,
      closed: `:lock: Closed by ${by}.`,
    };
    const bySelf: Partial<Record<Conversation['state'], string>> = {
      bot: ':speech_balloon: The customer wrote again; the AI is answering.',
      resolved: ':white_check_mark: Resolved by the AI.',
    };
    const notices = change.actor.kind === 'bot' || change.actor.kind === 'customer' ? bySelf : byPeople;
    const text = notices[conversation.state];
    if (text) await this.notice(conversation.id, `state:${version}`, text, false);
  }

  /** Redraws the thread's header from the conversation as it is when the job runs. */
  async refreshHeader(conversation: Conversation): Promise<void> {
    await this.parts.jobs.enqueue({
      type: SLACK_JOB_TYPES.updateHeader,
      payload: { conversationId: conversation.id },
      idempotencyKey: `slack-header:${conversation.id}:${conversation.updatedAt}`,
      group: threadGroup(conversation.id),
      maxAttempts: SLACK_JOB_ATTEMPTS,
    });
  }

  /** A message in the conversation's thread (actions taken, re-announcements); `broadcast` also shows it in the channel. */
  async notice(conversationId: string, key: string, text: string, broadcast: boolean): Promise<void> {
    await this.parts.jobs.enqueue<NoticePayload>({
      type: SLACK_JOB_TYPES.notice,
      payload: { conversationId, text, broadcast },
      idempotencyKey: `slack-notice:${key}`,
      group: threadGroup(conversationId),
      maxAttempts: SLACK_JOB_ATTEMPTS,
    });
  }

  /** A thread message only one Slack user sees (why their button did nothing). */
  async whisper(conversationId: string, user: string, key: string, text: string): Promise<void> {
    await this.parts.jobs.enqueue<EphemeralPayload>({
      type: SLACK_JOB_TYPES.ephemeral,
      payload: { conversationId, user, text },
      idempotencyKey: `slack-ephemeral:${key}`,
      maxAttempts: 3,
    });
  }

  /** A system message to the customer on their channel, once per key. */
  async tellCustomer(conversation: Conversation, idempotencyKey: string, text: string): Promise<void> {
    const stored = await this.parts.outbox.enqueue(conversation, [{ text, author: { kind: 'system' }, idempotencyKey }]);
    for (const message of stored) this.parts.signals.emit('outbox:enqueued', message.id);
  }
}

/** A thread's Slack messages are posted one at a time, in order. */
export function threadGroup(conversationId: string): string {
  return `slack:${conversationId}`;
}
