// Claiming a voucher for a child from the batches open to it; the server says per batch whether the child may. A
// lottery batch's card applies for its draw instead, and claims only once the child is offered a place.
import { t } from '../i18n.js';
import { h, act, dateTime, refusal, errorBox } from '../ui.js';
import { claim, batchStatus, lotteryApplications, applyForDraw, withdrawFromDraw } from './api.js';

// How often an open card asks how many are left (the answer is cached for a second at the edge).
const FOLLOW_MS = 5000;

export function batchCard(batch, childId, status) {
  if (batch.allocation === 'LOTTERY') return lotteryCard(batch, childId, status);
  // The server says, for this child, whether it may still claim one (limit reached, sold out, no sessions left).
  const refused = batch.mayClaim === false;
  const button = !refused && h('button', { type: 'button' }, t('claim.button'));
  if (button) {
    button.addEventListener('click', () => act(button, status, async () => {
      const voucher = await claim(batch.id, childId);
      location.hash = `#/voucher/${voucher.id}`;
      return t('claim.done', { name: batch.name });
    }));
  }
  const left = h('p', { class: 'muted left', 'aria-live': 'polite' }, t('claim.left', { n: batch.remaining }));
  const card = h('li', { class: 'card batch', 'data-may-claim': String(!refused) }, h('h3', {}, batch.name),
    h('p', {}, t('batch.terms', { h: batch.careHours ?? '—', from: dateTime(batch.claimClosesAt),
      until: dateTime(batch.validUntil) })),
    left,
    refused ? h('p', { class: 'refusal' }, t('eligible.noClaim', { why: refusal(batch.reason) })) : button);
  if (button) follow(batch.id, card, left, button);
  return card;
}

// While the card is on the page, keeps "n left" true and takes the button away once none can be claimed.
function follow(id, card, left, button) {
  const look = async () => {
    if (!card.isConnected) return;
    try {
      const s = await batchStatus(id);
      const open = s.availability === 'OPEN';
      left.textContent = open ? t('claim.left', { n: s.remaining }) : t(`availability.${s.availability}`);
      button.hidden = !open;
      card.dataset.availability = s.availability;
    } catch (e) {
      // the next look tries again
    }
    setTimeout(look, FOLLOW_MS);
  };
  setTimeout(look, FOLLOW_MS);
}

// A lottery batch's card: apply or withdraw before the draw; after it, the child's position and, while an offer lasts,
// the claim button with its deadline. What the family may do comes from the server (the application's actions).
function lotteryCard(batch, childId, status) {
  const body = h('div', { class: 'lottery' });
  const card = h('li', { class: 'card batch lottery', 'data-allocation': 'LOTTERY' },
    h('h3', {}, batch.name, ' ', h('span', { class: 'badge' }, t('lottery.badge'))),
    h('p', {}, t('lottery.drawAt', { at: dateTime(batch.drawAt) })),
    h('p', {}, t('batch.terms', { h: batch.careHours ?? '—', from: dateTime(batch.claimClosesAt),
      until: dateTime(batch.validUntil) })),
    body, h('p', {}, h('a', { href: `#/draws/${batch.id}` }, t('lottery.check'))));
  const button = (label, work, cls) => {
    const b = h('button', { type: 'button', class: cls || '' }, label);
    b.addEventListener('click', () => act(b, status, work));
    return b;
  };
  const show = async () => {
    const mine = (await lotteryApplications(childId))
      .find((a) => a.batchId === batch.id && a.state !== 'WITHDRAWN');
    if (!mine) {
      body.replaceChildren(button(t('lottery.apply'), async () => {
        await applyForDraw(childId, batch.id);
        await show();
      }));
      return;
    }
    const lines = [h('p', { class: 'muted' }, t('lottery.applied', { id: mine.id }))];
    if (mine.position) lines.push(h('p', {}, t('lottery.position', { position: mine.position, quantity: mine.quantity })));
    if (mine.state === 'OFFERED') lines.push(h('p', { class: 'notice' }, t('lottery.offer', { at: dateTime(mine.offerDeadline) })));
    if (mine.state === 'WAITING') lines.push(h('p', {}, t('lottery.notDrawn')));
    if (mine.state === 'CLAIMED') lines.push(h('p', {}, t('lottery.claimed')));
    if (mine.state === 'OFFER_EXPIRED') lines.push(h('p', {}, t('lottery.expired')));
    if (mine.actions.includes('WITHDRAW')) {
      lines.push(button(t('lottery.withdraw'), async () => {
        await withdrawFromDraw(childId, batch.id);
        await show();
        return t('lottery.withdrawn');
      }, 'secondary'));
    }
    if (mine.actions.includes('CLAIM')) {
      lines.push(button(t('claim.button'), async () => {
        const voucher = await claim(batch.id, childId);
        location.hash = `#/voucher/${voucher.id}`;
        return t('claim.done', { name: batch.name });
      }));
    }
    body.replaceChildren(...lines);
  };
  show().catch((e) => status.replaceChildren(errorBox(e)));
  return card;
}
