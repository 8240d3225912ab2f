// Claiming a voucher for a child from the batches open to it; the server says per batch whether the child may.
import { t } from '../i18n.js';
import { h, act, dateTime, refusal } from '../ui.js';
import { claim, batchStatus } from './api.js';

// How often an open card asks how many are left (the answer is cached for a second at the edge).
const FOLLOW_MS = 5000;

export function batchCard(batch, childId, status) {
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
