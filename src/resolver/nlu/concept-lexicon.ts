/**
 * Words and short phrases customers use interchangeably for the same banking notion ("refused", "bounced",
 * "didn't go through" for a decline). Each match adds one concept feature, so a phrase written with one
 * wording also teaches the model the others: the phrase files are small next to real traffic.
 */
const CONCEPTS: Record<string, string[]> = {
  declined: ['declined', 'decline', 'declines', 'declining', 'rejected', 'reject', 'rejects', 'refused', 'refuse', 'refuses', 'denied', 'deny', 'bounced', 'not accepted', 'didnt go through', 'did not go through', 'wont go through', 'not going through', 'doesnt go through'],
  pending: ['pending', 'processing', 'in progress', 'still waiting', 'not cleared', 'hasnt cleared', 'on hold', 'stuck'],
  fee: ['fee', 'fees', 'charge', 'charges', 'charged', 'cost', 'costs', 'price', 'commission', 'surcharge'],
  atm: ['atm', 'atms', 'cash machine', 'cash machines', 'cashpoint', 'cash point', 'cash dispenser', 'hole in the wall'],
  withdrawal: ['withdraw', 'withdrawal', 'withdrawals', 'withdrew', 'withdrawn', 'withdrawing', 'take out cash', 'took out cash', 'get cash', 'got cash', 'take money out', 'took money out', 'cash out'],
  top_up: ['top up', 'topup', 'top ups', 'topups', 'topped up', 'topping up', 'top off', 'reload', 'add money', 'added money', 'load money', 'put money', 'add funds', 'added funds', 'load funds'],
  transfer: ['transfer', 'transfers', 'transferred', 'transferring', 'send money', 'sent money', 'sending money', 'wire', 'wired'],
  recipient: ['recipient', 'receiver', 'payee', 'beneficiary', 'beneficiaries'],
  unrecognised: ['recognise', 'recognize', 'dont recognise', 'dont recognize', 'didnt make', 'not me', 'wasnt me', 'unknown', 'unfamiliar', 'unauthorised', 'unauthorized', 'suspicious', 'never made'],
  exchange_rate: ['exchange rate', 'exchange rates', 'rate', 'rates', 'conversion', 'converted', 'conversion rate'],
  identity: ['identity', 'id', 'passport', 'licence', 'license', 'verification', 'verify', 'verified', 'verifying', 'selfie', 'documents', 'kyc'],
  arrive: ['arrive', 'arrived', 'arrival', 'delivered', 'delivery', 'turned up', 'show up', 'shown up', 'showed up', 'in the mail', 'in the post'],
  lost: ['lost', 'lose', 'stolen', 'stole', 'missing', 'misplaced', 'cant find', 'pickpocketed', 'robbed', 'mugged'],
  refund: ['refund', 'refunds', 'refunded', 'money back', 'reimburse', 'reimbursed'],
  abroad: ['abroad', 'overseas', 'foreign', 'holiday', 'vacation', 'travelling', 'traveling', 'another country', 'other country'],
  twice: ['twice', 'double', 'doubled', 'duplicate', 'duplicated', 'two times', 'charged two'],
  virtual: ['virtual', 'disposable', 'single use', 'one time', 'online card'],
  person: ['friend', 'friends', 'mate', 'buddy', 'mum', 'mom', 'mother', 'dad', 'father', 'parents', 'brother', 'sister', 'son', 'daughter', 'wife', 'husband', 'partner', 'boyfriend', 'girlfriend', 'cousin', 'colleague', 'landlord', 'family', 'relative', 'someone', 'somebody', 'person', 'the other person'],
  not_received: ['not received', 'hasnt received', 'havent received', 'didnt receive', 'did not receive', 'never received', 'not arrived', 'hasnt arrived', 'havent arrived', 'didnt arrive', 'never arrived', 'hasnt come', 'not come', 'never came', 'didnt get', 'did not get', 'havent got', 'hasnt got', 'never got', 'not showing', 'isnt showing', 'not showing up', 'hasnt shown up', 'not there', 'cant see', 'not reflected', 'not appeared', 'hasnt appeared', 'not credited'],
  how_long: ['how long', 'how many days', 'how much time', 'when will', 'how soon', 'how quickly', 'how fast', 'when can i expect', 'when should i expect', 'timeframe', 'time frame', 'take to'],
  salary: ['salary', 'wages', 'wage', 'paycheck', 'paycheque', 'payroll', 'income', 'pay check'],
  wrong: ['wrong', 'incorrect', 'not right', 'inaccurate', 'not correct', 'mistake', 'mistaken', 'overcharged', 'too much'],
  failed: ['failed', 'fail', 'fails', 'failing', 'failure', 'unsuccessful', 'didnt work', 'did not work', 'doesnt work', 'wont work', 'not working'],
  returned: ['reverted', 'revert', 'returned', 'sent back', 'came back', 'bounced back', 'put back', 'credited back'],
  phone: ['phone', 'phones', 'mobile', 'cell', 'smartphone', 'iphone', 'android'],
  close_account: ['close', 'closing', 'closed', 'delete', 'deleting', 'terminate', 'deactivate', 'shut down', 'get rid of'],
  limit: ['limit', 'limits', 'maximum', 'max', 'minimum', 'cap', 'restriction', 'restrictions'],
  exchange: ['exchange', 'exchanging', 'exchanged', 'convert', 'converting', 'swap', 'change currency'],
  currency: ['currency', 'currencies', 'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'usd', 'eur', 'gbp', 'yen', 'franc', 'francs', 'sterling', 'zloty', 'kroner', 'krona'],
  merchant: ['merchant', 'shop', 'shops', 'store', 'stores', 'seller', 'retailer', 'vendor', 'restaurant', 'supermarket', 'website', 'till', 'checkout'],
  blocked: ['blocked', 'block', 'locked', 'lock', 'frozen', 'suspended', 'disabled'],
  expire: ['expire', 'expires', 'expiring', 'expired', 'expiry', 'expiration', 'renew', 'renewal'],
  contactless: ['contactless', 'tap', 'tapping', 'nfc', 'tap to pay'],
  wallet_pay: ['apple pay', 'google pay', 'android pay', 'samsung pay', 'gpay', 'apple wallet'],
  direct_debit: ['direct debit', 'direct debits', 'debit order', 'standing order', 'mandate'],
  deposit: ['deposit', 'deposited', 'deposits', 'depositing', 'paid in', 'pay in', 'cheque', 'cheques'],
  statement: ['statement', 'statements', 'transactions', 'transaction history', 'activity', 'account history'],
  country: ['spain', 'france', 'italy', 'germany', 'portugal', 'greece', 'turkey', 'usa', 'america', 'mexico', 'thailand', 'japan', 'china', 'india', 'canada', 'australia', 'morocco', 'egypt', 'poland', 'hungary', 'croatia', 'switzerland', 'dubai', 'europe', 'asia'],
  cancel: ['cancel', 'cancelled', 'canceled', 'cancelling', 'reverse', 'reversed', 'undo', 'recall', 'stop'],
};

const MAX_PHRASE_WORDS = 4;
const lookup = new Map<string, string>();
for (const [concept, phrases] of Object.entries(CONCEPTS)) {
  for (const phrase of phrases) lookup.set(phrase, concept);
}

/** Concepts mentioned in a token sequence (tokens as produced by `tokenize`). */
export function conceptsOf(tokens: readonly string[]): string[] {
  const found: string[] = [];
  for (let start = 0; start < tokens.length; start += 1) {
    let phrase = '';
    for (let length = 1; length <= MAX_PHRASE_WORDS && start + length <= tokens.length; length += 1) {
      phrase = length === 1 ? (tokens[start] as string) : `${phrase} ${tokens[start + length - 1] as string}`;
      const concept = lookup.get(phrase);
      if (concept !== undefined) found.push(concept);
    }
  }
  return found;
}
