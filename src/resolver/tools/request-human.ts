import { z } from 'zod';
import { defineTool, ok, type ToolResult } from './tool';

export const HANDOFF_REASONS = ['customer_request', 'complex_case', 'fraud', 'financial_hardship', 'complaint', 'bereavement', 'vulnerability', 'unclear'] as const;

/** Not an account action: it only records that the conversation goes to a person; the resolver does the handoff. */
export const requestHuman = defineTool({
  name: 'request_human',
  description: 'Passes the conversation to a person from the support team. Use when the customer asks for a person, for sensitive or complex cases, or when you cannot help.',
  input: z.object({
    reason: z.enum(HANDOFF_REASONS),
    summary: z.string().trim().min(1).max(500).describe('One or two sentences for the colleague, in English'),
  }),
  account: false,
  async run(input): Promise<ToolResult<{ reason: (typeof HANDOFF_REASONS)[number]; summary: string }>> {
    return ok({ reason: input.reason, summary: input.summary });
  },
  present: () => ({ handedOff: true, note: 'A colleague will take over; tell the customer briefly.' }),
});
