import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, errorBody, isAppError, type ErrorCode } from '../errors';

const STATUS_CODES: Record<number, ErrorCode> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'not_ready',
};

/** Turns any thrown error into `{error: {code, message}}` with the right status; only unknown failures are 500. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const fastifyError = error as Partial<FastifyError>;
  const status = fastifyError.statusCode;
  if (fastifyError.validation) return new AppError('invalid_request', fastifyError.message ?? 'Invalid request', { cause: error });
  if (status === 400 && (fastifyError.code?.startsWith('FST_ERR_CTP') || error instanceof SyntaxError)) {
    return new AppError('invalid_json', 'The body is not valid JSON', { cause: error });
  }
  if (status && status >= 400 && status < 500) {
    return new AppError(STATUS_CODES[status] ?? 'invalid_request', fastifyError.message ?? 'Bad request', { cause: error });
  }
  return new AppError('internal', 'Something went wrong on our side', { cause: error });
}

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const appError = toAppError(error);
  if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
  else request.log.info({ code: appError.code, status: appError.status }, 'request refused');
  void reply.status(appError.status).send(errorBody(appError));
}
