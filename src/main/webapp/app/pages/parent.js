// Parents: consent, children, each child's entitlements and vouchers to claim, the voucher to show, history.
import { api, apiBlob } from '../api.js';
import { t } from '../i18n.js';
import { h, field, select, load, empty, act, notice, errorBox, date, dateTime } from '../ui.js';

async function consentSection() {
  const consent = await api('/api/consents/children-data');
  const section = h('section', { id: 'consent', class: 'card' }, h('h2', {}, t('consent.title')));
  const status = h('div', { class: 'status' });
  if (consent.consented) {
    const withdraw = h('button', { type: 'button', class: 'secondary', id: 'withdraw-consent' }, t('consent.withdraw'));
    withdraw.addEventListener('click', () => act(withdraw, status, async () => {
      await api('/api/consents/children-data', { method: 'DELETE' });
      location.reload();
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
        await api('/api/consents/children-data', { method: 'PUT',
          body: { noticeVersion: consent.currentNoticeVersion } });
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
    },
  }, h('p', {}, t('consent.text')), field(t('consent.agree', { v: consent.currentNoticeVersion }), box), give, status);
  section.append(form);
  return { consented: false, section };
}

function registerForm(districts) {
  const name = h('input', { name: 'name', required: true, maxlength: 50, autocomplete: 'off' });
  const sex = select('sex', [['FEMALE', t('sex.FEMALE')], ['MALE', t('sex.MALE')]], 'FEMALE');
  const birthDate = h('input', { type: 'date', name: 'birthDate', required: true });
  const documentKind = select('documentKind', [['RESIDENT_ID', t('doc.RESIDENT_ID')],
    ['BIRTH_CERTIFICATE', t('doc.BIRTH_CERTIFICATE')]], 'RESIDENT_ID');
  const documentNumber = h('input', { name: 'documentNumber', required: true, maxlength: 32, autocomplete: 'off' });
  const district = select('districtCode', districts.map((d) => [d.code, `${d.name}（${d.code}）`]),
    districts.length ? districts[0].code : '');
  const relation = select('relation', ['MOTHER', 'FATHER', 'GRANDPARENT', 'OTHER_GUARDIAN']
    .map((r) => [r, t(`relation.${r}`)]), 'MOTHER');
  const submit = h('button', { type: 'submit' }, t('children.register'));
  const status = h('div', { class: 'status' });
  const form = h('form', {
    id: 'register-child',
    onsubmit: (e) => {
      e.preventDefault();
      act(submit, status, async () => {
        const child = await api('/api/children', { method: 'POST', body: {
          name: name.value.trim(), sex: sex.value, birthDate: birthDate.value, documentKind: documentKind.value,
          documentNumber: documentNumber.value.trim(), districtCode: district.value, relation: relation.value } });
        sessionStorage.setItem('flash', t('child.registered', { name: child.name }));
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
    },
  }, h('h2', {}, t('children.register')), field(t('child.name'), name), field(t('child.sex'), sex),
  field(t('child.birthDate'), birthDate), field(t('child.documentKind'), documentKind),
  field(t('child.documentNumber'), documentNumber), field(t('child.district'), district),
  field(t('child.relation'), relation), submit, status);
  return h('section', { class: 'card' }, form);
}

function childCard(c) {
  return h('li', { class: 'card child' },
    h('h3', {}, c.name),
    h('p', {}, `${t(`sex.${c.sex}`)} · ${t('months', { n: c.ageInMonths })} · ${date(c.birthDate)}`),
    h('p', { class: 'muted' }, `${t(`doc.${c.documentKind}`)} ${c.documentNumber}`),
    h('a', { class: 'button', href: `#/child/${c.id}` }, t('child.open')));
}

export async function family(view) {
  const flash = sessionStorage.getItem('flash');
  sessionStorage.removeItem('flash');
  const children = h('section', { id: 'children' });
  view.replaceChildren(h('h2', {}, t('children.title')), flash ? notice(flash) : '', children);
  await load(children, async () => {
    const consent = await consentSection();
    // Without consent the API processes no children's data at all, so there is nothing to list.
    const [mine, districts] = consent.consented ? await Promise.all([api('/api/children'), api('/api/districts')])
      : [[], []];
    const list = mine.length ? h('ul', { class: 'cards' }, mine.map(childCard)) : empty(t('children.empty'));
    return [list, consent.section, consent.consented && registerForm(districts)];
  });
}

function entitlementCard(e) {
  const rule = e.grantedBy;
  return h('li', { class: 'card entitlement' },
    h('h3', {}, t(`kind.${e.serviceKind}`)),
    h('p', { class: 'big' }, t('ent.remaining', { r: e.remaining, g: e.granted })),
    h('meter', { min: 0, max: e.granted, value: e.remaining, 'aria-label': t('ent.remaining', { r: e.remaining, g: e.granted }) }),
    h('p', {}, t('ent.window', { from: date(e.windowStart), to: date(e.validUntil) })),
    h('p', { class: 'muted' }, t('ent.why', { district: rule.districtCode, v: rule.version, from: date(rule.effectiveFrom),
      a: rule.ageFromMonths, b: rule.ageToMonths, w: t(`window.${rule.window}`), n: rule.sessions })));
}

function batchCard(batch, childId, status) {
  const claim = h('button', { type: 'button' }, t('claim.button'));
  claim.addEventListener('click', () => act(claim, status, async () => {
    const voucher = await api('/api/vouchers', { method: 'POST', body: { batchId: batch.id, childId } });
    location.hash = `#/voucher/${voucher.id}`;
    return t('claim.done', { name: batch.name });
  }));
  return h('li', { class: 'card batch' }, h('h3', {}, batch.name),
    h('p', {}, t('batch.terms', { h: batch.careHours ?? '—', from: dateTime(batch.claimClosesAt),
      until: dateTime(batch.validUntil) })),
    h('p', { class: 'muted' }, t('claim.left', { n: batch.remaining })), claim);
}

function ledgerList(entries) {
  if (!entries.length) return empty(t('ledger.empty'));
  return h('ul', { class: 'rows' }, entries.map((e) => h('li', {},
    h('strong', {}, `${t(`kind.${e.serviceKind}`)} · ${t(`reason.${e.reason}`)}`), ' ',
    h('span', { class: 'badge' }, t(`ledger.state.${e.state}`)), ' ',
    h('span', { class: 'muted' }, dateTime(e.consumedAt || e.releasedAt || e.reservedAt)))));
}

export async function child(view, { id }) {
  const entitlements = h('section', { id: 'entitlements' });
  const batches = h('section', { id: 'claimable' });
  const ledger = h('section', { id: 'ledger' });
  const title = h('h2', {}, '');
  view.replaceChildren(h('a', { href: '#/family', class: 'back' }, t('back')), title, entitlements,
    h('h2', {}, t('claim.title')), batches, h('h2', {}, t('ledger.title')), ledger);
  const kid = await api(`/api/children/${id}`).catch((e) => { view.replaceChildren(errorBox(e)); return null; });
  if (!kid) return;
  title.textContent = t('ent.title', { name: kid.name });
  await Promise.all([
    load(entitlements, async () => {
      const list = await api(`/api/children/${id}/entitlements`);
      return list.length ? h('ul', { class: 'cards' }, list.map(entitlementCard)) : empty(t('ent.empty'));
    }),
    load(batches, async () => {
      const open = await api(`/api/voucher-batches/open?childId=${encodeURIComponent(id)}`);
      const status = h('div', { class: 'status' });
      if (!open.length) return empty(t('claim.empty'));
      return [h('ul', { class: 'cards' }, open.map((b) => batchCard(b, id, status))), status];
    }),
    load(ledger, async () => ledgerList(await api(`/api/children/${id}/entitlements/ledger`))),
  ]);
}

function voucherCard(v, names) {
  return h('li', { class: `card voucher ${v.state.toLowerCase()}` },
    h('h3', {}, v.batchName),
    h('p', {}, names[v.childId] || '', ' ', h('span', { class: 'badge' }, t(`voucher.state.${v.state}`))),
    h('p', { class: 'muted' }, t('voucher.claimedAt', { at: dateTime(v.claimedAt) }), ' · ',
      t('voucher.validUntil', { at: dateTime(v.validUntil) })),
    v.state === 'CLAIMED' && h('a', { class: 'button', href: `#/voucher/${v.id}` }, t('vouchers.show')));
}

async function childNames() {
  const kids = await api('/api/children');
  return Object.fromEntries(kids.map((k) => [k.id, k.name]));
}

export async function vouchers(view) {
  const list = h('section', { id: 'voucher-list' });
  view.replaceChildren(h('h2', {}, t('vouchers.title')), list);
  await load(list, async () => {
    const [mine, names] = await Promise.all([api('/api/vouchers'), childNames()]);
    const usable = mine.filter((v) => v.state === 'CLAIMED');
    return usable.length ? h('ul', { class: 'cards' }, usable.map((v) => voucherCard(v, names)))
      : empty(t('vouchers.empty'));
  });
}

/** The voucher full-screen: the rotating QR code (renewed before it stops being valid) and the manual code. */
export async function voucher(view, { id }) {
  const v = await api(`/api/vouchers/${id}`);
  if (v.state !== 'CLAIMED') {
    view.replaceChildren(h('p', { class: 'error', role: 'alert' },
      t('voucher.notUsable', { state: t(`voucher.state.${v.state}`) })), h('a', { href: '#/vouchers' }, t('back')));
    return undefined;
  }
  const image = h('img', { id: 'voucher-qr', alt: t('voucher.qr'), width: 300, height: 300 });
  const manual = h('output', { id: 'manual-code', 'aria-label': t('voucher.manual') });
  const hint = h('p', { class: 'muted' });
  const status = h('div', { class: 'status' });
  view.replaceChildren(h('section', { class: 'fullscreen' },
    h('h2', {}, v.batchName),
    h('div', { class: 'qr' }, image),
    h('p', {}, t('voucher.manual'), h('br'), manual),
    hint, h('p', {}, t('voucher.validUntil', { at: dateTime(v.validUntil) })), status,
    h('a', { href: '#/vouchers', class: 'back' }, t('back'))));
  document.body.classList.add('presenting');
  let timer = null;
  let stopped = false;
  let url = null;
  async function refresh() {
    try {
      const code = await api(`/api/vouchers/${id}/code`);
      const png = await apiBlob(`/api/vouchers/${id}/code.png`);
      if (stopped) return;
      if (url) URL.revokeObjectURL(url);
      url = URL.createObjectURL(png);
      image.src = url;
      manual.textContent = code.manualCode;
      hint.textContent = t('voucher.refresh', { n: code.refreshAfterSeconds });
      status.replaceChildren();
      // Renew at the rotation step, and in any case well before the code stops being accepted.
      const untilInvalid = new Date(code.validUntil).getTime() - Date.now() - 10000;
      const next = Math.max(2000, Math.min(code.refreshAfterSeconds * 1000, untilInvalid));
      view.dataset.codeValidUntil = code.validUntil;
      timer = setTimeout(refresh, next);
    } catch (e) {
      if (stopped) return;
      status.replaceChildren(errorBox(e));
      timer = setTimeout(refresh, 5000);
    }
  }
  await refresh();
  return () => {
    stopped = true;
    clearTimeout(timer);
    document.body.classList.remove('presenting');
    if (url) URL.revokeObjectURL(url);
  };
}

export async function history(view) {
  const vouchersSection = h('section', { id: 'voucher-history' });
  const ledgers = h('section', { id: 'ledgers' });
  view.replaceChildren(h('h2', {}, t('history.title')), h('h3', {}, t('history.vouchers')), vouchersSection, ledgers);
  await Promise.all([
    load(vouchersSection, async () => {
      const [mine, names] = await Promise.all([api('/api/vouchers'), childNames()]);
      return mine.length ? h('ul', { class: 'cards' }, mine.map((v) => voucherCard(v, names))) : empty(t('noneYet'));
    }),
    load(ledgers, async () => {
      const kids = await api('/api/children');
      const parts = await Promise.all(kids.map(async (k) => [h('h3', {}, `${k.name} · ${t('ledger.title')}`),
        ledgerList(await api(`/api/children/${k.id}/entitlements/ledger`))]));
      return parts.flat();
    }),
  ]);
}
