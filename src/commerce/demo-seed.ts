import { DEMO_PEOPLE } from './demo-customers';
import type { Card, ContactDetails, Dispute, Instalment, Order, PaymentPlan, PlanKind, Refund, ReturnRecord } from './model';

const DAY = 24 * 60 * 60 * 1000;

interface OrderSeed {
  number: string;
  merchant: [name: string, website: string];
  items: [name: string, quantity: number, unitPrice: number][];
  plan: PlanKind;
  /** Financing only. */
  months?: number;
  apr?: number;
  placedDaysAgo: number;
  /** Null while not delivered. */
  deliveredDaysAgo: number | null;
  /** Returned and being refunded. */
  refundDaysAgo?: number;
}

interface PersonSeed {
  currency: string;
  card: { last4: string; brand: Card['brand']; status: Card['status'] };
  orders: OrderSeed[];
}

/**
 * Five orders per demo customer, shaped so every journey has something to act on: a pay-in-4 order delivered
 * recently (next instalment in a few days), a pay-in-30 order, a financing plan outside the return window, a returned
 * order with a refund on its way, and an order still in transit. Merchants are fictional.
 */
const PEOPLE: Record<string, PersonSeed> = {
  cus_emma_gb: {
    currency: 'GBP',
    card: { last4: '4417', brand: 'visa', status: 'active' },
    orders: [
      { number: 'GB-20417', merchant: ['Harbour & Thread', 'harbourandthread.example'], items: [['Wool blend coat', 1, 129.0]], plan: 'pay_in_4', placedDaysAgo: 12, deliveredDaysAgo: 9 },
      { number: 'GB-20533', merchant: ['Brightside Electricals', 'brightside.example'], items: [['Wireless headphones', 1, 89.99]], plan: 'pay_in_30', placedDaysAgo: 6, deliveredDaysAgo: 3 },
      { number: 'GB-18852', merchant: ['Oakmere Home', 'oakmere.example'], items: [['Three-seater sofa', 1, 899.0]], plan: 'financing', months: 12, apr: 9.9, placedDaysAgo: 100, deliveredDaysAgo: 92 },
      { number: 'GB-19964', merchant: ['Little Fern Books', 'littlefern.example'], items: [['Illustrated atlas', 1, 42.5]], plan: 'pay_in_4', placedDaysAgo: 30, deliveredDaysAgo: 27, refundDaysAgo: 4 },
      { number: 'GB-20611', merchant: ['Harbour & Thread', 'harbourandthread.example'], items: [['Linen shirt', 2, 34.0]], plan: 'pay_in_4', placedDaysAgo: 2, deliveredDaysAgo: null },
    ],
  },
  cus_olivia_us: {
    currency: 'USD',
    card: { last4: '9021', brand: 'mastercard', status: 'active' },
    orders: [
      { number: 'US-31877', merchant: ['Canyon Outfitters', 'canyonoutfitters.example'], items: [['Hiking boots', 1, 159.95]], plan: 'pay_in_4', placedDaysAgo: 12, deliveredDaysAgo: 8 },
      { number: 'US-32004', merchant: ['Maple Street Tech', 'maplestreettech.example'], items: [['Smart watch', 1, 249.0]], plan: 'pay_in_30', placedDaysAgo: 6, deliveredDaysAgo: 2 },
      { number: 'US-29710', merchant: ['Hudson Living', 'hudsonliving.example'], items: [['Dining table', 1, 1199.0]], plan: 'financing', months: 12, apr: 14.9, placedDaysAgo: 100, deliveredDaysAgo: 90 },
      { number: 'US-31290', merchant: ['Sunset Beauty Co.', 'sunsetbeauty.example'], items: [['Skincare set', 1, 64.0]], plan: 'pay_in_4', placedDaysAgo: 30, deliveredDaysAgo: 26, refundDaysAgo: 5 },
      { number: 'US-32118', merchant: ['Canyon Outfitters', 'canyonoutfitters.example'], items: [['Rain jacket', 1, 119.0]], plan: 'pay_in_4', placedDaysAgo: 2, deliveredDaysAgo: null },
    ],
  },
  cus_anna_de: {
    currency: 'EUR',
    card: { last4: '5532', brand: 'visa', status: 'active' },
    orders: [
      { number: 'DE-48213', merchant: ['Nordlicht Mode', 'nordlicht-mode.example'], items: [['Winterjacke', 1, 99.0]], plan: 'pay_in_4', placedDaysAgo: 12, deliveredDaysAgo: 9 },
      { number: 'DE-48377', merchant: ['Elektro Kaiser', 'elektro-kaiser.example'], items: [['Kabellose Kopfhörer', 1, 79.9]], plan: 'pay_in_30', placedDaysAgo: 6, deliveredDaysAgo: 3 },
      { number: 'DE-45102', merchant: ['Wohnwerk Berlin', 'wohnwerk.example'], items: [['Ecksofa', 1, 1249.0]], plan: 'financing', months: 12, apr: 7.9, placedDaysAgo: 100, deliveredDaysAgo: 90 },
      { number: 'DE-47560', merchant: ['Bergsteiger Sport', 'bergsteiger.example'], items: [['Wanderrucksack', 1, 64.95]], plan: 'pay_in_4', placedDaysAgo: 30, deliveredDaysAgo: 27, refundDaysAgo: 4 },
      { number: 'DE-48490', merchant: ['Nordlicht Mode', 'nordlicht-mode.example'], items: [['Strickpullover', 2, 39.95]], plan: 'pay_in_4', placedDaysAgo: 2, deliveredDaysAgo: null },
    ],
  },
  cus_erik_se: {
    currency: 'SEK',
    card: { last4: '7745', brand: 'mastercard', status: 'active' },
    orders: [
      { number: 'SE-61208', merchant: ['Fjällkläder', 'fjallklader.example'], items: [['Skaljacka', 1, 1899.0]], plan: 'pay_in_4', placedDaysAgo: 12, deliveredDaysAgo: 9 },
      { number: 'SE-61355', merchant: ['Ljud & Bild Stockholm', 'ljudochbild.example'], items: [['Bluetooth-högtalare', 1, 1290.0]], plan: 'pay_in_30', placedDaysAgo: 6, deliveredDaysAgo: 3 },
      { number: 'SE-58821', merchant: ['Björkhem Möbler', 'bjorkhem.example'], items: [['Soffbord i ek', 1, 8990.0]], plan: 'financing', months: 12, apr: 9.95, placedDaysAgo: 100, deliveredDaysAgo: 91 },
      { number: 'SE-60473', merchant: ['Cykelverket', 'cykelverket.example'], items: [['Cykelhjälm', 1, 749.0]], plan: 'pay_in_4', placedDaysAgo: 30, deliveredDaysAgo: 26, refundDaysAgo: 3 },
      { number: 'SE-61490', merchant: ['Fjällkläder', 'fjallklader.example'], items: [['Ullunderställ', 1, 899.0]], plan: 'pay_in_4', placedDaysAgo: 2, deliveredDaysAgo: null },
    ],
  },
  cus_lucas_fr: {
    currency: 'EUR',
    card: { last4: '3390', brand: 'visa', status: 'active' },
    orders: [
      { number: 'FR-72044', merchant: ['Atelier Rive Gauche', 'rivegauche.example'], items: [['Veste en lin', 1, 149.0]], plan: 'pay_in_4', placedDaysAgo: 12, deliveredDaysAgo: 9 },
      { number: 'FR-72191', merchant: ['TechnoPlus Lyon', 'technoplus.example'], items: [['Enceinte connectée', 1, 119.0]], plan: 'pay_in_30', placedDaysAgo: 6, deliveredDaysAgo: 3 },
      { number: 'FR-69930', merchant: ['Maison Lumière', 'maisonlumiere.example'], items: [['Canapé d’angle', 1, 1390.0]], plan: 'financing', months: 12, apr: 8.5, placedDaysAgo: 100, deliveredDaysAgo: 90 },
      { number: 'FR-71402', merchant: ['Vélo Provence', 'veloprovence.example'], items: [['Casque vélo', 1, 69.0]], plan: 'pay_in_4', placedDaysAgo: 30, deliveredDaysAgo: 27, refundDaysAgo: 4 },
      { number: 'FR-72260', merchant: ['Atelier Rive Gauche', 'rivegauche.example'], items: [['Chemise', 1, 59.0]], plan: 'pay_in_4', placedDaysAgo: 2, deliveredDaysAgo: null },
    ],
  },
  cus_zofia_pl: {
    currency: 'PLN',
    card: { last4: '6128', brand: 'mastercard', status: 'active' },
    orders: [
      { number: 'PL-83310', merchant: ['Moda Wisła', 'modawisla.example'], items: [['Płaszcz wełniany', 1, 549.0]], plan: 'pay_in_4', placedDaysAgo: 12, deliveredDaysAgo: 9 },
      { number: 'PL-83452', merchant: ['ElektroMarket Kraków', 'elektromarket.example'], items: [['Słuchawki bezprzewodowe', 1, 399.0]], plan: 'pay_in_30', placedDaysAgo: 6, deliveredDaysAgo: 3 },
      { number: 'PL-80917', merchant: ['Meble Bałtyk', 'meblebaltyk.example'], items: [['Sofa narożna', 1, 4299.0]], plan: 'financing', months: 12, apr: 10.5, placedDaysAgo: 100, deliveredDaysAgo: 91 },
      { number: 'PL-82688', merchant: ['Księgarnia Pod Lipą', 'podlipa.example'], items: [['Atlas ilustrowany', 1, 129.0]], plan: 'pay_in_4', placedDaysAgo: 30, deliveredDaysAgo: 26, refundDaysAgo: 4 },
      { number: 'PL-83577', merchant: ['Moda Wisła', 'modawisla.example'], items: [['Sweter', 1, 189.0]], plan: 'pay_in_4', placedDaysAgo: 2, deliveredDaysAgo: null },
    ],
  },
  cus_sofia_es: {
    currency: 'EUR',
    card: { last4: '2804', brand: 'visa', status: 'active' },
    orders: [
      { number: 'ES-54127', merchant: ['Moda Alameda', 'modaalameda.example'], items: [['Chaqueta vaquera', 1, 89.95]], plan: 'pay_in_4', placedDaysAgo: 12, deliveredDaysAgo: 8 },
      { number: 'ES-54280', merchant: ['ElectroSol', 'electrosol.example'], items: [['Auriculares inalámbricos', 1, 99.0]], plan: 'pay_in_30', placedDaysAgo: 6, deliveredDaysAgo: 3 },
      { number: 'ES-51733', merchant: ['Casa Mediterránea', 'casamediterranea.example'], items: [['Sofá de tres plazas', 1, 990.0]], plan: 'financing', months: 12, apr: 9.5, placedDaysAgo: 100, deliveredDaysAgo: 92 },
      { number: 'ES-53561', merchant: ['Deportes Sierra', 'deportessierra.example'], items: [['Zapatillas de trail', 1, 119.0]], plan: 'pay_in_4', placedDaysAgo: 30, deliveredDaysAgo: 27, refundDaysAgo: 5 },
      { number: 'ES-54395', merchant: ['Moda Alameda', 'modaalameda.example'], items: [['Vestido de verano', 1, 49.95]], plan: 'pay_in_4', placedDaysAgo: 2, deliveredDaysAgo: null },
    ],
  },
  cus_lars_no: {
    currency: 'NOK',
    card: { last4: '8853', brand: 'visa', status: 'frozen' },
    orders: [
      { number: 'NO-90215', merchant: ['Fjordsport', 'fjordsport.example'], items: [['Skallbukse', 1, 1799.0]], plan: 'pay_in_4', placedDaysAgo: 12, deliveredDaysAgo: 9 },
      { number: 'NO-90348', merchant: ['Nordlys Elektronikk', 'nordlys.example'], items: [['Trådløse hodetelefoner', 1, 1490.0]], plan: 'pay_in_30', placedDaysAgo: 6, deliveredDaysAgo: 3 },
      { number: 'NO-87702', merchant: ['Hjem & Interiør', 'hjemoginterior.example'], items: [['Spisebord', 1, 9990.0]], plan: 'financing', months: 12, apr: 11.9, placedDaysAgo: 100, deliveredDaysAgo: 90 },
      { number: 'NO-89561', merchant: ['Bokhandel Bryggen', 'bryggen.example'], items: [['Kokebok', 1, 449.0]], plan: 'pay_in_4', placedDaysAgo: 30, deliveredDaysAgo: 27, refundDaysAgo: 4 },
      { number: 'NO-90477', merchant: ['Fjordsport', 'fjordsport.example'], items: [['Ullgenser', 1, 1299.0]], plan: 'pay_in_4', placedDaysAgo: 2, deliveredDaysAgo: null },
    ],
  },
};

