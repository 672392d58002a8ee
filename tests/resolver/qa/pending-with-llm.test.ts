import { FakeOpenAi, llmEnvironment } from '../../support/fake-openai';
import { ConversationHarness } from '../../support/harness';

const emma = { channel: 'sms' as const, address: '+447700900123' };

/**
 * With an LLM configured, an answer to a waiting question that fits nothing goes to the LLM, which sees the question
 * in the history; only when the LLM fails is the question asked again.
 */
describe('a waiting question with the LLM configured', () => {
  let fake: FakeOpenAi;
  let harness: ConversationHarness;
  beforeEach(async () => {
    fake = await FakeOpenAi.start();
    harness = await ConversationHarness.start({
      replyTimeoutMs: 15_000,
      environment: llmEnvironment(fake),
    });
  });
  afterEach(async () => {
    await harness.stop();
    await fake.close();
  });

  test('an answer that fits nothing goes to the LLM, with the question in the history', async () => {
    fake.respond(() => ({ kind: 'text', content: 'Moving it is free of charge.' }));
    await harness
      .from(emma)
      .says('can I move my next payment date?')
      .expectReply(/an AI/)
      .expectReply(/Which order is it about\?/)
      .says('hmm would that cost me anything though')
      .expectReply('Moving it is free of charge.');
    const history = fake.requests[0]!.messages.map((message) => message.content ?? '').join('\n');
    expect(history).toContain('Which order is it about?');
  });

  test('when the LLM fails, the question is asked again', async () => {
    fake.respond(() => ({ kind: 'error', status: 500 }));
    await harness
      .from(emma)
      .says('can I move my next payment date?')
      .expectReply(/an AI/)
      .expectReply(/Which order is it about\?/)
      .says('hmm would that cost me anything though')
      .expectReply((text) => text.startsWith("Sorry, I didn't catch which order you mean.") && text.includes('1. Harbour & Thread'));
  });
});
