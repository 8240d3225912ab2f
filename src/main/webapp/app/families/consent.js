// Consent to process the children's data: give it, or withdraw it after being told which children that erases.
import { t } from '../i18n.js';
import { h, field, act, dateTime } from '../ui.js';
import { consent as currentConsent, giveConsent, withdrawConsent } from './api.js';
import { withdrawalPlan } from './erasure.js';

/** The consent card, and whether consent stands (without it the API processes no children's data). */
export async function consentSection() {
  const consent = await currentConsent();
  const section = h('section', { id: 'consent', class: 'card' }, h('h2', {}, t('consent.title')));
  const status = h('div', { class: 'status' });
  if (consent.consented) {
    const withdraw = h('button', { type: 'button', class: 'secondary', id: 'withdraw-consent' }, t('consent.withdraw'));
    // Withdrawal erases children irreversibly: first say which, and what of theirs is cancelled, then ask again.
    withdraw.addEventListener('click', () => act(withdraw, status, async () => {
      status.replaceChildren(confirmWithdrawal(await withdrawalPlan(), status));
    }));
    section.append(h('p', {}, t('consent.given', { at: dateTime(consent.givenAt) })), withdraw, status);
    return { consented: true, section };
  }
  const box = h('input', { type: 'checkbox', id: 'consent-box', name: 'consent' });
  const give = h('button', { type: 'submit', id: 'give-consent' }, t('consent.give'));
  const form = h('form', {
    onsubmit: (e) => {
      e.preventDefault();
      if (!box.checked) {
        status.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('consent.mustTick')));
        return;
      }
      act(give, status, async () => {
        await giveConsent(consent.currentNoticeVersion);
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
    },
  }, h('p', {}, t('consent.text')), field(t('consent.agree', { v: consent.currentNoticeVersion }), box), give, status);
  section.append(form);
  return { consented: false, section };
}

function confirmWithdrawal(plan, status) {
  const erased = plan.filter((c) => c.erased);
  const kept = plan.filter((c) => !c.erased);
  const go = h('button', { type: 'button', class: 'danger', id: 'confirm-withdraw' }, t('consent.confirm.go'));
  const keep = h('button', { type: 'button', class: 'secondary', id: 'keep-consent' }, t('consent.confirm.keep'));
  const box = h('div', { id: 'withdraw-confirm', class: 'card warning', role: 'alertdialog',
    'aria-labelledby': 'withdraw-confirm-title' },
  h('p', { id: 'withdraw-confirm-title' }, h('strong', {}, erased.length
    ? t('consent.confirm.erase', { n: erased.length }) : t('consent.confirm.none'))),
  erased.length > 0 && h('ul', {}, erased.map((c) => h('li', { class: 'erased-child' }, t('consent.confirm.child', {
    name: c.maskedName, b: c.bookings, w: c.waitlist, v: c.visits, u: c.vouchers })))),
  kept.length > 0 && h('p', { class: 'muted' }, t('consent.confirm.kept', { names: kept.map((c) => c.maskedName)
    .join(t('listSeparator')) })),
  h('p', {}, t('consent.confirm.stop')),
  h('div', { class: 'actions' }, go, keep));
  keep.addEventListener('click', () => status.replaceChildren());
  go.addEventListener('click', () => act(go, status, async () => {
    await withdrawConsent();
    location.reload();
  }));
  return box;
}
