/** The Slack handoff's job types and their payloads (stored as JSON in the jobs collection). */
export const SLACK_JOB_TYPES = {
  openThread: 'slack.open_thread',
  postTranscript: 'slack.post_transcript',
  mirror: 'slack.mirror',
  updateHeader: 'slack.update_header',
  notice: 'slack.notice',
  ephemeral: 'slack.ephemeral',
  reannounce: 'handoff.reannounce',
} as const;

export interface ConversationPayload {
  conversationId: string;
}

/** The transcript between two escalations (`from` exclusive, `to` inclusive; epoch ms). */
export interface TranscriptPayload extends ConversationPayload {
  escalationId: string;
  from: number;
  to: number;
}

export interface MirrorPayload extends ConversationPayload {
  inboxItemId: string;
}

export interface NoticePayload extends ConversationPayload {
  text: string;
  /** Also show the thread reply in the channel (`reply_broadcast`). */
  broadcast: boolean;
}

export interface EphemeralPayload extends ConversationPayload {
  user: string;
  text: string;
}

export interface ReannouncePayload extends ConversationPayload {
  escalationId: string;
  round: number;
}
