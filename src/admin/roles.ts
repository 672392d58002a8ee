/** Admin console roles, weakest first: each role may do everything the ones before it may. */
export const ROLES = ['viewer', 'agent', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is calling the admin API: the bootstrap admin (ADMIN_TOKEN) or a named token an admin created.
 * `viewer` reads metrics and configuration, `agent` also reads conversations and acts on them, `admin` also changes
 * configuration and tokens.
 */
export interface Principal {
  /** The token's id (`bootstrap` for ADMIN_TOKEN); written to the audit log and to conversation events. */
  id: string;
  name: string;
  role: Role;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when `role` may do what `required` may. */
export function allows(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}
