/**
 * Threading (RFC 5322 section 3.6.4): a reply names its parent in In-Reply-To and the thread in References, and
 * keeps the subject with one reply prefix. Ids are kept without angle brackets everywhere but on the wire.
 */

/** Reply prefixes clients add, in the languages of our markets ("AW:" German, "SV:" Nordic, "Odp:" Polish, ...). */
const REPLY_PREFIX = /^\s*(re|aw|sv|vs|antw|ref|réf|rif|r|odp|vá|ynt|απ|σχετ|atb)\s*(\[\d+\]|\(\d+\))?\s*:\s*/i;

/** Clients limit References; the first id (the thread root) and the most recent ones are what threading needs. */
export const MAX_REFERENCES = 20;
export const MAX_SUBJECT_LENGTH = 250;

/** The subject without reply prefixes ("AW: Re: Refund" -> "Refund"). */
export function baseSubject(subject: string): string {
  let current = subject.replace(/\s+/g, ' ').trim();
  for (let round = 0; round < 10; round += 1) {
    const next = current.replace(REPLY_PREFIX, '');
    if (next === current) break;
    current = next;
  }
  return current.slice(0, MAX_SUBJECT_LENGTH);
}

/** The subject of our reply: one "Re:", never "Re: Re:". */
export function replySubject(subject: string): string {
  const base = baseSubject(subject);
  return base ? `Re: ${base}` : 'Re:';
}

/** Keeps the root and the latest ids when a chain grows past the limit; drops repeats. */
export function trimReferences(ids: readonly string[]): string[] {
  const unique = [...new Set(ids.filter((id) => id.length > 0))];
  if (unique.length <= MAX_REFERENCES) return unique;
  return [unique[0]!, ...unique.slice(unique.length - (MAX_REFERENCES - 1))];
}

/** `a@x b@y` (how the chain is kept in a conversation reference) to ids. */
export function splitIds(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/).filter((id) => id.length > 0);
}

export const bracket = (id: string) => `<${id}>`;

/** The ids a message replies to, nearest first: In-Reply-To, then References from the latest back. */
export function repliedToIds(inReplyTo: readonly string[], references: readonly string[]): string[] {
  return [...new Set([...inReplyTo, ...[...references].reverse()])].slice(0, MAX_REFERENCES);
}

/**
 * The Message-ID of an outgoing message: derived from our outbox id, so a retry after a crash sends the same id
 * (recipients' clients then show one message) and a customer's reply to it leads back to the conversation.
 */
export function outboundMessageId(outboxId: string, domain: string): string {
  return `${outboxId.replace(/[^A-Za-z0-9._-]/g, '')}@${domain}`;
}
