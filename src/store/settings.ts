import { randomBytes } from 'node:crypto';
import type { Collection } from './port';

export interface Setting {
  id: string;
  value: string;
  createdAt: number;
}

/**
 * A secret generated once and kept in the store, so every process sharing the store, and every restart, uses the
 * same one (web chat session tokens must survive both).
 */
export async function secretSetting(settings: Collection<Setting>, id: string, clock: () => number): Promise<string> {
  const existing = await settings.get(id);
  if (existing) return existing.value;
  const candidate: Setting = { id, value: randomBytes(32).toString('base64url'), createdAt: clock() };
  if (await settings.insert(candidate)) return candidate.value;
  const raced = await settings.get(id);
  if (!raced) throw new Error(`Setting ${id} vanished while being created`);
  return raced.value;
}
