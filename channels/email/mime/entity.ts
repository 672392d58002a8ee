import { parseHeaderValue } from 'nodemailer/lib/mime-funcs';
import { decodeEncodedWords, decodeHeaderBytes } from './decode';

/** Nesting deeper than this is not mail a person wrote; the rest is kept as an opaque part. */
const MAX_DEPTH = 12;
const MAX_PARTS = 200;

export interface HeaderField {
  /** Lower-case name. */
  name: string;
  /** Unfolded value, encoded words still encoded (decode with `decodeEncodedWords` where text is expected). */
  value: string;
}

/** A parsed Content-Type or Content-Disposition: `text/plain; charset=utf-8` -> value and lower-case params. */
export interface StructuredValue {
  value: string;
  params: Record<string, string>;
}

/** One node of a MIME tree. Bodies are binary strings (one char per byte) until a reader decodes them. */
export interface MimeEntity {
  headers: HeaderField[];
  contentType: StructuredValue;
  disposition: StructuredValue | null;
  transferEncoding: string | undefined;
  /** Raw (still transfer-encoded) body of a leaf; empty for a multipart. */
  body: string;
  parts: MimeEntity[];
}

/** Splits a header section into fields, unfolding continuation lines. */
export function readHeaders(section: string): HeaderField[] {
  const fields: HeaderField[] = [];
  for (const line of section.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && fields.length > 0) {
      fields[fields.length - 1]!.value += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!/^[\x21-\x39\x3b-\x7e]+$/.test(name)) continue;
    fields.push({ name, value: decodeHeaderBytes(line.slice(colon + 1).trim()) });
  }
  return fields;
}

export function headerValue(headers: readonly HeaderField[], name: string): string | undefined {
  return headers.find((field) => field.name === name)?.value;
}

export function headerValues(headers: readonly HeaderField[], name: string): string[] {
  return headers.filter((field) => field.name === name).map((field) => field.value);
}

export function structured(value: string | undefined, fallback: string): StructuredValue {
  const parsed = parseHeaderValue(value ?? fallback);
  const params: Record<string, string> = {};
  for (const [key, paramValue] of Object.entries(parsed.params ?? {})) {
    params[key.toLowerCase()] = decodeEncodedWords(String(paramValue));
  }
  return { value: (parsed.value || fallback).trim().toLowerCase(), params };
}

/** Where the header section ends: the first empty line. A message without one is all headers. */
function splitHeaderSection(binary: string): { header: string; body: string } {
  const leading = /^\r?\n/.exec(binary);
  if (leading) return { header: '', body: binary.slice(leading[0].length) };
  const match = /\r?\n\r?\n/.exec(binary);
  if (!match) return { header: binary, body: '' };
  return { header: binary.slice(0, match.index), body: binary.slice(match.index + match[0].length) };
}

function splitMultipart(body: string, boundary: string): string[] {
  const parts: string[] = [];
  const escaped = boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const delimiter = new RegExp(`(?:^|\\r?\\n)--${escaped}(--)?[ \\t]*(?=\\r?\\n|$)`, 'g');
  let start = -1;
  for (const match of body.matchAll(delimiter)) {
    if (start >= 0) parts.push(body.slice(start, match.index));
    if (match[1] || parts.length >= MAX_PARTS) return parts;
    const lineEnd = /^\r?\n/.exec(body.slice(match.index + match[0].length));
    start = match.index + match[0].length + (lineEnd?.[0].length ?? 0);
  }
  // A missing close delimiter (a truncated message): keep what came after the last delimiter.
  if (start >= 0 && start < body.length) parts.push(body.slice(start));
  return parts;
}

/** Reads a message (or a part) given as a binary string into its MIME tree. Never throws on malformed structure. */
export function readEntity(binary: string, depth = 0, defaultType = 'text/plain'): MimeEntity {
  const { header, body } = splitHeaderSection(binary);
  const headers = readHeaders(header);
  const contentType = structured(headerValue(headers, 'content-type'), defaultType);
  const dispositionHeader = headerValue(headers, 'content-disposition');
  const entity: MimeEntity = {
    headers,
    contentType,
    disposition: dispositionHeader ? structured(dispositionHeader, 'inline') : null,
    transferEncoding: headerValue(headers, 'content-transfer-encoding'),
    body,
    parts: [],
  };
  const boundary = contentType.params.boundary;
  if (contentType.value.startsWith('multipart/') && boundary && depth < MAX_DEPTH) {
    const childDefault = contentType.value === 'multipart/digest' ? 'message/rfc822' : 'text/plain';
    entity.parts = splitMultipart(body, boundary).map((part) => readEntity(part, depth + 1, childDefault));
    entity.body = '';
  }
  return entity;
}
