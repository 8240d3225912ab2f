// Health staff: filing review, voucher batches, and a dashboard of what the APIs can tell.
import { api, apiBlob } from '../api.js';
import { t } from '../i18n.js';
import { h, field, select, load, empty, act, notice, dateTime, thisMonth, chinaDateTime, chinaLocalIn, saveBlob, markInvalid } from '../ui.js';
import { settlementTable } from './facility.js';

export async function reviews(view) {
  const list = h('section', { id: 'pending' });
  view.replaceChildren(h('h2', {}, t('rev.title')), list);
  await load(list, async () => {
    const page = await api('/api/facility-reviews?size=50');
    if (!page.items.length) return empty(t('rev.empty'));
    return h('ul', { class: 'cards' }, page.items.map((p) => h('li', { class: 'card pending' },
      h('h3', {}, p.facilityName), h('p', {}, t(`app.kind.${p.kind}`), ' · ', t('rev.submittedAt', { at: dateTime(p.submittedAt) })),
      h('a', { class: 'button', href: `#/review/${p.facilityId}/${p.applicationId}` }, t('rev.open')))));
  });
}

function recordList(r) {
  const rows = [
    [t('fac.name'), r.name], [t('fac.creditCode'), r.creditCode], [t('fac.address'), r.address],
    [t('fac.registrationType'), r.registrationType && t(`reg.${r.registrationType}`)],
    [t('fac.serviceTypes'), (r.serviceTypes || []).map((s) => t(`service.${s.code}`)).join('、')],
    [t('fac.places'), r.places && `${r.places.total}（${t('fac.infant')} ${r.places.infant} · ${t('fac.toddler')} ${r.places.toddler} · ${t('fac.older')} ${r.places.older} · ${t('fac.mixed')} ${r.places.mixed}）`],
    [t('dir.affordable'), r.affordable ? t('yes') : t('no')], [t('dir.demonstration'), r.demonstration ? t('yes') : t('no')],
    [t('fac.servesMeals'), r.servesMeals ? t('yes') : t('no')], [t('fac.openingHours'), r.openingHours],
    [t('fac.contactPhone'), r.contactPhone],
  ].filter(([, v]) => v !== undefined);
  return h('dl', {}, rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v ?? '—')]));
}

export async function review(view, { facility: facilityId, application: applicationId }) {
  const body = h('section', { id: 'review' });
  view.replaceChildren(h('a', { href: '#/reviews', class: 'back' }, t('back')), body);
  await load(body, async () => {
    const [facility, application] = await Promise.all([api(`/api/facilities/${facilityId}`),
      api(`/api/facilities/${facilityId}/applications/${applicationId}`)]);
    const status = h('div', { class: 'status', id: 'decision-status' });
    const materials = h('ul', { class: 'rows' }, application.materials.map((m) => {
      const download = h('button', { type: 'button', class: 'secondary' }, t('app.download'));
      download.addEventListener('click', () => act(download, status, async () => {
        const blob = await apiBlob(`/api/facilities/${facilityId}/applications/${applicationId}/materials/${m.kind}`);
        saveBlob(blob, `${m.kind}.${m.contentType.split('/').pop()}`);
      }));
      return h('li', {}, h('strong', {}, t(`mat.${m.kind}`)), ' ', h('span', { class: 'muted' }, dateTime(m.uploadedAt)), ' ', download);
    }));
    const filingNumber = h('input', { name: 'filingNumber', maxlength: 60 });
    const reasons = h('textarea', { name: 'reasons', maxlength: 2000, rows: 3 });
    const hygiene = h('select', { name: 'hygieneEvaluation' }, ['', 'QUALIFIED', 'NOT_QUALIFIED'].map((v) =>
      h('option', { value: v }, v ? t(`hygiene.${v}`) : t('rev.hygiene.none'))));
    const approve = h('button', { type: 'button', id: 'approve' }, t('rev.approve'));
    const refuse = h('button', { type: 'button', id: 'refuse', class: 'danger' }, t('rev.refuse'));
    const decide = (button, outcome) => act(button, status, async () => {
      const decided = await api(`/api/facilities/${facilityId}/applications/${applicationId}/decision`, { method: 'POST',
        body: { outcome, filingNumber: filingNumber.value.trim() || null, reasons: reasons.value.trim() || null,
          hygieneEvaluation: hygiene.value || null } });
      decisionForm.replaceWith(h('p', { class: 'notice', id: 'decided' }, t('rev.decided', { s: t(`app.status.${decided.status}`) })));
    });
    approve.addEventListener('click', () => decide(approve, 'APPROVE'));
    refuse.addEventListener('click', () => decide(refuse, 'REFUSE'));
    const decisionForm = h('form', { onsubmit: (e) => e.preventDefault() },
      application.kind === 'FILING' && field(t('rev.filingNumber'), filingNumber),
      application.kind === 'FILING' && field(t('rev.hygiene'), hygiene), field(t('rev.reasons'), reasons),
      h('div', { class: 'actions' }, approve, refuse));
    return [h('h2', {}, facility.name, ' · ', t(`app.kind.${application.kind}`)),
      h('p', {}, h('span', { class: 'badge' }, t(`app.status.${application.status}`)), ' ',
        t('rev.submittedAt', { at: dateTime(application.submittedAt) })),
      recordList(facility),
      application.proposed && [h('h3', {}, t('rev.proposed')), recordList(application.proposed)],
      h('h3', {}, t('app.materials')), application.materials.length ? materials : empty(t('app.missing')),
      application.status === 'PENDING' ? decisionForm : '', status];
  });
}

