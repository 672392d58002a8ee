import { EventEmitter } from 'node:events';
import type { OutboundMessage } from './model';

interface SignalMap {
  /** A message was accepted into the inbox: wake a worker. */
  'inbox:accepted': [itemId: string];
  /** Handling of an inbox item ended (done, ignored or failed). */
  'inbox:finished': [itemId: string];
  /** A reply was stored: wake the outbox worker. */
  'outbox:enqueued': [messageId: string];
  /** A reply's delivery state changed. */
  'outbox:updated': [message: OutboundMessage];
}

/**
 * In-process notifications between the pipeline, workers and live connections. They only make things faster: every
 * consumer also finds its work in the store, so another process's work is picked up by polling.
 */
export class Signals {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  emit<K extends keyof SignalMap>(name: K, ...args: SignalMap[K]): void {
    this.emitter.emit(name, ...args);
  }

  on<K extends keyof SignalMap>(name: K, listener: (...args: SignalMap[K]) => void): () => void {
    this.emitter.on(name, listener as (...args: unknown[]) => void);
    return () => this.emitter.off(name, listener as (...args: unknown[]) => void);
  }
}
