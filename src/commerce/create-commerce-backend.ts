import type { Config } from '../config';
import type { CommerceBackend } from './commerce-backend';
import { DemoCommerceBackend } from './demo-commerce-backend';
import { HttpCommerceBackend } from './http-commerce-backend';

/** The real backend when COMMERCE_API_URL is set, else the embedded demo backend. */
export function createCommerceBackend(config: Config, clock: () => number): CommerceBackend {
  if (config.commerce.apiUrl) return new HttpCommerceBackend({ baseUrl: config.commerce.apiUrl, token: config.commerce.apiToken ?? '' });
  return new DemoCommerceBackend(clock);
}
