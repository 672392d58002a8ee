/**
 * Text crossing between customers and Slack. Slack mrkdwn gives `<`, `>` and `&` a meaning (`<!channel>` pings a
 * whole channel), so customer text is escaped on the way in; agents' text arrives with Slack's markup and is turned
 * back into plain text on the way out. See https://docs.slack.dev/messaging/formatting-message-text/#escaping
 */

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An agent's message as the customer should read it: links, mentions and entities resolved to plain text. */
export function slackToPlainText(text: string): string {
  return text
    .replace(/<((?:https?|mailto|tel):[^|>]+)\|([^>]+)>/g, (_match, url: string, label: string) =>
      label === url || url.endsWith(`:${label}`) ? label : `${label} (${url})`,
    )
    .replace(/<((?:https?|mailto|tel):[^>]+)>/g, (_match, url: string) => url.replace(/^(mailto|tel):/, ''))
    .replace(/<[@#][A-Z0-9]+\|([^>]+)>/g, '$1')
    .replace(/<@[A-Z0-9]+>/g, '')
    .replace(/<#[A-Z0-9]+>/g, '')
    .replace(/<!([a-z]+)(?:\|[^>]*)?>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** Splits long text on line breaks into pieces Slack shows whole (a message's text is best kept under 4,000 characters). */
export function chunkLines(lines: readonly string[], maxLength: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of lines) {
    const pieces = line.length > maxLength ? (line.match(new RegExp(`[\\s\\S]{1,${maxLength}}`, 'g')) ?? []) : [line];
    for (const piece of pieces) {
      if (current && current.length + 1 + piece.length > maxLength) {
        chunks.push(current);
        current = '';
      }
      current = current ? `${current}\n${piece}` : piece;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Shows enough of a phone number or email address to recognise it, not enough to copy it out of a channel. */
export function maskAddress(address: string): string {
  const email = /^([^@]{1,2})[^@]*(@.+)$/.exec(address);
  if (email) return `${email[1]}…${email[2]}`;
  if (address.length <= 6) return address;
  return `${address.slice(0, 4)}…${address.slice(-3)}`;
}
