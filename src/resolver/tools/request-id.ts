import { createHash } from 'node:crypto';
import type { ToolContext } from './tool';

/**
 * The request id of a mutation: the inbound message, the tool and its exact input. Handling the same message again
 * (after a crash) repeats the same request, which the backend answers without applying it twice.
 */
export function requestId(context: Pick<ToolContext, 'requestKey'>, tool: string, input: Record<string, unknown>): string {
  const canonical = JSON.stringify(Object.keys(input).sort().map((key) => [key, input[key]]));
  return `${context.requestKey}:${tool}:${createHash('sha256').update(canonical).digest('hex').slice(0, 16)}`;
}
