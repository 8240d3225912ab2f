// #/care-desk: the facility's hourly-care desk on a phone — check a child in by the guardian's pass (camera or manual
// code), and the live board: children in care now (roll call) and today's expected arrivals.
import { t } from '../i18n.js';
import { h, field, load, empty, act, dateTime, uuid } from '../ui.js';
import { board, checkIn, checkInPhoto } from './api.js';
import { qrReader } from './reader.js';

export function staffLine(s) {
  return h('li', { class: 'card', 'data-id': s.id, 'data-state': s.state },
    h('p', {}, h('strong', {}, s.childMaskedName), ' · ', t('months', { n: s.childAgeMonths })),
    s.checkedInAt ? h('p', {}, t('desk.since', { at: dateTime(s.checkedInAt), by: s.checkedInBy }))
      : h('p', {}, t('desk.slot', { from: dateTime(s.startsAt), to: dateTime(s.endsAt) })),
    s.flagged && h('p', { class: 'notice' }, t('care.flagged')),
    Number(s.overstayHours) > 0 && h('p', { class: 'error' }, t('desk.overstay', { h: s.overstayHours })),
    s.actions.includes('CHECK_OUT') && h('a', { class: 'button', href: `#/care-session/${s.id}` }, t('desk.checkOut')));
}

export async function careDesk(view) {
  const status = h('div', { id: 'desk-status', class: 'status', 'aria-live': 'assertive' });
  const inCare = h('section', { id: 'board-in-care' });
  const expected = h('section', { id: 'board-expected' });
  const showBoard = () => load(inCare, async () => {
    const b = await board();
    expected.replaceChildren(b.expected.length ? h('ul', { class: 'cards' }, b.expected.map(staffLine))
      : empty(t('desk.none')));
    return b.inCare.length ? h('ul', { class: 'cards' }, b.inCare.map(staffLine)) : empty(t('desk.none'));
  });
  const send = (what, key, control) => act(control, status, async () => {
    reader.pause(true);
    try {
      const s = what instanceof File ? await checkInPhoto(what, key) : await checkIn(what, key);
      await showBoard();
      return t('desk.checkedIn', { name: s.childMaskedName, m: s.childAgeMonths });
    } finally {
      reader.pause(false);
    }
  });
  const reader = qrReader((text) => send({ code: text }, `scan:${text}`, { disabled: false }));
  const manual = h('input', { id: 'desk-manual', name: 'manualCode', inputmode: 'numeric', autocomplete: 'off',
    maxlength: 40 });
  const submit = h('button', { type: 'submit' }, t('desk.submit'));
  const photo = h('input', { type: 'file', id: 'desk-photo', name: 'photo', accept: 'image/png,image/jpeg',
    capture: 'environment' });
  photo.addEventListener('change', () => {
    if (photo.files[0]) send(photo.files[0], uuid(), photo);
    photo.value = '';
  });
  view.replaceChildren(h('h2', {}, t('desk.title')), status,
    h('section', { class: 'card' }, h('h3', {}, t('desk.checkIn')), h('p', {}, t('desk.scanHint')), reader.element,
      h('form', {
        id: 'desk-form',
        onsubmit: (e) => {
          e.preventDefault();
          send({ manualCode: manual.value.replace(/\s+/g, '') }, uuid(), submit);
        },
      }, field(t('desk.code'), manual), submit), field(t('scan.photoLabel'), photo)),
    h('h2', {}, t('desk.inCare')), inCare, h('h2', {}, t('desk.expected')), expected);
  reader.start();
  await showBoard();
  return () => reader.stop();
}