// What health staff may do to a facility in each standing (the server says no to anything else).
const STANDING_ACTIONS = { FILED: ['SUSPEND', 'REVOKE'], SUSPENDED: ['REINSTATE', 'REVOKE'] };
const STANDINGS = ['FILED', 'SUSPENDED', 'NOT_FILED', 'REVOKED', 'DEREGISTERED'];

/** One facility of the district, with suspend / reinstate / revoke: a reason, then a confirmation. */
function districtFacilityCard(f, refresh) {
  const status = h('div', { class: 'status' });
  const actions = h('div', { class: 'actions' });
  const ask = (action) => {
    const reasons = h('textarea', { name: 'reasons', maxlength: 2000, rows: 3, required: true });
    const confirm = h('button', { type: 'submit', class: action === 'REINSTATE' ? '' : 'danger', 'data-confirm': action },
      t(`standing.confirm.${action}`));
    const cancel = h('button', { type: 'button', class: 'secondary' }, t('cancel'));
    const form = h('form', { class: 'standing-change', onsubmit: (e) => {
      e.preventDefault();
      act(confirm, status, async () => {
        const changed = await api(`/api/facilities/${f.id}/standing-decisions`, { method: 'POST',
          body: { action, reasons: reasons.value.trim() } });
        card.replaceWith(districtFacilityCard(changed, refresh));
        refresh(t('standing.changed', { name: changed.name, s: t(`standing.${changed.standing}`) }));
        return null;
      });
    } }, h('p', { class: 'warning' }, t(`standing.warn.${action}`, { name: f.name })),
    field(t('standing.reasons'), reasons), h('div', { class: 'actions' }, confirm, cancel));
    cancel.addEventListener('click', () => { form.remove(); actions.hidden = false; status.replaceChildren(); });
    actions.hidden = true;
    actions.after(form);
    reasons.focus();
  };
  (STANDING_ACTIONS[f.standing] || []).forEach((action) => actions.append(h('button', { type: 'button',
    class: action === 'REINSTATE' ? '' : 'danger', 'data-action': action, onclick: () => ask(action) },
  t(`standing.action.${action}`))));
  const card = h('li', { class: 'card district-facility', 'data-id': f.id, 'data-standing': f.standing },
    h('h3', {}, f.name, ' ', h('span', { class: f.standing === 'FILED' ? 'badge ok' : 'badge' }, t(`standing.${f.standing}`))),
    h('p', {}, f.address),
    f.filingNumber && h('p', { class: 'muted' }, t('dir.filing', { n: f.filingNumber })),
    h('p', { class: 'muted' }, h('a', { href: `#/district-facility/${f.id}/history` }, t('standing.history'))),
    actions, status);
  return card;
}

