import type { ProbeSpeaker } from './probe-runner';
import type { ProbeLanguage } from './probe-types';

/**
 * Who writes in each language. `first`: the core journeys and sensitive topics, by the language's demo customer on
 * their own channel, or by an anonymous web chat visitor of a market speaking it. `account`: a verified customer with
 * orders, for follow-up answers; languages without a demo customer borrow a demo account in their own market.
 */
export const PROBE_SPEAKERS: Record<ProbeLanguage, { first: ProbeSpeaker; account: ProbeSpeaker }> = {
  en: { first: { customerId: 'cus_emma_gb', channel: 'whatsapp' }, account: { customerId: 'cus_olivia_us', channel: 'sms' } },
  de: { first: { customerId: 'cus_anna_de', channel: 'sms' }, account: { customerId: 'cus_anna_de', channel: 'sms' } },
  fr: { first: { customerId: 'cus_lucas_fr', channel: 'email' }, account: { customerId: 'cus_lucas_fr', channel: 'email' } },
  es: { first: { customerId: 'cus_sofia_es', channel: 'whatsapp' }, account: { customerId: 'cus_sofia_es', channel: 'webchat' } },
  sv: { first: { customerId: 'cus_erik_se', channel: 'sms' }, account: { customerId: 'cus_erik_se', channel: 'sms' } },
  nb: { first: { customerId: 'cus_lars_no', channel: 'sms' }, account: { customerId: 'cus_lars_no', channel: 'sms' } },
  pl: { first: { customerId: 'cus_zofia_pl', channel: 'sms' }, account: { customerId: 'cus_zofia_pl', channel: 'whatsapp' } },
  it: { first: { anonymous: true, market: 'IT', locale: 'it-IT' }, account: { customerId: 'cus_anna_de', channel: 'webchat', market: 'IT', locale: 'it-IT' } },
  pt: { first: { anonymous: true, market: 'PT', locale: 'pt-PT' }, account: { customerId: 'cus_sofia_es', channel: 'webchat', market: 'PT', locale: 'pt-PT' } },
  nl: { first: { anonymous: true, market: 'NL', locale: 'nl-NL' }, account: { customerId: 'cus_lucas_fr', channel: 'webchat', market: 'NL', locale: 'nl-NL' } },
  da: { first: { anonymous: true, market: 'DK', locale: 'da-DK' }, account: { customerId: 'cus_erik_se', channel: 'webchat', market: 'DK', locale: 'da-DK' } },
  fi: { first: { anonymous: true, market: 'FI', locale: 'fi-FI' }, account: { customerId: 'cus_anna_de', channel: 'webchat', market: 'FI', locale: 'fi-FI' } },
  cs: { first: { anonymous: true, market: 'CZ', locale: 'cs-CZ' }, account: { customerId: 'cus_zofia_pl', channel: 'webchat', market: 'CZ', locale: 'cs-CZ' } },
  el: { first: { anonymous: true, market: 'GR', locale: 'el-GR' }, account: { customerId: 'cus_lucas_fr', channel: 'webchat', market: 'GR', locale: 'el-GR' } },
};
