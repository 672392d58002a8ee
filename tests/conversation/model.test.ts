import { canTransition, CONVERSATION_STATES, STATE_TRANSITIONS } from '../../src/conversation/model';

describe('conversation states', () => {
  test('a closed conversation never changes again', () => {
    for (const state of CONVERSATION_STATES) expect(canTransition('closed', state)).toBe(false);
  });

  test('people can take over from the bot or the queue, and hand back', () => {
    expect(canTransition('bot', 'waiting_for_agent')).toBe(true);
    expect(canTransition('waiting_for_agent', 'agent')).toBe(true);
    expect(canTransition('agent', 'bot')).toBe(true);
    expect(canTransition('resolved', 'bot')).toBe(true);
  });

  test('no state moves to itself (a repeated action is not a second event)', () => {
    for (const state of CONVERSATION_STATES) expect(STATE_TRANSITIONS[state]).not.toContain(state);
  });
});
