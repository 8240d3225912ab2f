// A family's waitlist places: the position while waiting, an offer to accept before it expires, leaving.
import { t } from '../i18n.js';
import { h, empty, act, dateTime } from '../ui.js';
import { acceptOffer, leaveWaitlist, waitlist } from './api.js';
import { badge, flash } from './parts.js';

/** The family's waitlist places as cards; `nameOf` names a child by id. */
export async function waitlistCards(nameOf) {
  const mine = await waitlist();
  if (!mine.length) return empty(t('waitlist.empty'));
  return h('ul', { class: 'cards' }, mine.map((w) => {
    const status = h('div', { class: 'status' });
    // The server sends no allowed actions with a waitlist place yet: offered may be accepted, waiting or offered left.
    const open = w.state === 'WAITING' || w.state === 'OFFERED';
    const accept = w.state === 'OFFERED' && h('button', { type: 'button' }, t('waitlist.accept'));
    const leave = open && h('button', { type: 'button', class: 'secondary' }, t('waitlist.leave'));
    if (accept) {
      accept.addEventListener('click', () => act(accept, status, async () => {
        await acceptOffer(w.id);
        flash(t('waitlist.accepted', { topic: w.topic }));
      }));
    }
    if (leave) {
      leave.addEventListener('click', () => act(leave, status, async () => {
        await leaveWaitlist(w.id);
        flash(t('waitlist.left', { topic: w.topic }));
      }));
    }
    return h('li', { class: 'card waitlist', 'data-state': w.state }, h('h3', {}, w.topic),
      h('p', {}, badge(t(`waitlist.state.${w.state}`), w.state === 'OFFERED'), ' ', nameOf(w.childId)),
      h('p', {}, dateTime(w.startsAt)),
      w.state === 'WAITING' && h('p', {}, t('waitlist.position', { n: w.position })),
      w.state === 'OFFERED' && h('p', { class: 'notice' }, t('waitlist.offer', { at: dateTime(w.offerExpiresAt) })),
      h('div', { class: 'actions' }, accept, leave), status);
  }));
}
