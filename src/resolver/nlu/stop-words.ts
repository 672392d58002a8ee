/**
 * English function words that carry no intent on their own ("i", "my", "the", "can"). As single-word features
 * they mostly learn accidents of how a few phrases were worded, which a small phrase set cannot average out;
 * they still count inside word pairs ("my card", "can i") and character n-grams, where word order and
 * spelling make them useful. Words that do tell intents apart are deliberately absent: question words and
 * modal verbs (CLINC150's small-talk intents hinge on "what", "how", "can you"), greetings and thanks (our
 * conversation intents), and not, no, still, yet, when, where, again. Only English is listed: it is the language we can measure this on (docs/nlu.md).
 */
const ENGLISH_STOP_WORDS = [
  'i', 'me', 'my', 'im', 'ive', 'we', 'our', 'us', 'they', 'them', 'he', 'she', 'his', 'her', 'it', 'its',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'here', 'some', 'any', 'all',
  'to', 'of', 'for', 'on', 'in', 'at', 'with', 'from', 'by', 'about', 'as', 'and', 'or', 'but', 'so', 'if', 'than', 'then', 'also',
  'is', 'am', 'are', 'was', 'were', 'be', 'been', 'have', 'has', 'just', 'please',
];

const STOP_WORDS: ReadonlySet<string> = new Set(ENGLISH_STOP_WORDS);

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}
