export type LlmErrorCode = 'llm_circuit_open' | 'llm_unavailable' | 'llm_loop_exhausted' | 'llm_bad_output';

/** The agent could not produce an answer; the resolver falls back to the fast path or a handoff. */
export class LlmError extends Error {
  constructor(
    readonly code: LlmErrorCode,
    message: string,
    options: { cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'LlmError';
  }
}
