// #/bookings: a parent's bookings (cancel before the class starts), waitlist places (with offers to accept) and the
// calendar (.ics and subscription address).
import { t } from '../i18n.js';
import { h, load, empty, act } from '../ui.js';
import { children } from '../families/api.js';
import { bookings as myBookings, cancelBooking } from './api.js';
import { calendarParts } from './calendar.js';
import { badge, flash, flashed, span } from './parts.js';
import { waitlistCards } from './waitlist.js';

export async function bookings(view) {
  const booked = h('section', { id: 'bookings' });
  const waiting = h('section', { id: 'waitlist' });
  const calendar = h('section', { id: 'calendar', class: 'card' });
  view.replaceChildren(h('h2', {}, t('bookings.title')), flashed(), booked, h('h2', {}, t('waitlist.title')), waiting,
    h('h2', {}, t('calendar.title')), calendar);
  const kids = await children().catch(() => []);
  const nameOf = (id) => (kids.find((k) => k.id === id) || {}).name || '—';
  calendar.append(...calendarParts());

  await Promise.all([
    load(booked, async () => {
      const mine = await myBookings();
      if (!mine.length) return [empty(t('bookings.empty')), h('a', { href: '#/classes' }, t('bookings.browse'))];
      return h('ul', { class: 'cards' }, mine.map((b) => {
        const status = h('div', { class: 'status' });
        // Once the class has started, cancelling is closed anyway (the cutoff is never after the start). The server
        // sends no allowed actions with a booking yet.
        const cancel = b.state === 'BOOKED' && new Date(b.startsAt) > new Date()
          && h('button', { type: 'button', class: 'secondary' }, t('bookings.cancel'));
        if (cancel) {
          cancel.addEventListener('click', () => act(cancel, status, async () => {
            await cancelBooking(b.id);
            flash(t('bookings.cancelled', { topic: b.topic }));
          }));
        }
        return h('li', { class: 'card booking', 'data-state': b.state }, h('h3', {}, b.topic),
          h('p', {}, badge(t(`booking.state.${b.state}`), b.state === 'BOOKED' || b.state === 'ATTENDED'), ' ',
            nameOf(b.childId)),
          h('p', {}, h('strong', {}, span(b.startsAt, b.endsAt))), h('p', {}, b.venue), cancel, status);
      }));
    }),
    load(waiting, () => waitlistCards(nameOf)),
  ]);
}