/** Health staff: every facility of the district, in any standing, paged and filtered by standing. */
export async function districtFacilities(view) {
  const standing = select('standing', [['', t('standing.all')], ...STANDINGS.map((s) => [s, t(`standing.${s}`)])], '');
  const said = h('div', { class: 'status', id: 'standing-status' });
  const results = h('section', { id: 'district-facilities' });
  const list = h('ul', { class: 'cards' });
  const tell = (message) => said.replaceChildren(notice(message));
  async function search(page, fresh) {
    const query = new URLSearchParams({ page, size: 20 });
    if (standing.value) query.set('standing', standing.value);
    if (fresh) {
      list.replaceChildren();
      said.replaceChildren();
    }
    await load(results, async () => {
      const result = await api(`/api/district-facilities?${query}`);
      result.items.forEach((f) => list.append(districtFacilityCard(f, tell)));
      if (result.total === 0) return empty(t('standing.empty'));
      return [h('p', { class: 'muted' }, t('dir.total', { n: result.total })), list,
        list.children.length < result.total && h('button', { type: 'button', class: 'secondary',
          onclick: () => search(page + 1, false) }, t('more'))];
    });
  }
  const form = h('form', { class: 'filters', onsubmit: (e) => { e.preventDefault(); search(0, true); } },
    field(t('fac.standing'), standing), h('button', { type: 'submit' }, t('dir.search')));
  view.replaceChildren(h('h2', {}, t('standing.title')), h('p', { class: 'muted' }, t('standing.text')), form, said,
    results);
  await search(0, true);
}

/** Health staff: every decision on one facility of the district. */
export async function facilityHistory(view, { id }) {
  const body = h('section', { id: 'facility-history' });
  view.replaceChildren(h('a', { href: '#/district-facilities', class: 'back' }, t('back')), body);
  await load(body, async () => {
    const [facility, history] = await Promise.all([api(`/api/facilities/${id}`), api(`/api/facilities/${id}/history`)]);
    return [h('h2', {}, facility.name, ' ', h('span', { class: 'badge' }, t(`standing.${facility.standing}`))),
      history.length ? h('ul', { class: 'rows' }, history.map((d) => h('li', {},
        h('strong', {}, t(`decision.${d.action}`)), ' · ', dateTime(d.decidedAt),
        d.hygieneEvaluation && h('p', { class: 'muted' }, t('rev.hygieneRead', { h: t(`hygiene.${d.hygieneEvaluation}`) })),
        d.reasons && h('p', {}, d.reasons))))
        : empty(t('standing.noHistory'))];
  });
}

const ACTION = (from, to) => (to === 'PUBLISHED' ? (from === 'PAUSED' ? 'batch.resume' : 'batch.publish')
  : to === 'PAUSED' ? 'batch.pause' : 'batch.close');

function batchCard(b, refresh) {
  const status = h('div', { class: 'status' });
  // the server says what the status may become (nextStatuses); no copy of the batch's life here
  const buttons = (b.nextStatuses || []).map((to) => {
    const button = h('button', { type: 'button', class: to === 'CLOSED' ? 'danger' : '', 'data-to': to }, t(ACTION(b.status, to)));
    button.addEventListener('click', () => act(button, status, async () => {
      await api(`/api/voucher-batches/${b.id}/status`, { method: 'PUT', body: { status: to } });
      refresh();
    }));
    return button;
  });
  const quantity = h('input', { type: 'number', name: 'quantity', min: 1, value: b.quantity, inputmode: 'numeric' });
  const setQuantity = h('button', { type: 'submit', class: 'secondary' }, t('batch.setQuantity'));
  const quantityForm = b.status !== 'CLOSED' && h('form', {
    class: 'inline',
    onsubmit: (e) => {
      e.preventDefault();
      act(setQuantity, status, async () => {
        await api(`/api/voucher-batches/${b.id}/quantity`, { method: 'PUT', body: { quantity: +quantity.value } });
        refresh();
      });
    },
  }, field(t('batch.quantity'), quantity), setQuantity);
  return h('li', { class: 'card batch', 'data-status': b.status, 'data-name': b.name },
    h('h3', {}, b.name, ' ', h('span', { class: 'badge' }, t(`batch.status.${b.status}`))),
    h('p', {}, t('batch.funnel', { q: b.quantity, i: b.issued, r: b.redeemed, e: b.expired })),
    h('p', { class: 'muted' }, t('batch.terms', { h: b.careHours ?? '—', from: dateTime(b.claimClosesAt), until: dateTime(b.validUntil) })),
    h('div', { class: 'actions' }, buttons), quantityForm, status);
}

