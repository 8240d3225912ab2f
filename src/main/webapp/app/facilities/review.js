// #/review/:facility/:application: health staff read an application beside the facility's record, download its
// materials, and approve or refuse it.
import { t } from '../i18n.js';
import { h, field, load, empty, act, dateTime, saveBlob } from '../ui.js';
import { application as applicationOf, decide as recordDecision, facility as facilityOf, material } from './api.js';

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
    const [facility, application] = await Promise.all([facilityOf(facilityId),
      applicationOf(facilityId, applicationId)]);
    const status = h('div', { class: 'status', id: 'decision-status' });
    const materials = h('ul', { class: 'rows' }, application.materials.map((m) => {
      const download = h('button', { type: 'button', class: 'secondary' }, t('app.download'));
      download.addEventListener('click', () => act(download, status, async () => {
        const blob = await material(facilityId, applicationId, m.kind);
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
      const decided = await recordDecision(facilityId, applicationId, { outcome, filingNumber: filingNumber.value.trim() || null,
        reasons: reasons.value.trim() || null, hygieneEvaluation: hygiene.value || null });
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
