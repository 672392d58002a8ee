import { isCommerceError } from '../../commerce/commerce-error';
import { fail, type Tool, type ToolContext, type ToolResult, type VerifiedToolContext } from './tool';

/**
 * Runs a tool on untrusted input (an LLM's arguments, a value parsed from a message): validates it against the schema,
 * refuses account tools without a verified customer, and turns every failure into a result code, so nothing a tool
 * meets becomes an exception or a leak. Backend errors keep only their code and business reason.
 */
export async function runTool<T>(tool: Tool<never, T> | Tool, rawInput: unknown, context: ToolContext): Promise<ToolResult<T>> {
  const parsed = tool.input.safeParse(rawInput ?? {});
  if (!parsed.success) return fail('invalid_arguments', parsed.error.issues[0]?.path.join('.') || 'input');
  if (tool.account && !context.customer) return fail('verification_required');
  try {
    return (await (tool as Tool).run(parsed.data, context as VerifiedToolContext)) as ToolResult<T>;
  } catch (error) {
    if (!isCommerceError(error)) return fail('failed');
    switch (error.code) {
      case 'not_found':
        return fail('not_found', error.reason ?? undefined);
      case 'not_allowed':
        return fail('not_allowed', error.reason ?? undefined);
      case 'conflict':
        return fail('already_open', error.reason ?? undefined);
      case 'invalid_request':
        return fail('invalid_arguments', error.reason ?? undefined);
      default:
        return fail('backend_unavailable');
    }
  }
}
