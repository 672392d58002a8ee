import { z } from 'zod';

/** An order id as a person or an LLM writes it: letters, digits, dashes; anything else is not an order id. */
export const orderIdSchema = z
  .string()
  .trim()
  .min(3)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'an order id has letters, digits and dashes only')
  .describe('The order id exactly as shown to the customer, e.g. DE-48213');