/** One customer's records in the demo backend. */
export interface DemoAccount {
  orders: Order[];
  refunds: Refund[];
  returns: ReturnRecord[];
  disputes: Dispute[];
  card: Card | null;
  contact: ContactDetails;
}

/** Builds the demo accounts with every date relative to `now`, so the demo stays current whenever it starts. */
export function seedDemoAccounts(now: number): Map<string, DemoAccount> {
  const accounts = new Map<string, DemoAccount>();
  for (const person of DEMO_PEOPLE) {
    const seed = PEOPLE[person.id];
    if (!seed) continue;
    const orders = seed.orders.map((order) => buildOrder(person.id, person.market, seed.currency, order, now));
    const refunds: Refund[] = [];
    const returns: ReturnRecord[] = [];
    for (const [index, order] of seed.orders.entries()) {
      if (order.refundDaysAgo === undefined) continue;
      const built = orders[index]!;
      const paid = built.plan.instalments.filter((instalment) => instalment.status === 'paid').reduce((sum, instalment) => sum + instalment.amount.amountMinor, 0);
      returns.push({ id: `ret_${order.number}`, orderId: order.number, itemIds: built.items.map((item) => item.id), status: 'received', reportedAt: now - (order.refundDaysAgo + 6) * DAY, reason: null });
      refunds.push({
        id: `rf_${order.number}`,
        orderId: order.number,
        amount: { amountMinor: paid, currency: seed.currency },
        status: 'processing',
        requestedAt: now - order.refundDaysAgo * DAY,
        expectedBy: now + 3 * DAY,
        completedAt: null,
      });
    }
    accounts.set(person.id, {
      orders: orders.sort((a, b) => b.placedAt - a.placedAt),
      refunds,
      returns,
      disputes: [],
      card: { id: `card_${person.id}`, last4: seed.card.last4, brand: seed.card.brand, kind: 'physical', status: seed.card.status, expiresMonth: 9, expiresYear: new Date(now).getUTCFullYear() + 3 },
      contact: { email: person.email, phone: person.phone },
    });
  }
  return accounts;
}

