/**
 * Intents answered from a template (`resolver:answers.<key>`): Banking77's card and account questions, which this
 * product's card and account also raise, and the BNPL questions that need no account data. Several intents share one
 * answer where the product has one answer for them (it has no top-ups, transfers or cash withdrawals).
 */
export const ANSWER_KEYS: Readonly<Record<string, string>> = {
  card_arrival: 'card_delivery',
  card_delivery_estimate: 'card_delivery',
  get_physical_card: 'card_delivery',
  order_physical_card: 'card_delivery',
  getting_spare_card: 'card_delivery',
  activate_my_card: 'card_activation',
  card_acceptance: 'card_acceptance',
  getting_virtual_card: 'virtual_card',
  get_disposable_virtual_card: 'virtual_card',
  disposable_card_limits: 'virtual_card',
  change_pin: 'pin',
  pin_blocked: 'pin',
  passcode_forgotten: 'passcode',
  lost_or_stolen_phone: 'lost_phone',
  card_about_to_expire: 'card_expiry',
  apple_pay_or_google_pay: 'wallets',
  visa_or_mastercard: 'card_brand',
  supported_cards_and_currencies: 'card_brand',
  card_linking: 'card_linking',
  country_support: 'countries',
  fiat_currency_support: 'countries',
  exchange_rate: 'exchange',
  exchange_via_app: 'exchange',
  exchange_charge: 'exchange',
  card_payment_wrong_exchange_rate: 'exchange',
  wrong_exchange_rate_for_cash_withdrawal: 'exchange',
  automatic_top_up: 'top_up',
  top_up_by_bank_transfer_charge: 'top_up',
  pending_top_up: 'top_up',
  top_up_limits: 'top_up',
  top_up_reverted: 'top_up',
  topping_up_by_card: 'top_up',
  verify_top_up: 'top_up',
  top_up_by_cash_or_cheque: 'top_up',
  top_up_failed: 'top_up',
  top_up_by_card_charge: 'top_up',
  cancel_transfer: 'transfers',
  transfer_not_received_by_recipient: 'transfers',
  beneficiary_not_allowed: 'transfers',
  transfer_timing: 'transfers',
  transfer_fee_charged: 'transfers',
  receiving_money: 'transfers',
  failed_transfer: 'transfers',
  transfer_into_account: 'transfers',
  pending_transfer: 'transfers',
  declined_transfer: 'transfers',
  balance_not_updated_after_bank_transfer: 'transfers',
  balance_not_updated_after_cheque_or_cash_deposit: 'transfers',
  atm_support: 'cash',
  cash_withdrawal_charge: 'cash',
  declined_cash_withdrawal: 'cash',
  pending_cash_withdrawal: 'cash',
  wrong_amount_of_cash_received: 'cash',
  verify_my_identity: 'identity',
  why_verify_identity: 'identity',
  verify_source_of_funds: 'identity',
  age_limit: 'identity',
  unable_to_verify_identity: 'identity_trouble',
  card_payment_fee_charged: 'fees',
  extra_charge_on_statement: 'fees',
  pending_card_payment: 'pending_payment',
  'reverted_card_payment?': 'pending_payment',
  transaction_charged_twice: 'pending_payment',
  terminate_account: 'close_account',
  request_refund: 'refund_request',
  pay_early: 'pay_early',
  change_payment_method: 'change_payment_method',
  purchasing_power: 'purchasing_power',
  late_fee: 'late_fee',
  payment_plan_options: 'plan_options',
  account_help: 'account_help',
};

/** Payments nobody recognises are treated as possible fraud: a person takes over at once. */
export const FRAUD_INTENTS: ReadonlySet<string> = new Set(['compromised_card', 'card_payment_not_recognised', 'direct_debit_payment_not_recognised', 'cash_withdrawal_not_recognised']);

/** Card problems where the card's own state is the first thing to check (verified customers). */
export const CARD_TROUBLE_INTENTS: ReadonlySet<string> = new Set(['card_not_working', 'contactless_not_working', 'virtual_card_not_working', 'declined_card_payment']);

/**
 * What a customer actually gets for an intent: intents that share an answer (or a flow) are the same answer, so
 * confusing them is harmless. The threshold measurement (bench/resolver-threshold.ts) counts right answers this way.
 */
export function answerOf(intent: string): string {
  if (CARD_TROUBLE_INTENTS.has(intent)) return 'card_trouble';
  if (FRAUD_INTENTS.has(intent)) return 'fraud_handoff';
  if (intent === 'lost_or_stolen_card' || intent === 'card_swallowed') return 'freeze_card';
  return ANSWER_KEYS[intent] ?? intent;
}
