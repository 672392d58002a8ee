import type { Conversation } from '../../src/conversation/model';
import { actionRequest, buttonPress, commandRequest, eventRequest, fixture, smsCustomer, SlackTestBed, threadReply, US_SATURDAY_EVENING } from './slack-support';

/** Escalates the SMS customer and returns the conversation and its Slack thread. */
async function escalate(bed: SlackTestBed): Promise<{ conversation: Conversation; thread: { channel: string; ts: string } }> {
  await bed.harness.from(smsCustomer).says('hello').says('I want to talk to a person').expectState('waiting_for_agent');
  const conversation = (await bed.harness.conversationOf(smsCustomer))!;
  const thread = await bed.thread(conversation.id);
  await bed.settle();
  return { conversation, thread };
}

function texts(bed: SlackTestBed): string[] {
  return bed.harness.sent.sent.map((message) => message.text);
}

async function waitForSent(bed: SlackTestBed, check: (texts: string[]) => boolean, what: string): Promise<string[]> {
  return bed.slack.waitFor(() => check(texts(bed)) && texts(bed), 5000, what);
}

describe('Slack handoff', () => {
  let bed: SlackTestBed;
  afterEach(async () => {
    await bed.stop();
  });

  test('an escalation opens a thread in the market channel: header, transcript, and the customer hears when', async () => {
    bed = await SlackTestBed.start();
    const { conversation, thread } = await escalate(bed);
    expect(thread.channel).toBe('CSUPPORTUS');
    const [header] = bed.slack.headers('CSUPPORTUS');
    expect(header!.text).toContain('customer_request');
    const blocks = JSON.stringify(header!.blocks);
    expect(blocks).toContain('Unknown customer (phone +155…477)');
    expect(blocks).toContain('US United States');
    expect(blocks).toContain('Waiting for an agent');
    expect(blocks).toContain(`https://support.example.test/admin#/conversations/${conversation.id}`);
    expect(blocks).toContain('handoff_take_over');
    const transcript = bed.slack.replies(thread.ts).map((message) => message.text).join('\n');
    expect(transcript).toMatch(/\*Customer\* \(10:0\d\): hello/);
    expect(transcript).toMatch(/\*AI assistant\* \(10:0\d\): .*passing this conversation to a person/);
    await bed.harness
      .from(smsCustomer)
      .expectReply(/AI/)
      .expectReply(/How can I help/)
      .expectReply(/passing this conversation to a person/)
      .expectReply('A person from our team usually replies within a few minutes.')
      .expectNoReply();
  });

  test('outside business hours the customer is told the day and time the team is back', async () => {
    bed = await SlackTestBed.start({ startAt: US_SATURDAY_EVENING });
    await bed.harness.from(smsCustomer).says('talk to a person please').expectState('waiting_for_agent');
    await bed.harness
      .from(smsCustomer)
      .expectReply(/AI/)
      .expectReply(/passing this conversation/)
      .expectReply(/^Our team is offline right now and back on Monday, June 9 at 8:00\s?AM EDT\./);
  });

  test('customer messages are mirrored into the thread while people own it; the bot stays silent', async () => {
    bed = await SlackTestBed.start();
    const { thread } = await escalate(bed);
    const before = (await bed.harness.replies(smsCustomer, 0)).length;
    await bed.harness.from(smsCustomer).says('is anyone there? <!channel>').expectState('waiting_for_agent');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await bed.harness.replies(smsCustomer, 0)).toHaveLength(before);
    await bed.slack.waitFor(() => bed.slack.replies(thread.ts).some((message) => message.text.includes('is anyone there?')), 5000, 'the mirrored message');
    const mirrored = bed.slack.replies(thread.ts).find((message) => message.text.includes('is anyone there?'))!;
    // Customer text cannot ping the channel.
    expect(mirrored.text).toContain('&lt;!channel&gt;');
  });

  test('Take over assigns the agent, updates the header, and tells the customer who joined', async () => {
    bed = await SlackTestBed.start();
    const { conversation, thread } = await escalate(bed);
    const response = await bed.inject(actionRequest(buttonPress('action-take-over', conversation.id, '1750000200.000001'), bed.now()));
    expect(response.statusCode).toBe(200);
    const current = await bed.harness.app.context.conversations.get(conversation.id);
    expect(current).toMatchObject({ state: 'agent', assignee: { id: 'U0AGENT1', name: 'Alice' } });
    await bed.settle();
    const [header] = bed.slack.headers('CSUPPORTUS');
    expect(header!.updates).toBeGreaterThan(0);
    expect(JSON.stringify(header!.blocks)).toContain('With Alice');
    expect(JSON.stringify(header!.blocks)).toContain('handoff_hand_back');
    expect(JSON.stringify(header!.blocks)).not.toContain('handoff_take_over');
    expect(bed.slack.replies(thread.ts).some((message) => message.text.includes('Taken over by Alice'))).toBe(true);
    await waitForSent(bed, (sent) => sent.includes('Alice from our team has joined the conversation.'), 'the joined notice');
  });

  test("an agent's thread reply reaches the customer by SMS; an internal note and an edit do not", async () => {
    bed = await SlackTestBed.start();
    const { conversation, thread } = await escalate(bed);
    await bed.inject(actionRequest(buttonPress('action-take-over', conversation.id, '1750000200.000002'), bed.now()));
    const reply = await bed.inject(eventRequest(threadReply(thread, 'Hi, I can see the order &amp; the refund <https://help.example.test/refunds|here>.', { ts: '1750000300.000001', eventId: 'Ev0REPLY1' }), bed.now()));
    expect(reply.statusCode).toBe(200);
    const note = await bed.inject(eventRequest(threadReply(thread, '#note customer sounded upset, check the dispute', { ts: '1750000300.000002', eventId: 'Ev0NOTE1' }), bed.now()));
    expect(note.statusCode).toBe(200);
    const edit = fixture('event-message-changed');
    Object.assign(edit.event, { channel: thread.channel });
    edit.event.message.thread_ts = thread.ts;
    await bed.inject(eventRequest(edit, bed.now()));
    const own = fixture('event-bot-message');
    Object.assign(own.event, { channel: thread.channel, thread_ts: thread.ts });
    await bed.inject(eventRequest(own, bed.now()));

    await waitForSent(bed, (sent) => sent.some((text) => text.startsWith('Hi, I can see')), 'the agent reply');
    await new Promise((resolve) => setTimeout(resolve, 150));
    const agentMessages = bed.harness.sent.sent.filter((message) => message.author.kind === 'agent');
    expect(agentMessages.map((message) => message.text)).toEqual(['Hi, I can see the order & the refund here (https://help.example.test/refunds).']);
    expect(agentMessages[0]).toMatchObject({ channel: 'sms', author: { id: 'U0AGENT1', name: 'Alice' }, reference: { customerAddress: smsCustomer.address } });
    const events = await bed.harness.app.context.conversations.eventsOf(conversation.id);
    expect(events.find((event) => event.type === 'note')).toMatchObject({ actor: { kind: 'agent', id: 'U0AGENT1' }, data: { text: 'customer sounded upset, check the dispute' } });
    expect(texts(bed).some((text) => text.includes('upset'))).toBe(false);
  });

  test('a reply to an unclaimed escalation claims it for the agent who wrote', async () => {
    bed = await SlackTestBed.start();
    const { conversation, thread } = await escalate(bed);
    await bed.inject(eventRequest(threadReply(thread, 'Bob here, on it.', { user: 'U0AGENT2', ts: '1750000300.000003', eventId: 'Ev0REPLY2' }), bed.now()));
    expect(await bed.harness.app.context.conversations.get(conversation.id)).toMatchObject({ state: 'agent', assignee: { id: 'U0AGENT2', name: 'Bob Berg' } });
    await waitForSent(bed, (sent) => sent.includes('Bob here, on it.'), 'the reply');
    expect(texts(bed).slice(-2)).toEqual(['Bob Berg from our team has joined the conversation.', 'Bob here, on it.']);
  });

  test('an event Slack redelivers (X-Slack-Retry-Num) is processed once', async () => {
    bed = await SlackTestBed.start();
    const { conversation, thread } = await escalate(bed);
    await bed.inject(actionRequest(buttonPress('action-take-over', conversation.id, '1750000200.000003'), bed.now()));
    const body = threadReply(thread, 'Only once, please.', { ts: '1750000300.000004', eventId: 'Ev0ONCE' });
    const first = await bed.inject(eventRequest(body, bed.now()));
    const again = await bed.inject(eventRequest(body, bed.now(), { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' }));
    const third = await bed.inject(eventRequest(body, bed.now(), { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' }));
    expect([first.statusCode, again.statusCode, third.statusCode]).toEqual([200, 200, 200]);
    await waitForSent(bed, (sent) => sent.includes('Only once, please.'), 'the reply');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(texts(bed).filter((text) => text === 'Only once, please.')).toHaveLength(1);
    // A double-clicked button (the same action_ts and user) is one action too.
    const press = buttonPress('action-resolve', conversation.id, '1750000500.000001');
    await bed.inject(actionRequest(press, bed.now()));
    await bed.inject(actionRequest(press, bed.now()));
    const resolved = (await bed.harness.app.context.conversations.eventsOf(conversation.id)).filter((event) => event.to === 'resolved');
    expect(resolved).toHaveLength(1);
  });

  test('a thread reply that fails while being handled answers 500; Slack retries it and the retry goes through', async () => {
    bed = await SlackTestBed.start();
    const { conversation, thread } = await escalate(bed);
    const conversations = bed.harness.app.context.store.collection<Conversation>('conversations');
    const saved = (await conversations.get(conversation.id))!;
    // The conversation record is briefly unreadable (as with a store failover): handling fails after Bolt's ack.
    await conversations.deleteMany({ id: conversation.id });
    const body = threadReply(thread, 'Sorry for the wait, looking now.', { ts: '1750000300.000009', eventId: 'Ev0FAILONCE' });
    expect((await bed.inject(eventRequest(body, bed.now()))).statusCode).toBe(500);
    await conversations.put(saved);
    expect((await bed.inject(eventRequest(body, bed.now(), { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_error' }))).statusCode).toBe(200);
    await waitForSent(bed, (sent) => sent.includes('Sorry for the wait, looking now.'), 'the retried reply');
  });

  test('escalated again after a hand back: the same thread, a broadcast notice, only the new transcript, a new ETA', async () => {
    bed = await SlackTestBed.start();
    const { conversation, thread } = await escalate(bed);
    await bed.inject(actionRequest(buttonPress('action-take-over', conversation.id, '1750000200.000009'), bed.now()));
    await bed.inject(actionRequest(buttonPress('action-hand-back', conversation.id, '1750000400.000009'), bed.now()));
    await bed.harness.from(smsCustomer).says('what about refunds?').says('I want a person again').expectState('waiting_for_agent');
    await bed.settle();
    expect(bed.slack.headers()).toHaveLength(1);
    const replies = bed.slack.replies(thread.ts).map((message) => message);
    const again = replies.find((message) => message.text.startsWith(':rotating_light: Escalated again'));
    expect(again).toMatchObject({ replyBroadcast: true });
    const transcripts = replies.filter((message) => message.text.startsWith('*Transcript so far*'));
    expect(transcripts).toHaveLength(2);
    expect(transcripts[1]!.text).toContain('what about refunds?');
    expect(transcripts[1]!.text).not.toContain(': hello');
    expect(JSON.stringify(bed.slack.headers()[0]!.blocks)).toContain('Waiting for an agent');
    expect(texts(bed).filter((text) => text === 'A person from our team usually replies within a few minutes.')).toHaveLength(2);
  });

  test('Hand back to AI returns the conversation to the bot; Resolve asks for a rating; the header follows', async () => {
    bed = await SlackTestBed.start();
    const { conversation, thread } = await escalate(bed);
    await bed.inject(actionRequest(buttonPress('action-take-over', conversation.id, '1750000200.000004'), bed.now()));
    await bed.inject(actionRequest(buttonPress('action-hand-back', conversation.id, '1750000400.000001'), bed.now()));
    expect((await bed.harness.app.context.conversations.get(conversation.id))?.state).toBe('bot');
    await waitForSent(bed, (sent) => sent.some((text) => text.startsWith("You're back with the virtual assistant")), 'the hand-back message');
    await bed.inject(actionRequest(buttonPress('action-resolve', conversation.id, '1750000500.000002'), bed.now()));
    expect((await bed.harness.app.context.conversations.get(conversation.id))?.state).toBe('resolved');
    await waitForSent(bed, (sent) => sent.some((text) => text.includes('How would you rate the help')), 'the CSAT question');
    await bed.settle();
    const header = bed.slack.headers('CSUPPORTUS')[0]!;
    expect(header.text).toContain('Resolved');
    expect(JSON.stringify(header.blocks)).not.toContain('"actions"');
    const notices = bed.slack.replies(thread.ts).map((message) => message.text);
    expect(notices.some((text) => text.includes('Handed back to the AI by Alice'))).toBe(true);
    expect(notices.some((text) => text.includes('Resolved by Alice'))).toBe(true);
    // A button that no longer applies changes nothing and tells only the person who pressed it.
    await bed.inject(actionRequest(buttonPress('action-hand-back', conversation.id, '1750000600.000001', 'U0AGENT2'), bed.now()));
    await bed.slack.waitFor(() => bed.slack.ephemerals.find((message) => message.user === 'U0AGENT2'), 5000, 'the ephemeral answer');
    expect(bed.slack.ephemerals[0]!.text).toBe('Nothing changed: this conversation is resolved.');
  });

  test('after a hand back the header follows what the AI and the customer do: resolved by the AI, reopened', async () => {
    bed = await SlackTestBed.start();
    const { conversation, thread } = await escalate(bed);
    await bed.inject(actionRequest(buttonPress('action-take-over', conversation.id, '1750000200.000004'), bed.now()));
    await bed.inject(actionRequest(buttonPress('action-hand-back', conversation.id, '1750000400.000001'), bed.now()));
    await bed.harness.from(smsCustomer).says('thanks, that was all').expectState('resolved');
    await bed.settle();
    expect(bed.slack.headers('CSUPPORTUS')[0]!.text).toContain('Resolved');
    expect(bed.slack.replies(thread.ts).map((message) => message.text)).toContain(':white_check_mark: Resolved by the AI.');

    await bed.harness.from(smsCustomer).says('actually, when is my next payment due?').expectState('bot');
    await bed.settle();
    expect(bed.slack.headers('CSUPPORTUS')[0]!.text).toContain('Handed back to the AI');
    expect(bed.slack.replies(thread.ts).map((message) => message.text)).toContain(':speech_balloon: The customer wrote again; the AI is answering.');
  });

  test('a post Slack took but whose answer was lost is not posted again by the retry', async () => {
    bed = await SlackTestBed.start();
    const { conversation, thread } = await escalate(bed);
    await bed.inject(actionRequest(buttonPress('action-take-over', conversation.id, '1750000200.000004'), bed.now()));
    await bed.settle();
    bed.slack.failNext({ method: 'chat.postMessage', status: 500, applied: true });
    await bed.harness.from(smsCustomer).says('are you still there?').expectState('agent');
    const failed = await waitForJob(bed, 'slack.mirror', (job) => job.lastError === 'slack_http_500');
    bed.advance(10_000);
    await bed.slack.waitFor(() => bed.slack.callsOf('conversations.replies').length > 0 || undefined, 5000, 'the look-up before the retry');
    await bed.settle();
    expect(await bed.harness.app.context.jobs.byKey(failed.idempotencyKey)).toMatchObject({ status: 'done', attempts: 2 });
    expect(bed.slack.replies(thread.ts).filter((message) => message.text.includes('are you still there?'))).toHaveLength(1);
    expect(bed.slack.callsOf('chat.postMessage').filter((call) => String(call.params.text).includes('are you still there?'))).toHaveLength(1);
  });

  test('a rate limit (429 Retry-After) and a 500 are retried from the queue; nothing is lost or doubled', async () => {
    bed = await SlackTestBed.start();
    bed.slack.failNext({ method: 'chat.postMessage', status: 429, retryAfterSeconds: 30 });
    bed.slack.failNext({ method: 'chat.postMessage', status: 500 });
    await bed.harness.from(smsCustomer).says('I want to talk to a person').expectState('waiting_for_agent');
    const conversation = (await bed.harness.conversationOf(smsCustomer))!;
    const jobs = bed.harness.app.context.jobs;
    const rateLimited = await waitForJob(bed, 'slack.open_thread', (job) => job.lastError === 'slack_rate_limited');
    expect(rateLimited.runAt - bed.now()).toBeGreaterThan(25_000);
    expect(bed.slack.headers()).toHaveLength(0);
    // The customer heard when a person replies: that never waits for Slack.
    await bed.harness.from(smsCustomer).expectReply(/AI/).expectReply(/passing/).expectReply(/usually replies within a few minutes/);
    bed.advance(30_000);
    const failed500 = await waitForJob(bed, 'slack.open_thread', (job) => job.lastError === 'slack_http_500');
    expect(failed500.attempts).toBe(2);
    bed.advance(10_000);
    await bed.thread(conversation.id);
    await bed.settle();
    expect(bed.slack.headers()).toHaveLength(1);
    expect(await jobs.byKey(failed500.idempotencyKey)).toMatchObject({ status: 'done', attempts: 3 });
    expect(bed.slack.callsOf('chat.postMessage').map((call) => call.status).slice(0, 3)).toEqual([429, 500, 200]);
  });

  test('a long Slack outage: the customer is told, once, that it takes longer; the thread follows when Slack is back', async () => {
    bed = await SlackTestBed.start();
    bed.slack.failNext({ method: 'chat.postMessage', status: 500 }, 4);
    await bed.harness.from(smsCustomer).says('I want to talk to a person').expectState('waiting_for_agent');
    const conversation = (await bed.harness.conversationOf(smsCustomer))!;
    for (let step = 0; step < 6 && bed.slack.headers().length === 0; step += 1) {
      // Advance only once the failed attempt is recorded, or its backoff would start after the jump.
      await waitForJob(bed, 'slack.open_thread', (job) => (job.status === 'pending' && job.attempts > step) || job.status === 'done');
      bed.advance(60_000);
    }
    await bed.thread(conversation.id);
    await waitForSent(bed, (sent) => sent.some((text) => text.startsWith("It's taking longer than usual")), 'the outage notice');
    expect(texts(bed).filter((text) => text.startsWith("It's taking longer than usual"))).toHaveLength(1);
  });

  test('an escalation nobody takes is re-announced after the configured time, until someone takes it', async () => {
    bed = await SlackTestBed.start({ environment: { SLACK_REANNOUNCE_AFTER_MS: '600000', SLACK_REANNOUNCE_LIMIT: '2' } });
    const { conversation, thread } = await escalate(bed);
    const announcements = () => bed.slack.replies(thread.ts).filter((message) => message.text.includes('Still waiting for an agent'));
    bed.advance(9 * 60_000);
    await bed.settle();
    expect(announcements()).toHaveLength(0);
    bed.advance(60_000 + 1000);
    await bed.slack.waitFor(() => announcements().length === 1, 5000, 'the re-announcement');
    expect(announcements()[0]).toMatchObject({ replyBroadcast: true });
    expect(announcements()[0]!.text).toMatch(/^<!here> :bell: Still waiting for an agent, 10 min after the escalation/);
    await bed.inject(actionRequest(buttonPress('action-take-over', conversation.id, '1750000200.000005'), bed.now()));
    bed.advance(10 * 60_000 + 1000);
    await bed.settle();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(announcements()).toHaveLength(1);
  });

  test('the slash command shows the queue and a conversation, and escalates from Slack', async () => {
    bed = await SlackTestBed.start();
    const { conversation } = await escalate(bed);
    const form = fixture('command-status').form as Record<string, string>;
    const status = await bed.inject(commandRequest(form, bed.now()));
    expect(status.statusCode).toBe(200);
    expect(status.json()).toMatchObject({ response_type: 'ephemeral' });
    expect(status.json().text).toMatch(/\*Waiting for an agent:\* 1\nOldest: `conv_\w+` \(US, sms\)/);
    const show = await bed.inject(commandRequest({ ...form, text: conversation.id }, bed.now()));
    expect(show.json().text).toMatch(/is waiting for an agent[\s\S]*Slack thread/);

    const other = { channel: 'sms' as const, address: '+15550109999', market: 'US' };
    await bed.harness.from(other).says('hello').expectState('bot');
    const otherConversation = (await bed.harness.conversationOf(other))!;
    const escalated = await bed.inject(commandRequest({ ...form, text: `escalate ${otherConversation.id} wants a callback`, trigger_id: '1.2.3' }, bed.now()));
    expect(escalated.json().text).toMatch(/^Escalated/);
    expect((await bed.harness.conversationOf(other))?.state).toBe('waiting_for_agent');
    await bed.thread(otherConversation.id);
    const help = await bed.inject(commandRequest({ ...form, text: '' }, bed.now()));
    expect(help.json().text).toContain('/support status');
  });
});

async function waitForJob(bed: SlackTestBed, type: string, check: (job: import('../../src/jobs/job').Job) => boolean) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const jobs = await bed.harness.app.context.jobs.list({ type });
    const match = jobs.find(check);
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`No ${type} job matched in time: ${JSON.stringify(jobs.map((job) => [job.status, job.attempts, job.lastError]))}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
