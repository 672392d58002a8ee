import type { Customer } from '../conversation/model';

interface DemoPerson {
  id: string;
  name: string;
  market: string;
  language: string;
  phone: string;
  email: string;
  /** The reference the demo host app signs into web chat with. */
  webLogin: string;
}

/**
 * Seeded demo customers (fictional people; phone numbers from ranges reserved for drama and testing where the
 * country has one). The demo commerce backend holds their orders and payment plans under the same ids.
 */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { id: 'cus_emma_gb', name: 'Emma Clarke', market: 'GB', language: 'en-GB', phone: '+447700900123', email: 'emma.clarke@example.co.uk', webLogin: 'demo-emma' },
  { id: 'cus_olivia_us', name: 'Olivia Johnson', market: 'US', language: 'en-US', phone: '+12025550143', email: 'olivia.johnson@example.com', webLogin: 'demo-olivia' },
  { id: 'cus_anna_de', name: 'Anna Schmidt', market: 'DE', language: 'de-DE', phone: '+4915112345678', email: 'anna.schmidt@example.de', webLogin: 'demo-anna' },
  { id: 'cus_erik_se', name: 'Erik Lindqvist', market: 'SE', language: 'sv-SE', phone: '+46701234567', email: 'erik.lindqvist@example.se', webLogin: 'demo-erik' },
  { id: 'cus_lucas_fr', name: 'Lucas Martin', market: 'FR', language: 'fr-FR', phone: '+33612345678', email: 'lucas.martin@example.fr', webLogin: 'demo-lucas' },
  { id: 'cus_zofia_pl', name: 'Zofia Nowak', market: 'PL', language: 'pl-PL', phone: '+48512345678', email: 'zofia.nowak@example.pl', webLogin: 'demo-zofia' },
  { id: 'cus_sofia_es', name: 'Sofía García', market: 'ES', language: 'es-ES', phone: '+34612345678', email: 'sofia.garcia@example.es', webLogin: 'demo-sofia' },
  { id: 'cus_lars_no', name: 'Lars Hansen', market: 'NO', language: 'nb-NO', phone: '+4791234567', email: 'lars.hansen@example.no', webLogin: 'demo-lars' },
];

export function demoCustomers(now: number): Customer[] {
  return DEMO_PEOPLE.map((person) => ({
    id: person.id,
    name: person.name,
    market: person.market,
    language: person.language,
    createdAt: now,
    identities: [
      { kind: 'phone', value: person.phone, verified: true },
      { kind: 'whatsapp', value: person.phone, verified: true },
      { kind: 'email', value: person.email, verified: true },
      { kind: 'webchat', value: person.webLogin, verified: true },
    ],
  }));
}
