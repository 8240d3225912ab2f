// #/care: a family's hourly care — the free sessions left per child, booking a slot at a facility (with a voucher or
// the entitlement), and their sessions with hours, overstay, passes and pick-up people.
import { t } from '../i18n.js';
import { h, field, select, load, empty, act, dateTime } from '../ui.js';
import { vouchers as myVouchers } from '../vouchers/api.js';
import { book, cancel, children, namePickup, sessions, slots } from './api.js';

const tomorrow = () => new Date(Date.now() + 8 * 3600000 + 86400000).toISOString().slice(0, 10);
const time = (value) => new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit',
  minute: '2-digit' }).format(new Date(value));

function hours(s) {
  if (s.hoursCounted == null) return null;
  return [h('p', { class: 'hours' }, t('care.hours', { m: s.minutesInCare, h: s.hoursCounted, p: s.hoursPaid })),
    Number(s.overstayHours) > 0 && h('p', { class: 'error' }, t('care.overstay', { h: s.overstayHours })),
    s.flagged && h('p', { class: 'notice' }, t('care.flagged'))];
}

function pickupForm(s, status) {
  const name = h('input', { name: 'name', required: true, maxlength: 50, autocomplete: 'off' });
  const relation = h('input', { name: 'relation', required: true, maxlength: 20 });
  const phone = h('input', { name: 'phone', required: true, inputmode: 'numeric', pattern: '1[0-9]{10}' });
  const save = h('button', { type: 'submit', class: 'secondary' }, t('care.pickupSave'));
  return h('details', {}, h('summary', {}, t('care.namePickup')), h('form', {
    onsubmit: (e) => {
      e.preventDefault();
      act(save, status, async () => {
        const named = await namePickup(s.id, { name: name.value, relation: relation.value, phone: phone.value });
        return named.sentBySms ? t('care.pickupSent') : t('care.pickupCode', { code: named.code });
      });
    },
  }, field(t('care.pickupName'), name), field(t('care.pickupRelation'), relation),
  field(t('care.pickupPhone'), phone), save));
}

function sessionCard(s, reload) {
  const status = h('div', { class: 'status', 'aria-live': 'polite' });
  const cancelButton = s.actions.includes('CANCEL') && h('button', { type: 'button', class: 'secondary' },
    t('care.cancel'));
  if (cancelButton) cancelButton.addEventListener('click', () => act(cancelButton, status, async () => {
    await cancel(s.id);
    reload();
  }));
  return h('li', { class: 'card care-session', 'data-state': s.state, 'data-id': s.id },
    h('h3', {}, s.facilityName), h('p', {}, h('strong', {}, t(`care.state.${s.state}`)), ' · ', s.childMaskedName,
      ' · ', t(`care.paid.${s.paidWith}`)),
    h('p', {}, dateTime(s.startsAt), ' – ', time(s.endsAt)), hours(s),
    s.pickups.length > 0 && h('p', {}, t('care.pickups'), s.pickups.map((p) => `${p.name}（${p.relation}）`).join('、')),
    s.actions.includes('SHOW_PASS') && h('a', { class: 'button', href: `#/care-pass/${s.id}` }, t('care.showPass')),
    cancelButton, s.actions.includes('NAME_PICKUP') && pickupForm(s, status), status);
}

export async function care(view) {
  const left = h('section', { id: 'care-children' });
  const mine = h('section', { id: 'care-sessions' });
  const found = h('section', { id: 'care-slots' });
  const status = h('div', { class: 'status', 'aria-live': 'polite' });
  const facility = h('input', { name: 'facility', required: true, autocomplete: 'off',
    value: new URLSearchParams(location.hash.split('?')[1] || '').get('facility') || '' });
  const day = h('input', { type: 'date', name: 'date', required: true, value: tomorrow() });
  const kids = await children().catch(() => []);
  const child = select('child', kids.map((k) => [k.childId, k.maskedName]));
  const voucher = select('voucher', []);
  const wallet = await myVouchers().catch(() => []);
  const fillVouchers = () => voucher.replaceChildren(h('option', { value: '' }, t('care.noVoucher')),
    ...wallet.filter((v) => v.usable && v.childId === child.value)
      .map((v) => h('option', { value: v.id }, v.batchName)));
  child.addEventListener('change', fillVouchers);
  fillVouchers();

  const showMine = () => load(mine, async () => {
    const list = await sessions();
    return list.length ? h('ul', { class: 'cards' }, list.map((s) => sessionCard(s, showMine))) : empty(t('care.empty'));
  });
  const showSlots = () => load(found, async () => {
    const list = await slots(facility.value.trim(), day.value);
    const open = list.filter((s) => s.bookable);
    if (!open.length) return empty(t('care.noSlots'));
    return h('ul', { class: 'slots' }, open.map((s) => {
      const button = h('button', { type: 'button', 'data-start': s.start },
        `${time(s.start)}–${time(s.end)} · ${t('care.placesLeft', { n: s.placesLeft })}`);
      button.addEventListener('click', () => act(button, status, async () => {
        await book({ facilityId: facility.value.trim(), childId: child.value, startsAt: s.start,
          voucherId: voucher.value || null });
        await Promise.all([showMine(), showSlots(), showLeft()]);
        return t('care.booked');
      }));
      return h('li', {}, button);
    }));
  });
  const showLeft = () => load(left, async () => {
    const now = await children();
    return h('ul', {}, now.map((k) => h('li', { 'data-child': k.childId },
      t('care.left', { name: k.maskedName, n: k.remaining }))));
  });
  const find = h('button', { type: 'submit' }, t('care.findSlots'));
  view.replaceChildren(h('h2', {}, t('care.title')), left,
    h('section', { class: 'card' }, h('h3', {}, t('care.book')), h('form', {
      id: 'care-find',
      onsubmit: (e) => {
        e.preventDefault();
        showSlots();
      },
    }, field(t('care.facility'), facility), field(t('care.date'), day), field(t('care.child'), child),
    field(t('care.voucher'), voucher), find), found, status),
    h('h2', {}, t('care.mine')), mine);
  await Promise.all([showLeft(), showMine()]);
}
