import type { Inbox } from './inbox';
import type { InboxItem } from './model';
import type { Signals } from './signals';

const FINISHED = new Set<InboxItem['status']>(['done', 'ignored', 'failed']);

/**
 * Resolves when an inbox item is finished (by this process or any other sharing the store), or with the item as it
 * stands when `timeoutMs` passes. Used by request/response channels (web chat REST) that return the replies.
 */
export async function awaitHandled(itemId: string, inbox: Inbox, signals: Signals, timeoutMs: number, pollMs = 250): Promise<InboxItem | null> {
  const deadline = Date.now() + timeoutMs;
  let wake: (() => void) | null = null;
  const unsubscribe = signals.on('inbox:finished', (finishedId) => {
    if (finishedId === itemId) wake?.();
  });
  try {
    for (;;) {
      const item = await inbox.get(itemId);
      if (!item || FINISHED.has(item.status)) return item;
      const remaining = deadline - Date.now();
      if (remaining <= 0) return item;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(pollMs, remaining));
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  } finally {
    unsubscribe();
  }
}
