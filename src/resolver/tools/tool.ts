import type { z } from 'zod';
import type { CommerceBackend } from '../../commerce/commerce-backend';
import type { Customer } from '../../conversation/model';
import type { Market } from '../../markets/market';

/** What a tool may use. The customer comes from the verified conversation, never from the message or the LLM. */
export interface ToolContext {
  customer: Customer | null;
  market: Market;
  locale: string;
  backend: CommerceBackend;
  clock: () => number;
  /** Stable for one inbound message: mutations derive their request ids from it, so a retry is not applied twice. */
  requestKey: string;
  /** The message's sender may be forged (`Identity.spoofable`): tools that move where codes and messages go refuse. */
  senderSpoofable?: boolean;
}

export type VerifiedToolContext = ToolContext & { customer: Customer };

export type ToolErrorCode =
  | 'verification_required'
  | 'invalid_arguments'
  | 'not_found'
  | 'not_allowed'
  | 'policy_limit'
  | 'outside_return_window'
  | 'already_open'
  | 'backend_unavailable'
  | 'failed';

export type ToolResult<T> = { ok: true; data: T } | { ok: false; error: ToolErrorCode; reason?: string };

/**
 * One action the resolver can take: a zod schema for its input (the LLM's arguments are validated against it, and
 * it becomes the JSON schema the LLM sees), a description for the LLM, and `present` to turn a result into the
 * compact JSON the LLM reads (formatted money and dates, nothing it does not need).
 */
export interface Tool<S extends z.ZodType = z.ZodType, T = unknown> {
  name: string;
  description: string;
  input: S;
  /** Acts on the customer's account: runs only for a verified customer. */
  account: boolean;
  run(input: z.infer<S>, context: VerifiedToolContext): Promise<ToolResult<T>>;
  present(data: T, context: ToolContext): unknown;
}

export function ok<T>(data: T): ToolResult<T> {
  return { ok: true, data };
}

export function fail<T = never>(error: ToolErrorCode, reason?: string): ToolResult<T> {
  return reason ? { ok: false, error, reason } : { ok: false, error };
}

/** Defines a tool with its types inferred from the schema. */
export function defineTool<S extends z.ZodType, T>(tool: Tool<S, T>): Tool<S, T> {
  return tool;
}
