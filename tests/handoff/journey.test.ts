import type { TranscriptEntry } from '../../src/resolver/resolver';
import { actionRequest, buttonPress, eventRequest, smsCustomer, SlackTestBed, threadReply } from './slack-support';

/**
 * The journey of the issue, end to end through the real application: a customer on SMS asks for a human, an agent
 * takes over in Slack and replies, the customer receives it by SMS, the agent hands back, the bot answers the next
 * message. Slack is the fake Web API on loopback; Slack's requests to us are signed recorded shapes.
 */
test('SMS customer -> Slack agent takes over and replies -> SMS -> hand back -> the bot answers again', async () => {
  const histories: TranscriptEntry[][] = [];
  const bed = await SlackTestBed.start({
    resolver: ({ production }) => {
      const resolver = production();
      return {
        resolve: async (context) => {
          histories.push(context.history);
          return resolver.resolve(context);
        },
      };
    },
  });
  try {
    const customer = bed.harness.from(smsCustomer);
    await customer
      .says('Hi, I need to talk to a person about my refund')
      .expectReply(/an AI/)
      .expectReply(/passing this conversation to a person/)
      .expectReply('A person from our team usually replies within a few minutes.')
      .expectState('waiting_for_agent');
    const conversation = (await bed.harness.conversationOf(smsCustomer))!;

    // The thread: header in the market's channel, the transcript so far in it.
    const thread = await bed.thread(conversation.id);
    expect(thread.channel).toBe('CSUPPORTUS');
    await bed.slack.waitFor(() => bed.slack.replies(thread.ts).some((message) => message.text.includes('need to talk to a person')), 5000, 'the transcript');

    // The agent takes over; the customer is told who joined.
    expect((await bed.inject(actionRequest(buttonPress('action-take-over', conversation.id, '1750001000.000001'), bed.now()))).statusCode).toBe(200);
    await customer.expectReply('Alice from our team has joined the conversation.').expectState('agent');

    // The agent's thread reply reaches the customer by SMS.
    const reply = threadReply(thread, 'Hi, Alice here. Your refund was issued today; it takes 5-10 business days.', { ts: '1750001100.000001', eventId: 'Ev0JOURNEY1' });
    expect((await bed.inject(eventRequest(reply, bed.now()))).statusCode).toBe(200);
    await customer.expectReply('Hi, Alice here. Your refund was issued today; it takes 5-10 business days.');
    const sms = await bed.slack.waitFor(() => bed.harness.sent.sent.find((message) => message.author.kind === 'agent'), 5000, 'the SMS');
    expect(sms).toMatchObject({ channel: 'sms', reference: { customerAddress: smsCustomer.address }, author: { name: 'Alice' } });

    // The customer answers: mirrored to the thread, the bot stays silent.
    await customer.says('thanks, and when is my next payment due?').expectNoReply(150).expectState('agent');
    await bed.slack.waitFor(() => bed.slack.replies(thread.ts).some((message) => message.text.includes('when is my next payment due')), 5000, 'the mirror');

    // Hand back: the bot is back, and answers the next message.
    expect((await bed.inject(actionRequest(buttonPress('action-hand-back', conversation.id, '1750001200.000001'), bed.now()))).statusCode).toBe(200);
    await customer.expectReply(/You're back with the virtual assistant/).expectState('bot');
    await customer.says('when is my next payment due?').expectReply(/install?ment and its due date/).expectState('bot');
    // The resolver resumes with what the agent said in its history.
    expect(histories.at(-1)).toContainEqual(expect.objectContaining({ author: 'agent', text: expect.stringContaining('Your refund was issued today') }));

    await bed.settle();
    const header = bed.slack.headers('CSUPPORTUS')[0]!;
    expect(header.text).toContain('Handed back to the AI');
    const events = await bed.harness.app.context.conversations.eventsOf(conversation.id);
    expect(events.filter((event) => event.type === 'state_changed').map((event) => `${event.from}->${event.to}`)).toEqual([
      'bot->waiting_for_agent',
      'waiting_for_agent->agent',
      'agent->bot',
    ]);
  } finally {
    await bed.stop();
  }
});
