// #/redemptions: the facility's redemptions of a month; one made at the counter may be voided with a reason (one
// that paid an hourly-care session at check-in is settled at check-out instead).
import { t } from '../i18n.js';
import { h, field, load, empty, act, dateTime } from '../ui.js';
import { redemptions as redemptionsIn, voidRedemption } from './api.js';
import { monthPicker } from './month.js';

function redemptionRow(r, refresh) {
  const row = h('li', { class: r.voidedAt ? 'voided' : '' },
    h('strong', {}, r.batchName), ' ', h('span', { class: 'badge' }, t(`method.${r.method}`)), ' ',
    h('span', { class: 'muted' }, dateTime(r.redeemedAt)));
  if (r.voidedAt) {
    row.append(h('p', { class: 'muted' }, t('red.voided', { reason: r.voidReason })));
    return row;
  }
  if (r.atCheckIn) {
    row.append(h('p', { class: 'muted' }, t('red.atCheckIn')));
    return row;
  }
  const reason = h('input', { name: 'reason', required: true, maxlength: 500 });
  const confirm = h('button', { type: 'submit', class: 'danger' }, t('red.voidConfirm'));
  const status = h('div', { class: 'status' });
  const form = h('form', {
    class: 'void-form',
    hidden: true,
    onsubmit: (e) => {
      e.preventDefault();
      act(confirm, status, async () => {
        await voidRedemption(r.id, reason.value.trim());
        refresh();
      });
    },
  }, field(t('red.voidReason'), reason), confirm, status);
  const open = h('button', { type: 'button', class: 'secondary void' }, t('red.void'));
  open.addEventListener('click', () => {
    form.hidden = !form.hidden;
    if (!form.hidden) reason.focus();
  });
  row.append(' ', open, form);
  return row;
}

export async function redemptions(view) {
  const list = h('section', { id: 'redemptions' });
  const show = (month) => load(list, async () => {
    const items = await redemptionsIn(month);
    return items.length ? h('ul', { class: 'rows' }, items.map((r) => redemptionRow(r, () => show(month))))
      : empty(t('red.empty'));
  });
  const picker = monthPicker(show);
  view.replaceChildren(h('h2', {}, t('red.title')), picker.control, list);
  await show(picker.value());
}