function buildOrder(customerId: string, market: string, currency: string, seed: OrderSeed, now: number): Order {
  const placedAt = now - seed.placedDaysAgo * DAY;
  const items = seed.items.map(([name, quantity, unitPrice], index) => ({
    id: `${seed.number}-${index + 1}`,
    name,
    quantity,
    unitPrice: { amountMinor: Math.round(unitPrice * 100), currency },
  }));
  const totalMinor = items.reduce((sum, item) => sum + item.quantity * item.unitPrice.amountMinor, 0);
  const returned = seed.refundDaysAgo !== undefined;
  const plan = buildPlan(seed, placedAt, totalMinor, currency, now, returned);
  return {
    id: seed.number,
    customerId,
    market,
    merchant: { id: `m_${seed.merchant[1].split('.')[0]}`, name: seed.merchant[0], website: `https://${seed.merchant[1]}` },
    items,
    total: { amountMinor: totalMinor, currency },
    status: returned ? 'returned' : seed.deliveredDaysAgo === null ? 'shipped' : 'delivered',
    placedAt,
    deliveredAt: seed.deliveredDaysAgo === null ? null : now - seed.deliveredDaysAgo * DAY,
    trackingUrl: seed.deliveredDaysAgo === null ? `https://track.example/${seed.number}` : null,
    plan,
  };
}

