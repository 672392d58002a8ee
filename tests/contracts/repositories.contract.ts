import { Conversations } from '../../src/conversation/conversations';
import { Inbox } from '../../src/conversation/inbox';
import type { Conversation, ConversationEvent, InboundMessage, InboxItem, OutboundMessage } from '../../src/conversation/model';
import { MAX_SEND_ATTEMPTS, Outbox } from '../../src/conversation/outbox';
import { createIdGenerator } from '../../src/ids';
import { Leases, type Lease } from '../../src/store/leases';
import type { DocumentStore } from '../../src/store/port';
import { COLLECTIONS } from '../../src/store/schema';

/** The domain repositories over any store: the same behaviour whatever the adapter. */
export function repositoriesContract(open: () => Promise<DocumentStore>): void {
  let store: DocumentStore;
  let now: number;
  const clock = () => now;
  let leases: Leases;
  let inbox: Inbox;
  let outbox: Outbox;
  let conversations: Conversations;

  beforeEach(async () => {
    store = await open();
    now = 1_800_000_000_000;
    const newId = createIdGenerator(clock);
    leases = new Leases(store.collection<Lease>(COLLECTIONS.leases), clock);
    inbox = new Inbox(store.collection<InboxItem>(COLLECTIONS.inbox), leases, newId, clock);
    outbox = new Outbox(
      store.collection<OutboundMessage>(COLLECTIONS.outbox),
      store.collection<Conversation>(COLLECTIONS.conversations),
      leases,
      newId,
      clock,
    );
    conversations = new Conversations(store.collection<Conversation>(COLLECTIONS.conversations), store.collection<ConversationEvent>(COLLECTIONS.events), newId, clock);
  });
  afterEach(async () => {
    await store.close();
  });

  const message = (providerMessageId: string, threadKey: string, text = 'hello'): InboundMessage => ({
    channel: 'sms',
    providerMessageId,
    from: { kind: 'phone', value: '+15550000001', verified: true },
    text,
    sentAt: now,
    reference: { channel: 'sms', customerAddress: '+15550000001', businessAddress: '+15550000002' },
    threadKey,
  });

  const openConversation = () =>
    conversations.open({
      channel: 'sms',
      threadKey: 't',
      customerId: null,
      identity: { kind: 'phone', value: '+15550000001', verified: true },
      market: 'US',
      language: 'en-US',
      reference: { channel: 'sms', customerAddress: '+15550000001', businessAddress: '+15550000002' },
      subject: null,
    });

  describe('leases', () => {
    test('one holder at a time; the holder renews; an expired lease goes to the next taker', async () => {
      expect(await leases.acquire('k', 'a', 1000)).toBe(true);
      expect(await leases.acquire('k', 'b', 1000)).toBe(false);
      expect(await leases.acquire('k', 'a', 1000)).toBe(true);
      expect(await leases.holds('k', 'a')).toBe(true);
      now += 1001;
      expect(await leases.holds('k', 'a')).toBe(false);
      expect(await leases.acquire('k', 'b', 1000)).toBe(true);
      await leases.release('k', 'a');
      expect(await leases.holds('k', 'b')).toBe(true);
      await leases.release('k', 'b');
      expect(await leases.acquire('k', 'c', 1000)).toBe(true);
    });
  });

  describe('inbox', () => {
    test('a redelivered provider message is recognised as a duplicate of the stored one', async () => {
      const first = await inbox.accept(message('SM1', 't1'));
      const again = await inbox.accept(message('SM1', 't1', 'changed body'));
      expect(first.duplicate).toBe(false);
      expect(again.duplicate).toBe(true);
      expect(again.item.id).toBe(first.item.id);
      expect(again.item.message.text).toBe('hello');
      expect(await inbox.countUnfinished()).toBe(1);
    });

    test('claims oldest first and never two messages of one thread at once', async () => {
      const a1 = (await inbox.accept(message('a1', 'A'))).item;
      const a2 = (await inbox.accept(message('a2', 'A'))).item;
      const b1 = (await inbox.accept(message('b1', 'B'))).item;
      const first = await inbox.claimNext('w1', 10_000);
      const second = await inbox.claimNext('w2', 10_000);
      expect(first?.item.id).toBe(a1.id);
      expect(second?.item.id).toBe(b1.id);
      expect(await inbox.claimNext('w3', 10_000)).toBeNull();
      await inbox.finish(a1.id, 'done');
      await inbox.releaseClaim(first!, 'w1');
      const third = await inbox.claimNext('w3', 10_000);
      expect(third?.item.id).toBe(a2.id);
      expect(third?.item.attempts).toBe(1);
    });

    test('a message left processing by a dead worker is claimed again when its lease expires', async () => {
      const item = (await inbox.accept(message('x1', 'X'))).item;
      expect((await inbox.claimNext('dead', 5000))?.item.id).toBe(item.id);
      expect(await inbox.claimNext('alive', 5000)).toBeNull();
      now += 5001;
      const reclaimed = await inbox.claimNext('alive', 5000);
      expect(reclaimed?.item.id).toBe(item.id);
      expect(reclaimed?.item.attempts).toBe(2);
    });

    test('a message put back for later keeps its place and waits for its time', async () => {
      const item = (await inbox.accept(message('r1', 'R'))).item;
      await inbox.accept(message('r2', 'R'));
      const claim = await inbox.claimNext('w', 5000);
      await inbox.retryLater(item.id, 2000, 'retrying');
      await inbox.releaseClaim(claim!, 'w');
      expect(await inbox.claimNext('w', 5000)).toBeNull();
      now += 2001;
      expect((await inbox.claimNext('w', 5000))?.item.id).toBe(item.id);
    });

    test('the first recorded plan wins', async () => {
      const item = (await inbox.accept(message('p1', 'P'))).item;
      const first = { replies: [{ text: 'one' }], handoff: null, resolve: false, language: null, intent: 'a' };
      const second = { ...first, replies: [{ text: 'two' }], intent: 'b' };
      expect(await inbox.recordPlan(item.id, first)).toEqual(first);
      expect(await inbox.recordPlan(item.id, second)).toEqual(first);
    });
  });

  describe('outbox', () => {
    const draft = (key: string, text = key) => ({ text, author: { kind: 'bot' as const }, idempotencyKey: key });

    test('enqueue is idempotent per key and numbers replies in order', async () => {
      const conversation = await openConversation();
      const stored = await outbox.enqueue(conversation, [draft('k1'), draft('k2')]);
      const again = await outbox.enqueue(conversation, [draft('k1'), draft('k2'), draft('k3')]);
      expect(stored.map((message) => message.seq)).toEqual([1, 2]);
      expect(again.map((message) => [message.idempotencyKey, message.seq])).toEqual([
        ['k1', 1],
        ['k2', 2],
        ['k3', 3],
      ]);
      expect(await outbox.countUnsent()).toBe(3);
    });

    test('delivers a conversation in order; a reply in backoff holds back the ones after it', async () => {
      const conversation = await openConversation();
      await outbox.enqueue(conversation, [draft('first'), draft('second')]);
      const claim = await outbox.claimNext('w', 5000);
      expect(claim?.message.text).toBe('first');
      expect(await outbox.claimNext('other', 5000)).toBeNull();
      await outbox.recordAttempt(claim!.message, { ok: false, retryable: true, error: 'provider_503' });
      await outbox.release(claim!, 'w');
      expect(await outbox.claimNext('w', 5000)).toBeNull();
      now += 60_000;
      const retry = await outbox.claimNext('w', 5000);
      expect(retry?.message.text).toBe('first');
      expect(retry?.message.attempts).toBe(2);
      const sent = await outbox.recordAttempt(retry!.message, { ok: true, status: 'sent', providerMessageId: 'P1' });
      expect(sent?.status).toBe('sent');
      await outbox.release(retry!, 'w');
      expect((await outbox.claimNext('w', 5000))?.message.text).toBe('second');
    });

    test('a permanent failure or the last attempt gives up with the error visible', async () => {
      const conversation = await openConversation();
      await outbox.enqueue(conversation, [draft('doomed')]);
      const claim = await outbox.claimNext('w', 5000);
      const failed = await outbox.recordAttempt(claim!.message, { ok: false, retryable: false, error: 'invalid_number' });
      expect(failed).toMatchObject({ status: 'failed', error: 'invalid_number' });

      await outbox.release(claim!, 'w');
      await outbox.enqueue(conversation, [draft('flaky')]);
      let last: OutboundMessage | null = null;
      for (let attempt = 0; attempt < MAX_SEND_ATTEMPTS + 2; attempt += 1) {
        now += 600_000;
        const next = await outbox.claimNext('w', 5000);
        if (!next) break;
        last = await outbox.recordAttempt(next.message, { ok: false, retryable: true, error: 'timeout' });
        await outbox.release(next, 'w');
      }
      expect(last).toMatchObject({ status: 'failed', attempts: MAX_SEND_ATTEMPTS, error: 'timeout' });
    });

    test('status callbacks only move a reply forward', async () => {
      const conversation = await openConversation();
      await outbox.enqueue(conversation, [draft('s')]);
      const claim = await outbox.claimNext('w', 5000);
      await outbox.recordAttempt(claim!.message, { ok: true, status: 'sent', providerMessageId: 'SM9' });
      expect((await outbox.applyStatus('sms', 'SM9', 'delivered'))?.status).toBe('delivered');
      expect(await outbox.applyStatus('sms', 'SM9', 'sent')).toBeNull();
      expect((await outbox.get(claim!.message.id))?.status).toBe('delivered');
      expect(await outbox.conversationOfProviderIds('sms', ['nope', 'SM9'])).toBe(conversation.id);
    });
  });

  describe('conversations', () => {
    test('a state change is a compare-and-set that records who, when and why', async () => {
      const conversation = await openConversation();
      now += 1000;
      const escalated = await conversations.transition(conversation.id, 'waiting_for_agent', { kind: 'bot' }, 'customer_request');
      expect(escalated?.state).toBe('waiting_for_agent');
      expect(await conversations.transition(conversation.id, 'agent', { kind: 'agent', id: 'U1' }, 'take_over', { expected: ['bot'] })).toBeNull();
      const taken = await conversations.transition(conversation.id, 'agent', { kind: 'agent', id: 'U1' }, 'take_over', {
        assignee: { id: 'U1', name: 'Kim' },
      });
      expect(taken?.assignee).toEqual({ id: 'U1', name: 'Kim' });
      await conversations.transition(conversation.id, 'closed', { kind: 'admin' }, 'spam');
      expect(await conversations.transition(conversation.id, 'bot', { kind: 'admin' }, 'oops')).toBeNull();
      const events = await conversations.eventsOf(conversation.id);
      expect(events.map((event) => [event.type, event.from, event.to, event.reason])).toEqual([
        ['conversation_opened', undefined, 'bot', undefined],
        ['state_changed', 'bot', 'waiting_for_agent', 'customer_request'],
        ['state_changed', 'waiting_for_agent', 'agent', 'take_over'],
        ['state_changed', 'agent', 'closed', 'spam'],
      ]);
      expect(events[1]).toMatchObject({ market: 'US', channel: 'sms', actor: { kind: 'bot' }, at: 1_800_000_001_000 });
    });

    test('the open conversation of a thread is found; a closed one is not', async () => {
      const conversation = await openConversation();
      expect((await conversations.findOpen('sms', 't'))?.id).toBe(conversation.id);
      await conversations.transition(conversation.id, 'closed', { kind: 'admin' }, 'done');
      expect(await conversations.findOpen('sms', 't')).toBeNull();
      expect((await conversations.findLatest('sms', 't'))?.id).toBe(conversation.id);
    });
  });
}
