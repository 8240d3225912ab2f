// #/staff-class/:id: health staff see a class's bookings with masked names, and record attendance once it has started.
import { t } from '../i18n.js';
import { h, load, empty, act } from '../ui.js';
import { attendees as attendeesOf, classOf, recordAttendance } from './api.js';
import { badge, classFacts, flash, flashed } from './parts.js';

/** Health staff: a class's bookings with masked names, and attendance once the class has started. */
export async function attendees(view, { id }) {
  const list = h('section', { id: 'attendees' });
  const head = h('div', {});
  view.replaceChildren(h('a', { href: '#/staff-classes', class: 'back' }, t('back')), head, flashed(), list);
  await load(head, async () => {
    const c = await classOf(id);
    return [h('h2', {}, c.topic), classFacts(c)];
  });
  await load(list, async () => {
    const people = await attendeesOf(id);
    if (!people.length) return empty(t('attendees.empty'));
    return h('ul', { class: 'rows' }, people.map((p) => {
      const status = h('div', { class: 'status' });
      // The server sends no allowed actions with an attendee yet: attendance is recorded for any but a cancelled booking.
      const buttons = ['BOOKED', 'ATTENDED', 'NO_SHOW'].includes(p.state) ? [true, false].map((attended) => {
        const b = h('button', { type: 'button', class: attended ? null : 'secondary', 'data-attended': String(attended) },
          t(attended ? 'attendees.attended' : 'attendees.noShow'));
        b.addEventListener('click', () => act(b, status, async () => {
          await recordAttendance(id, p.bookingId, attended);
          flash(t('attendees.recorded', { name: p.anonymised ? t('child.anonymised') : p.maskedName }));
        }));
        return b;
      }) : [];
      return h('li', { class: 'attendee', 'data-state': p.state },
        p.anonymised ? h('strong', {}, t('child.anonymised')) : [h('strong', {}, p.maskedName), ' · ',
          t('months', { n: p.ageInMonths })], ' ',
        badge(t(`booking.state.${p.state}`), p.state === 'ATTENDED'), h('div', { class: 'actions' }, buttons), status);
    }));
  });
}
