// #/care-session/:id: staff check a child out — who the child is (masked name, age), who may take them, and the
// code of the person in front of them: a guardian's pass (camera or manual code) or a named person's pick-up code.
import { t } from '../i18n.js';
import { h, field, act, uuid } from '../ui.js';
import { checkOut, deskSession } from './api.js';
import { qrReader } from './reader.js';

function details(s) {
  return h('section', { id: 'care-session', class: 'card', 'data-state': s.state },
    h('p', { class: 'big' }, s.childMaskedName, ' · ', t('months', { n: s.childAgeMonths })),
    h('p', {}, t('desk.authorised')), h('ul', {}, s.authorised.map((a) => h('li', {},
      a.maskedPhone ? `${a.label} ${a.maskedPhone}${a.used ? t('desk.used') : ''}` : t('desk.guardian')))),
    s.hoursCounted != null && h('p', { id: 'care-hours' }, t('care.hours', { m: '—', h: s.hoursCounted,
      p: s.hoursPaid ?? s.hoursCounted })),
    Number(s.overstayHours) > 0 && h('p', { class: 'error' }, t('desk.overstay', { h: s.overstayHours })));
}

export async function careCheckOut(view, { id }) {
  let s = await deskSession(id);
  const shown = h('div', {}, details(s));
  const status = h('div', { id: 'checkout-status', class: 'status', 'aria-live': 'assertive' });
  const send = (what, key, control) => act(control, status, async () => {
    reader.pause(true);
    try {
      s = await checkOut(id, what, key);
      shown.replaceChildren(details(s));
      reader.stop();
      return t('desk.checkedOut', { name: s.childMaskedName,
        who: s.pickedUpByGuardian ? t('desk.byGuardian') : s.pickedUpBy });
    } finally {
      reader.pause(false);
    }
  });
  const reader = qrReader((text) => send({ code: text }, `scan:${text}`, { disabled: false }));
  const manual = h('input', { id: 'checkout-manual', name: 'manualCode', inputmode: 'numeric', autocomplete: 'off',
    maxlength: 40 });
  const pickup = h('input', { id: 'checkout-pickup', name: 'pickupCode', inputmode: 'numeric', autocomplete: 'off',
    maxlength: 40 });
  const byManual = h('button', { type: 'submit' }, t('desk.submit'));
  const byPickup = h('button', { type: 'submit' }, t('desk.submit'));
  view.replaceChildren(h('h2', {}, t('desk.checkOut')), shown, status, reader.element,
    h('form', { id: 'checkout-manual-form', onsubmit: (e) => {
      e.preventDefault();
      send({ manualCode: manual.value.replace(/\s+/g, '') }, uuid(), byManual);
    } }, field(t('desk.code'), manual), byManual),
    h('form', { id: 'checkout-pickup-form', onsubmit: (e) => {
      e.preventDefault();
      send({ pickupCode: pickup.value.replace(/\s+/g, '') }, uuid(), byPickup);
    } }, field(t('desk.pickupCode'), pickup), byPickup),
    h('a', { href: '#/care-desk', class: 'back' }, t('back')));
  if (s.actions.includes('CHECK_OUT')) reader.start();
  return () => reader.stop();
}
