// Claiming a voucher for a child from the batches open to it; the server says per batch whether the child may.
import { t } from '../i18n.js';
import { h, act, dateTime, refusal } from '../ui.js';
import { claim } from './api.js';

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
  return h('li', { class: 'card batch', 'data-may-claim': String(!refused) }, h('h3', {}, batch.name),
    h('p', {}, t('batch.terms', { h: batch.careHours ?? '—', from: dateTime(batch.claimClosesAt),
      until: dateTime(batch.validUntil) })),
    h('p', { class: 'muted' }, t('claim.left', { n: batch.remaining })),
    refused ? h('p', { class: 'refusal' }, t('eligible.noClaim', { why: refusal(batch.reason) })) : button);
}
