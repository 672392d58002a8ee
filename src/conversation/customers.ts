import type { Collection } from '../store/port';
import type { Customer, Identity } from './model';

export interface IdentityLink {
  /** `<kind>:<value>`, e.g. `phone:+4915112345678`. */
  id: string;
  customerId: string;
}

export function identityKey(identity: Pick<Identity, 'kind' | 'value'>): string {
  return `${identity.kind}:${identity.value}`;
}

/** Customers and the verified identities that lead to them. */
export class Customers {
  constructor(
    private readonly customers: Collection<Customer>,
    private readonly identities: Collection<IdentityLink>,
  ) {}

  get(id: string): Promise<Customer | null> {
    return this.customers.get(id);
  }

  /**
   * The customer behind an identity, only when the channel verified it: an unverified claim (an anonymous web chat,
   * a name typed in a message) never leads to account data.
   */
  async findByIdentity(identity: Identity): Promise<Customer | null> {
    if (!identity.verified) return null;
    const link = await this.identities.get(identityKey(identity));
    return link ? this.customers.get(link.customerId) : null;
  }

  /** Creates or replaces a customer and links each of its identities to it. */
  async save(customer: Customer): Promise<void> {
    await this.customers.put(customer);
    for (const identity of customer.identities) {
      await this.identities.put({ id: identityKey(identity), customerId: customer.id });
    }
  }
}
