// #/history: every voucher of the family, and each child's ledger of entitlements used.
import { t } from '../i18n.js';
import { h, load, empty } from '../ui.js';
import { ledger } from '../entitlements/api.js';
import { ledgerList } from '../entitlements/entitlements.js';
import { children } from '../families/api.js';
import { vouchers } from './api.js';
import { childNames, voucherCard } from './wallet.js';

export async function history(view) {
  const vouchersSection = h('section', { id: 'voucher-history' });
  const ledgers = h('section', { id: 'ledgers' });
  view.replaceChildren(h('h2', {}, t('history.title')), h('h3', {}, t('history.vouchers')), vouchersSection, ledgers);
  await Promise.all([
    load(vouchersSection, async () => {
      const [mine, names] = await Promise.all([vouchers(), childNames()]);
      return mine.length ? h('ul', { class: 'cards' }, mine.map((v) => voucherCard(v, names))) : empty(t('noneYet'));
    }),
    load(ledgers, async () => {
      const kids = await children();
      const parts = await Promise.all(kids.map(async (k) => [h('h3', {}, `${k.name} · ${t('ledger.title')}`),
        ledgerList(await ledger(k.id))]));
      return parts.flat();
    }),
  ]);
}
