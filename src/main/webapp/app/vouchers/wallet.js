// #/vouchers: a family's vouchers ready to use, each opening the code to show at the counter.
import { t } from '../i18n.js';
import { h, load, empty, dateTime } from '../ui.js';
import { children } from '../families/api.js';
import { vouchers as myVouchers } from './api.js';

export function voucherCard(v, names) {
  return h('li', { class: `card voucher ${v.state.toLowerCase()}` },
    h('h3', {}, v.batchName),
    h('p', {}, names[v.childId] || '', ' ', h('span', { class: 'badge' }, t(`voucher.state.${v.state}`))),
    h('p', { class: 'muted' }, t('voucher.claimedAt', { at: dateTime(v.claimedAt) }), ' · ',
      t('voucher.validUntil', { at: dateTime(v.validUntil) })),
    v.state === 'CLAIMED' && h('a', { class: 'button', href: `#/voucher/${v.id}` }, t('vouchers.show')));
}

/** The family's children's names by id. */
export async function childNames() {
  const kids = await children();
  return Object.fromEntries(kids.map((k) => [k.id, k.name]));
}

export async function vouchers(view) {
  const list = h('section', { id: 'voucher-list' });
  view.replaceChildren(h('h2', {}, t('vouchers.title')), list);
  await load(list, async () => {
    const [mine, names] = await Promise.all([myVouchers(), childNames()]);
    const usable = mine.filter((v) => v.state === 'CLAIMED');
    return usable.length ? h('ul', { class: 'cards' }, usable.map((v) => voucherCard(v, names)))
      : empty(t('vouchers.empty'));
  });
}
