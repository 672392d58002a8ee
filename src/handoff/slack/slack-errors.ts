// @slack/web-api comes with Bolt; importing it through Bolt keeps one version and no extra dependency.
import { webApi } from '@slack/bolt';
import { JobError } from '../../jobs/job-error';

/** Platform errors that say "try later" rather than "this call is wrong". */
const TRANSIENT_PLATFORM_ERRORS = new Set(['ratelimited', 'service_unavailable', 'internal_error', 'fatal_error', 'request_timeout', 'team_added_to_org']);

/**
 * A Web API failure as a job failure. The client is built without its own retries, so a 429 surfaces here with its
 * `Retry-After` and the durable queue waits exactly that long; 5xx and network errors back off; an error Slack says
 * is permanent (`channel_not_found`, `not_in_channel`, `invalid_auth`) fails the job at once.
 */
export function slackJobError(error: unknown): JobError {
  if (error instanceof JobError) return error;
  if (error instanceof webApi.WebAPIRateLimitedError) {
    return new JobError('slack_rate_limited', 'Slack asked us to slow down', { isRetryable: true, retryAfterMs: Math.max(1, error.retryAfter) * 1000, cause: error });
  }
  if (error instanceof webApi.WebAPIHTTPError) {
    return new JobError(`slack_http_${error.statusCode}`, `Slack answered HTTP ${error.statusCode}`, { isRetryable: error.statusCode >= 500 || error.statusCode === 408, cause: error });
  }
  if (error instanceof webApi.WebAPIPlatformError) {
    const code = String(error.data.error);
    return new JobError(`slack_${code}`, `Slack refused the call: ${code}`, { isRetryable: TRANSIENT_PLATFORM_ERRORS.has(code), cause: error });
  }
  if (error instanceof webApi.WebAPIRequestError) {
    return new JobError('slack_unreachable', 'Slack could not be reached', { isRetryable: true, cause: error });
  }
  return new JobError('slack_call_failed', error instanceof Error ? error.message : String(error), { isRetryable: true, cause: error });
}
