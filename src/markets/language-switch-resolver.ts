import { plan, type Resolver, type ResolverContext } from '../resolver/resolver';
import type { HandlingPlan } from '../conversation/model';
import type { Translator } from './i18n';
import { localeFor, type Market } from './market';
import { detectLanguageSwitch } from './language-switch';

/**
 * Handles an explicit language request before the resolver sees the message. A request for a language the market
 * serves sets the conversation's language override (the plan's `language`) and is confirmed in the new language; a
 * request that says more ("Can you speak German? My refund is late") is then answered by the resolver in that
 * language. A language the market does not serve is declined, naming the ones it does.
 */
export class LanguageSwitchResolver implements Resolver {
  constructor(
    private readonly inner: Resolver,
    private readonly translator: Translator,
  ) {}

  async resolve(context: ResolverContext): Promise<HandlingPlan> {
    const request = detectLanguageSwitch(context.message.text);
    if (!request) return this.inner.resolve(context);
    const { market } = context;
    const locale = localeFor(market, request.language);
    const disclosure = (target: string) => (context.firstReply ? [this.translator.t(target, 'common:disclosure')] : []);

    if (!locale) {
      const languages = languageList(market, context.locale);
      return plan({
        intent: 'language_unavailable',
        replies: [...disclosure(context.locale), this.translator.t(context.locale, 'common:language.unavailable', { languages })],
      });
    }
    if (request.rest) {
      const answered = await this.inner.resolve({ ...context, locale, message: { ...context.message, text: request.rest } });
      return { ...answered, language: locale };
    }
    return plan({
      intent: 'language_switch',
      language: locale,
      replies: [...disclosure(locale), this.translator.t(locale, 'common:language.switched')],
    });
  }
}

/** "Deutsch, français or italiano": each language named in its own tongue, joined in the reply's language. */
export function languageList(market: Market, locale: string): string {
  const names = market.languages.map((tag) => {
    const base = tag.split('-')[0]!;
    return new Intl.DisplayNames([base], { type: 'language' }).of(base) ?? base;
  });
  return new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' }).format(names);
}
