// What a child may use (granted, remaining, the rule that grants it) and the ledger of what was used, as cards and
// rows for the child's page and the family's history.
import { t } from '../i18n.js';
import { h, empty, date, dateTime } from '../ui.js';

export function entitlementCard(e, districtName) {
  const rule = e.grantedBy;
  return h('li', { class: 'card entitlement' },
    h('h3', {}, t(`kind.${e.serviceKind}`)),
    h('p', { class: 'big' }, t('ent.remaining', { r: e.remaining, g: e.granted })),
    h('meter', { min: 0, max: e.granted, value: e.remaining, 'aria-label': t('ent.remaining', { r: e.remaining, g: e.granted }) }),
    h('p', {}, t('ent.window', { from: date(e.windowStart), to: date(e.validUntil) })),
    h('p', { class: 'muted' }, t('ent.why', { district: districtName(rule.districtCode), v: rule.version, from: date(rule.effectiveFrom),
      a: rule.ageFromMonths, b: rule.ageToMonths, w: t(`window.${rule.window}`), n: rule.sessions })));
}

export function ledgerList(entries) {
  if (!entries.length) return empty(t('ledger.empty'));
  return h('ul', { class: 'rows' }, entries.map((e) => h('li', {},
    h('strong', {}, `${t(`kind.${e.serviceKind}`)} · ${t(`reason.${e.reason}`)}`), ' ',
    h('span', { class: 'badge' }, t(`ledger.state.${e.state}`)), ' ',
    h('span', { class: 'muted' }, dateTime(e.consumedAt || e.releasedAt || e.reservedAt)))));
}
