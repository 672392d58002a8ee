import type { FieldCondition, FieldOperators } from './port';

const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Filters, sorts and indexes name top-level fields only; anything else is a programming error. */
export function assertFieldName(field: string): string {
  if (!FIELD_NAME.test(field)) throw new Error(`Store field names are top-level identifiers, got "${field}"`);
  return field;
}

export function isOperatorCondition(condition: FieldCondition): condition is FieldOperators {
  return typeof condition === 'object' && condition !== null;
}
