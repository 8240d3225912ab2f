// #/vouchers: a family's vouchers ready to use, each opening the code to show at the counter.
import { t } from '../i18n.js';
import { h, load, empty, dateTime, field, act } from '../ui.js';
import { children } from '../families/api.js';
import { vouchers as myVouchers, batchWatch, watchBatches, unwatchBatches } from './api.js';

export function voucherCard(v, names) {
  return h('li', { class: `card voucher ${v.state.toLowerCase()}` },
    h('h3', {}, v.batchName),
    h('p', {}, names[v.childId] || '', ' ', h('span', { class: 'badge' }, t(`voucher.state.${v.state}`))),
    h('p', { class: 'muted' }, t('voucher.claimedAt', { at: dateTime(v.claimedAt) }), ' · ',
      t('voucher.validUntil', { at: dateTime(v.validUntil) })),
    v.usable && h('a', { class: 'button', href: `#/voucher/${v.id}` }, t('vouchers.show')));
}

/** The family's children's names by id. */
export async function childNames() {
  const kids = await children();
  return Object.fromEntries(kids.map((k) => [k.id, k.name]));
}

/** "Tell me of new batches": on while the server says the family watches a district; a refusal in its sentence. */
async function watchControl(where) {
  await load(where, async () => {
    const watching = (await batchWatch()).districts.length > 0;
    const box = h('input', { type: 'checkbox', name: 'watchBatches', checked: watching });
    const status = h('div', { class: 'status', 'aria-live': 'polite' });
    box.addEventListener('change', () => act(box, status, async () => {
      try {
        const on = box.checked;
        if (on) await watchBatches();
        else await unwatchBatches();
        return t(on ? 'watch.on' : 'watch.off');
      } catch (e) {
        box.checked = !box.checked;
        throw e;
      }
    }));
    return [field(t('watch.label'), box, t('watch.hint')), status];
  });
}

export async function vouchers(view) {
  const list = h('section', { id: 'voucher-list' });
  const watch = h('section', { id: 'batch-watch', class: 'card' });
  view.replaceChildren(h('h2', {}, t('vouchers.title')), watch, list);
  watchControl(watch);
  await load(list, async () => {
    const [mine, names] = await Promise.all([myVouchers(), childNames()]);
    // the server says which vouchers may still be shown at the counter (usable)
    const usable = mine.filter((v) => v.usable);
    return usable.length ? h('ul', { class: 'cards' }, usable.map((v) => voucherCard(v, names)))
      : empty(t('vouchers.empty'));
  });
}