function buildPlan(seed: OrderSeed, placedAt: number, totalMinor: number, currency: string, now: number, returned: boolean): PaymentPlan {
  let dueDates: number[];
  let payableMinor = totalMinor;
  if (seed.plan === 'pay_in_4') dueDates = [0, 14, 28, 42].map((days) => placedAt + days * DAY);
  else if (seed.plan === 'pay_in_30') dueDates = [placedAt + 30 * DAY];
  else {
    const months = seed.months ?? 12;
    dueDates = Array.from({ length: months }, (_, index) => placedAt + (index + 1) * 30 * DAY);
    payableMinor = Math.round(totalMinor * (1 + ((seed.apr ?? 0) / 100) * (months / 12)));
  }
  const share = Math.floor(payableMinor / dueDates.length);
  const instalments: Instalment[] = dueDates.map((dueAt, index) => {
    const amountMinor = index === 0 ? payableMinor - share * (dueDates.length - 1) : share;
    const paid = dueAt <= now;
    return {
      id: `${seed.number}-i${index + 1}`,
      sequence: index + 1,
      dueAt,
      amount: { amountMinor, currency },
      status: paid ? 'paid' : returned ? 'paused' : 'scheduled',
      paidAt: paid ? dueAt : null,
      originalDueAt: null,
    };
  });
  return {
    kind: seed.plan,
    status: returned ? 'paused' : 'active',
    apr: seed.plan === 'financing' ? (seed.apr ?? 0) : 0,
    instalments,
    extensionsUsed: 0,
    pausedReason: returned ? 'return' : null,
  };
}
