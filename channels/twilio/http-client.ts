import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';
import type Response from 'twilio/lib/http/response';

/** Twilio's REST calls should answer well inside the outbox worker's own send timeout. */
export const TWILIO_REQUEST_TIMEOUT_MS = 10_000;

/**
 * The SDK's own HTTP client, pointed at another base URL when TWILIO_API_URL is set (an egress proxy, a regional
 * gateway, the fake Twilio of the tests). The SDK builds absolute `https://api.twilio.com/...` URLs itself and has
 * no base-URL option, so the custom `httpClient` is the one place where a call can be redirected.
 */
export class TwilioHttpClient extends twilio.RequestClient {
  constructor(
    private readonly baseUrl: string | undefined,
    timeoutMs = TWILIO_REQUEST_TIMEOUT_MS,
  ) {
    super({ timeout: timeoutMs });
  }

  override request<TData>(options: RequestClient.RequestOptions<TData>): Promise<Response<TData>> {
    return super.request({ ...options, uri: rebase(options.uri, this.baseUrl) });
  }
}

/** `https://api.twilio.com/2010-04-01/...` -> `<base>/2010-04-01/...` (the base may carry a path prefix). */
export function rebase(uri: string, baseUrl: string | undefined): string {
  if (!baseUrl) return uri;
  const original = new URL(uri);
  return `${baseUrl.replace(/\/+$/, '')}${original.pathname}${original.search}`;
}