function batchForm(refresh) {
  const input = (name, attrs) => h('input', { name, ...attrs });
  const c = {
    name: input('name', { required: true, maxlength: 100 }),
    careHours: input('careHours', { type: 'number', step: '0.5', min: '0.5', max: '24', value: '2' }),
    faceValue: input('faceValue', { type: 'number', step: '0.01', min: '0', value: '100' }),
    quantity: input('quantity', { type: 'number', min: 1, required: true, value: '100' }),
    perChildLimit: input('perChildLimit', { type: 'number', min: 1, max: 100, required: true, value: '1' }),
    minAge: input('minAgeMonths', { type: 'number', min: 0, max: 36, required: true, value: '13' }),
    maxAge: input('maxAgeMonths', { type: 'number', min: 0, max: 36, required: true, value: '36' }),
    allHourly: input('allHourlyFacilities', { type: 'checkbox', checked: true }),
    opens: input('claimOpensAt', { type: 'datetime-local', required: true, value: chinaLocalIn(0) }),
    closes: input('claimClosesAt', { type: 'datetime-local', required: true, value: chinaLocalIn(30) }),
    validUntil: input('validUntil', { type: 'datetime-local', required: true, value: chinaLocalIn(60) }),
    reserves: input('reservesEntitlement', { type: 'checkbox' }),
  };
  const create = h('button', { type: 'submit' }, t('batch.create'));
  const status = h('div', { class: 'status' });
  const form = h('form', {
    id: 'batch-form',
    onsubmit: (e) => {
      e.preventDefault();
      act(create, status, async () => {
        const batch = await markInvalid(form, () => api('/api/voucher-batches', { method: 'POST', body: {
          name: c.name.value.trim(), careHours: c.careHours.value ? Number(c.careHours.value) : null,
          faceValueCents: c.faceValue.value ? Math.round(Number(c.faceValue.value) * 100) : null,
          quantity: +c.quantity.value, perChildLimit: +c.perChildLimit.value, minAgeMonths: +c.minAge.value,
          maxAgeMonths: +c.maxAge.value, allHourlyFacilities: c.allHourly.checked, facilityIds: [],
          claimOpensAt: chinaDateTime(c.opens.value), claimClosesAt: chinaDateTime(c.closes.value),
          validUntil: chinaDateTime(c.validUntil.value), reservesEntitlement: c.reserves.checked } }),
        { faceValueCents: 'faceValue' });
        sessionStorage.setItem('flash', t('batch.created', { name: batch.name }));
        refresh();
      });
    },
  }, h('h2', {}, t('batch.new')), field(t('batch.name'), c.name), field(t('batch.careHours'), c.careHours),
  field(t('batch.faceValue'), c.faceValue), field(t('batch.quantity'), c.quantity),
  field(t('batch.perChild'), c.perChildLimit), field(t('batch.minAge'), c.minAge), field(t('batch.maxAge'), c.maxAge),
  field(t('batch.allHourly'), c.allHourly), field(t('batch.opens'), c.opens), field(t('batch.closes'), c.closes),
  field(t('batch.validUntil'), c.validUntil), field(t('batch.reserves'), c.reserves), create, status);
  return h('section', { class: 'card' }, form);
}

export async function batches(view) {
  const flash = sessionStorage.getItem('flash');
  sessionStorage.removeItem('flash');
  const list = h('section', { id: 'batches' });
  const refresh = () => batches(view);
  view.replaceChildren(h('h2', {}, t('batch.title')), flash ? notice(flash) : '', list, batchForm(refresh));
  await load(list, async () => {
    const all = await api('/api/voucher-batches');
    return all.length ? h('ul', { class: 'cards' }, all.map((b) => batchCard(b, refresh))) : empty(t('batch.empty'));
  });
}

