// What erasing a child would cancel, said before a parent withdraws consent or removes a child.
import { bookings, waitlist, visits } from '../guidance/api.js';
import { vouchers } from '../vouchers/api.js';
import { withdrawalPlan as erasedOnWithdrawal } from './api.js';

/** A function from child id to counts of its open bookings, waitlist places, visits and unused vouchers. */
export async function openThings() {
  const [booked, waiting, visited, held] = await Promise.all([bookings(), waitlist(), visits(), vouchers()]);
  const now = new Date();
  const count = (list, childId, open) => list.filter((x) => x.childId === childId && open(x)).length;
  // A visit erasure cancels is one the family may still cancel (the server's actions). Bookings, waitlist places and
  // vouchers carry no actions yet, so their open states are named here.
  return (childId) => ({
    bookings: count(booked, childId, (b) => b.state === 'BOOKED' && new Date(b.startsAt) > now),
    waitlist: count(waiting, childId, (w) => w.state === 'WAITING' || w.state === 'OFFERED'),
    visits: count(visited, childId, (v) => (v.actions || []).includes('CANCEL')),
    vouchers: count(held, childId, (v) => v.state === 'CLAIMED') });
}

/** Each child as withdrawal treats it (erased or kept), with what would be cancelled for the erased ones. */
export async function withdrawalPlan() {
  const [children, open] = await Promise.all([erasedOnWithdrawal(), openThings()]);
  return children.map((c) => ({ ...c, ...open(c.childId) }));
}
