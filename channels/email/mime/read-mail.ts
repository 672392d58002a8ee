import { parseAddressHeader } from 'mailparser';
import { decodeCharset, decodeEncodedWords, decodeTransferEncoding } from './decode';
import { headerValue, headerValues, readEntity, type HeaderField, type MimeEntity } from './entity';
import { htmlToText } from './html-to-text';

export interface MailAddress {
  /** Lower-cased. */
  address: string;
  name: string;
}

export interface AttachmentInfo {
  filename: string | null;
  contentType: string;
  size: number;
}

/**
 * A message as the email channel needs it: the synchronous counterpart of mailparser's `simpleParser` result,
 * limited to what threading, identity, loop protection and the resolver use.
 */
export interface ParsedMail {
  headers: HeaderField[];
  /** Normalised (no angle brackets). */
  messageId: string | null;
  inReplyTo: string[];
  references: string[];
  from: MailAddress | null;
  to: MailAddress[];
  subject: string;
  date: Date | null;
  /** The text/plain body, decoded; null when the message has none. */
  text: string | null;
  /** The text/html body, decoded; null when the message has none. */
  html: string | null;
  attachments: AttachmentInfo[];
  contentType: string;
  contentTypeParams: Record<string, string>;
}

/** Message ids of a Message-ID / In-Reply-To / References value, without angle brackets, in order. */
export function messageIds(value: string | undefined): string[] {
  if (!value) return [];
  const bracketed = [...value.matchAll(/<([^<>\s]+)>/g)].map((match) => match[1]!);
  if (bracketed.length > 0) return bracketed;
  // Some clients omit the brackets; take bare tokens that look like ids.
  return value.split(/[\s,]+/).filter((token) => /^[^\s<>@]+@[^\s<>@]+$/.test(token));
}

function addresses(value: string | string[] | undefined): MailAddress[] {
  if (!value || value.length === 0) return [];
  const parsed = parseAddressHeader(value);
  const list: MailAddress[] = [];
  const visit = (entries: typeof parsed.value) => {
    for (const entry of entries) {
      if (entry.group) visit(entry.group);
      else if (entry.address) list.push({ address: entry.address.trim().toLowerCase(), name: (entry.name ?? '').trim() });
    }
  };
  visit(parsed.value);
  return list;
}

function isAttachment(entity: MimeEntity): boolean {
  if (entity.disposition?.value === 'attachment') return true;
  return Boolean(entity.disposition?.params.filename ?? entity.contentType.params.name) && !entity.contentType.value.startsWith('text/');
}

function leafText(entity: MimeEntity): string {
  const bytes = decodeTransferEncoding(entity.body, entity.transferEncoding);
  return decodeCharset(bytes, entity.contentType.params.charset);
}

/** Joins RFC 3676 format=flowed soft line breaks (a line ending in a space continues on the next). */
export function unflow(text: string, deleteSpace: boolean): string {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  let current: string | null = null;
  for (const rawLine of lines) {
    const quoteDepth = /^>+/.exec(rawLine)?.[0] ?? '';
    let line = rawLine.slice(quoteDepth.length);
    if (line.startsWith(' ')) line = line.slice(1);
    const soft = line.endsWith(' ') && line !== '-- ';
    const piece = soft && deleteSpace ? line.slice(0, -1) : line;
    current = current === null ? quoteDepth + (quoteDepth ? ' ' : '') + piece : current + piece;
    if (!soft) {
      out.push(current);
      current = null;
    }
  }
  if (current !== null) out.push(current);
  return out.join('\n');
}

interface Bodies {
  text: string[];
  html: string[];
  attachments: AttachmentInfo[];
}

function collect(entity: MimeEntity, bodies: Bodies): void {
  const type = entity.contentType.value;
  if (entity.parts.length > 0 && type === 'multipart/alternative') {
    const plain = entity.parts.find((part) => part.contentType.value === 'text/plain' && !isAttachment(part));
    const html = entity.parts.find((part) => part.contentType.value === 'text/html' && !isAttachment(part));
    const nested = entity.parts.find((part) => part.parts.length > 0);
    if (plain) bodies.text.push(readPlain(plain));
    if (html) bodies.html.push(leafText(html));
    if (!plain && !html && nested) collect(nested, bodies);
    return;
  }
  if (entity.parts.length > 0) {
    for (const part of entity.parts) collect(part, bodies);
    return;
  }
  // A bounce's delivery status reads as text, as mailparser reads it.
  if (!isAttachment(entity) && (type === 'text/plain' || type === 'message/delivery-status')) bodies.text.push(readPlain(entity));
  else if (!isAttachment(entity) && type === 'text/html') bodies.html.push(leafText(entity));
  else {
    bodies.attachments.push({
      filename: entity.disposition?.params.filename ?? entity.contentType.params.name ?? null,
      contentType: type,
      size: decodeTransferEncoding(entity.body, entity.transferEncoding).length,
    });
  }
}

function readPlain(entity: MimeEntity): string {
  const text = leafText(entity);
  if (entity.contentType.params.format?.toLowerCase() !== 'flowed') return text;
  return unflow(text, entity.contentType.params.delsp?.toLowerCase() === 'yes');
}

function parseDate(value: string | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value.replace(/\s*\([^)]*\)\s*$/, ''));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Reads raw MIME (any bytes) into a ParsedMail. Synchronous and total: malformed input gives empty fields, not throws. */
export function readMail(raw: Buffer): ParsedMail {
  const root = readEntity(raw.toString('latin1'));
  const bodies: Bodies = { text: [], html: [], attachments: [] };
  collect(root, bodies);
  const headers = root.headers;
  const text = bodies.text.length > 0 ? bodies.text.join('\n') : null;
  const html = bodies.html.length > 0 ? bodies.html.join('\n') : null;
  return {
    headers,
    messageId: messageIds(headerValue(headers, 'message-id'))[0] ?? null,
    inReplyTo: messageIds(headerValue(headers, 'in-reply-to')),
    references: headerValues(headers, 'references').flatMap((value) => messageIds(value)),
    from: addresses(headerValue(headers, 'from'))[0] ?? null,
    to: addresses(headerValues(headers, 'to')),
    subject: decodeEncodedWords(headerValue(headers, 'subject') ?? '').replace(/\s+/g, ' ').trim(),
    date: parseDate(headerValue(headers, 'date')),
    text,
    html,
    attachments: bodies.attachments,
    contentType: root.contentType.value,
    contentTypeParams: root.contentType.params,
  };
}

/** The readable text of a mail: the plain part, or the HTML converted (quoted history dropped) when there is none. */
export function bodyText(mail: ParsedMail, options: { keepQuotes?: boolean } = {}): string {
  if (mail.text !== null && mail.text.trim().length > 0) return mail.text.replace(/\r\n?/g, '\n');
  if (mail.html !== null) return htmlToText(mail.html, options);
  return mail.text ?? '';
}