/** A horizontal bar chart in SVG: rows of [label, [value, colour class, legend]...], one bar per value. */
function barChart(id, title, rows, legend) {
  const max = Math.max(1, ...rows.flatMap(([, bars]) => bars.map((b) => b[0])));
  const barHeight = 14;
  const rowHeight = (rows[0] ? rows[0][1].length : 1) * (barHeight + 2) + 22;
  const width = 340;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${Math.max(rowHeight * rows.length, 20)}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${id}-title`);
  svg.setAttribute('id', id);
  const add = (tag, attrs, text) => {
    const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
    Object.entries(attrs).forEach(([k, v]) => el.setAttribute(k, v));
    if (text !== undefined) el.textContent = text;
    return el;
  };
  svg.append(add('title', { id: `${id}-title` }, title));
  rows.forEach(([label, bars], r) => {
    const top = r * rowHeight;
    svg.append(add('text', { x: 0, y: top + 14, class: 'label' }, label));
    bars.forEach(([value, css, name], b) => {
      const y = top + 20 + b * (barHeight + 2);
      const w = Math.max(1, Math.round((value / max) * (width - 80)));
      const bar = add('rect', { x: 0, y, width: w, height: barHeight, class: css });
      bar.append(add('title', {}, `${name}: ${value}`));
      svg.append(bar, add('text', { x: w + 4, y: y + barHeight - 3, class: 'value' }, `${value}`));
    });
  });
  return h('figure', { class: 'chart' }, h('figcaption', {}, title), svg,
    legend && h('ul', { class: 'legend' }, legend.map(([css, name]) => h('li', {}, h('span', { class: `swatch ${css}` }), name))));
}

export async function dashboard(view, params, me) {
  const funnel = h('section', { id: 'funnel' });
  const facilities = h('section', { id: 'by-facility' });
  const places = h('section', { id: 'places' });
  const coverage = h('section', { id: 'coverage' });
  const month = thisMonth();
  view.replaceChildren(h('h2', {}, t('dash.title')), coverage, funnel, facilities, places);
  const legend = [['s1', t('dash.issued')], ['s2', t('dash.claimed')], ['s3', t('dash.redeemed')], ['s4', t('dash.expired')]];
  await Promise.all([
    load(funnel, async () => {
      const all = await api('/api/voucher-batches');
      if (!all.length) return [h('h3', {}, t('dash.funnel')), empty(t('batch.empty'))];
      return barChart('funnel-chart', t('dash.funnel'), all.map((b) => [b.name, [[b.quantity, 's1', legend[0][1]],
        [b.issued, 's2', legend[1][1]], [b.redeemed, 's3', legend[2][1]], [b.expired, 's4', legend[3][1]]]]), legend);
    }),
    load(facilities, async () => {
      const lines = await api(`/api/settlements?month=${month}`);
      const title = t('dash.byFacility', { m: month });
      if (!lines.length) return [h('h3', {}, title), empty(t('set.empty'))];
      const byFacility = {};
      lines.forEach((l) => { byFacility[l.facilityName] = (byFacility[l.facilityName] || 0) + l.redemptions; });
      return [barChart('facility-chart', title, Object.entries(byFacility).map(([name, n]) => [name, [[n, 's3', t('dash.redeemed')]]])),
        settlementTable(lines, true)];
    }),
    load(coverage, async () => {
      const lines = await api(`/api/districts/${me.district}/coverage`);
      if (!lines.length) return [h('h3', {}, t('dash.coverage')), empty(t('cov.none'))];
      const kind = (l) => t(`cov.${l.serviceKind}`, { from: l.ageFromMonths, to: l.ageToMonths });
      const covLegend = [['s1', t('cov.eligible')], ['s4', t('cov.reserved')], ['s2', t('cov.served')],
        ['s3', t('cov.full')]];
      const rows = lines.map((l) => [kind(l), [[l.eligibleChildren, 's1', covLegend[0][1]],
        [l.childrenWithReserved, 's4', covLegend[1][1]], [l.childrenServed, 's2', covLegend[2][1]],
        [l.childrenFullyServed, 's3', covLegend[3][1]]]]);
      return [barChart('coverage-chart', t('dash.coverage'), rows, covLegend),
        h('p', { class: 'muted small' }, t('cov.explain')),
        h('ul', { class: 'muted small', id: 'coverage-shares' },
          lines.map((l) => h('li', { 'data-kind': l.serviceKind }, t('cov.share', { kind: kind(l), p: Math.round(l.share * 100) }),
            ' ', t('cov.sessions', { r: l.sessionsReserved, c: l.sessionsConsumed }))))];
    }),
    load(places, async () => {
      const all = await api('/api/places-per-thousand');
      const mine = all.filter((d) => d.districtCode === me.district);
      const shown = mine.length ? mine : all;
      const rows = shown.map((d) => [`${d.districtName}${d.population ? '' : t('dash.noPopulation')}`,
        [[Number(d.placesPerThousand || 0), 's3', t('dash.now')],
          ...d.targets.map((target) => [Number(target.placesPerThousand), 's1', t('dash.target', { y: target.year })])]]);
      const sources = shown.flatMap((d) => d.targets.map((target) => h('li', {}, `${d.districtName} ${t('dash.target', { y: target.year })}：${target.placesPerThousand} — ${target.source}`)));
      return [barChart('places-chart', t('dash.places'), rows, [['s3', t('dash.now')], ['s1', t('dash.target', { y: '' }).trim()]]),
        h('ul', { class: 'muted small' }, sources)];
    }),
  ]);
}
