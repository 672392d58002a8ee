import type { Translator } from '../../src/markets/i18n';
import { plan, type Resolver, type ResolverContext } from '../../src/resolver/resolver';

interface DemoIntent {
  name: string;
  pattern: RegExp;
}

/** Ordered: the first pattern that matches wins. */
const DEMO_INTENTS: DemoIntent[] = [
  { name: 'human_request', pattern: /\b(human|person|agent|someone real|real person|speak to|talk to)\b/i },
  { name: 'thanks', pattern: /\b(thanks|thank you|thx|cheers|danke|merci|gracias|tack)\b/i },
  { name: 'greeting', pattern: /^\s*(hi|hello|hey|good (morning|afternoon|evening)|hallo|hej|hola|bonjour|ciao)\b/i },
  { name: 'payment_schedule', pattern: /\b(due|next payment|instal+ments?|pay(ment)? plan|when do i pay)\b/i },
  { name: 'refund', pattern: /\brefund/i },
  { name: 'return', pattern: /\breturn/i },
];

/**
 * A small, fully predictable resolver for tests of the machinery around the resolver (pipeline, consent, CSAT): a
 * greeting, the AI disclosure, a few answers (the `common:demo.*` texts) and a handoff on request, chosen by keyword.
 * The production resolver (src/resolver/support-resolver.ts) is tested on its own and in the journeys.
 */
export class KeywordResolver implements Resolver {
  constructor(private readonly translator: Translator) {}

  async resolve(context: ResolverContext) {
    const { locale, market } = context;
    const t = (key: string, values?: Record<string, unknown>) => this.translator.t(locale, key, values);
    const disclosure = context.firstReply ? [market.texts[locale]?.disclosure ?? t('common:disclosure')] : [];
    const intent = DEMO_INTENTS.find((candidate) => candidate.pattern.test(context.message.text))?.name ?? null;
    switch (intent) {
      case 'human_request':
        return plan({
          intent,
          replies: [...disclosure, t('common:handoff.requested')],
          handoff: { reason: 'customer_request', summary: 'The customer asked for a person.' },
        });
      case 'thanks':
        return plan({ intent, replies: [...disclosure, t('common:thanks')], resolve: true });
      case 'greeting':
        return plan({ intent, replies: [...disclosure, market.texts[locale]?.greeting ?? t('common:greeting')] });
      case 'payment_schedule':
        return plan({ intent, replies: [...disclosure, t('common:demo.payment_schedule')] });
      case 'refund':
        return plan({ intent, replies: [...disclosure, t('common:demo.refund')] });
      case 'return':
        return plan({ intent, replies: [...disclosure, t('common:demo.return', { days: market.policy.returnWindowDays })] });
      default:
        return plan({ intent: null, replies: [...disclosure, t('common:fallback')] });
    }
  }
}
