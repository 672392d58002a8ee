import { chunkLines, escapeMrkdwn, maskAddress, slackToPlainText } from '../../src/handoff/slack/slack-text';

describe('text between customers and Slack', () => {
  test('customer text cannot ping, link or format in Slack', () => {
    expect(escapeMrkdwn('<!channel> <@U123> a & b > c')).toBe('&lt;!channel&gt; &lt;@U123&gt; a &amp; b &gt; c');
  });

  test("an agent's Slack markup becomes plain text for SMS and email", () => {
    expect(slackToPlainText('See <https://help.example.test/a|the help page> or <https://help.example.test/b>.')).toBe(
      'See the help page (https://help.example.test/a) or https://help.example.test/b.',
    );
    expect(slackToPlainText('Write to <mailto:help@example.test|help@example.test> or call <tel:+441234567|+441234567>')).toBe(
      'Write to help@example.test or call +441234567',
    );
    expect(slackToPlainText('<@U0AGENT2> can you check? <!here> 5 &lt; 6 &amp;&amp; 7 &gt; 6')).toBe('can you check? 5 < 6 && 7 > 6');
    expect(slackToPlainText('in <#C0123|support-de>')).toBe('in support-de');
  });

  test('long transcripts are split on line breaks; a single huge line is split too', () => {
    expect(chunkLines(['aaaa', 'bbbb', 'cccc'], 9)).toEqual(['aaaa\nbbbb', 'cccc']);
    expect(chunkLines(['x'.repeat(25)], 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
    expect(chunkLines([], 10)).toEqual([]);
  });

  test('addresses are recognisable but not copyable from a channel', () => {
    expect(maskAddress('+4915112345678')).toBe('+491…678');
    expect(maskAddress('anna.schmidt@example.test')).toBe('an…@example.test');
    expect(maskAddress('short')).toBe('short');
  });
});
