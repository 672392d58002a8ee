import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { z } from 'zod';
import type { ContactDetails } from '../../commerce/model';
import { requestId } from './request-id';
import { defineTool, fail, ok, type ToolResult } from './tool';

/** Shows enough to recognise a value, not enough to misuse it: a••••@example.de, +49••••••5678. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}••••@${domain}`;
}

export function maskPhone(phone: string): string {
  return `${phone.slice(0, 3)}••••••${phone.slice(-4)}`;
}

export const updateContactDetails = defineTool({
  name: 'update_contact_details',
  description: "Changes the customer's email address and/or phone number. Confirm the new value with the customer first.",
  input: z
    .object({ email: z.email().max(254).optional(), phone: z.string().min(5).max(30).optional() })
    .refine((value) => value.email !== undefined || value.phone !== undefined, 'give an email or a phone number'),
  account: true,
  async run(input, context): Promise<ToolResult<{ contact: ContactDetails }>> {
    // A new address or number is where one-time codes and account messages go next: never on a forgeable sender's word.
    if (context.senderSpoofable) return fail('not_allowed', 'sender_not_authenticated');
    let phone: string | undefined;
    if (input.phone !== undefined) {
      const parsed = parsePhoneNumberFromString(input.phone, context.market.code as CountryCode);
      if (!parsed?.isValid()) return fail('invalid_arguments', 'invalid_phone');
      phone = parsed.number;
    }
    const changes = { email: input.email?.toLowerCase(), phone };
    const contact = await context.backend.updateContactDetails(context.customer.id, { requestId: requestId(context, 'update_contact_details', changes), ...changes });
    return ok({ contact });
  },
  present: (data) => ({ email: maskEmail(data.contact.email), phone: maskPhone(data.contact.phone) }),
});
