// #/facility: the facility's record (editable as far as its standing allows) and its filing applications, with the
// materials to upload and the submission for review.
import { t } from '../i18n.js';
import { h, field, select, load, empty, act, notice, dateTime } from '../ui.js';
import { applications as applicationsOf, facility as facilityOf, openApplication, saveFacility, submitApplication,
  uploadMaterial } from './api.js';

const MATERIALS = ['business-licence', 'premises-proof', 'staff-certificates', 'hygiene-evaluation', 'fire-safety',
  'food-licence'];

function recordForm(f) {
  const input = (name, value, attrs = {}) => h('input', { name, value: value ?? '', ...attrs });
  const number = (name, value) => input(name, value, { type: 'number', min: 0, inputmode: 'numeric' });
  const check = (name, value) => h('input', { type: 'checkbox', name, checked: !!value });
  const c = {
    name: input('name', f.name, { required: true, maxlength: 200 }),
    creditCode: input('creditCode', f.creditCode, { required: true, maxlength: 18 }),
    address: input('address', f.address, { required: true, maxlength: 300 }),
    districtCode: input('districtCode', f.districtCode, { required: true, pattern: '[0-9]{6}', inputmode: 'numeric' }),
    registrationType: select('registrationType', ['PUBLIC_NON_PROFIT', 'PRIVATE_NON_PROFIT', 'FOR_PROFIT']
      .map((r) => [r, t(`reg.${r}`)]), f.registrationType),
    infant: number('infant', f.places?.infant ?? 0),
    toddler: number('toddler', f.places?.toddler ?? 0),
    older: number('older', f.places?.older ?? 0),
    mixed: number('mixed', f.places?.mixed ?? 0),
    affordable: check('affordable', f.affordable),
    demonstration: check('demonstration', f.demonstration),
    qualityGrade: input('qualityGrade', f.qualityGrade, { maxlength: 20 }),
    openingHours: input('openingHours', f.openingHours, { maxlength: 200 }),
    contactPhone: input('contactPhone', f.contactPhone, { type: 'tel', maxlength: 20 }),
    servesMeals: check('servesMeals', f.servesMeals),
  };
  const types = ['FULL_DAY', 'HALF_DAY', 'HOURLY', 'OCCASIONAL'].map((s) => [s,
    h('input', { type: 'checkbox', name: 'serviceTypes', value: s, checked: (f.serviceTypes || []).some((x) => x.code === s) })]);
  const body = () => ({
    name: c.name.value.trim(), creditCode: c.creditCode.value.trim(), address: c.address.value.trim(),
    districtCode: c.districtCode.value.trim(), registrationType: c.registrationType.value,
    serviceTypes: types.filter(([, box]) => box.checked).map(([s]) => s),
    places: { infant: +c.infant.value, toddler: +c.toddler.value, older: +c.older.value, mixed: +c.mixed.value },
    affordable: c.affordable.checked, demonstration: c.demonstration.checked, qualityGrade: c.qualityGrade.value,
    openingHours: c.openingHours.value, contactPhone: c.contactPhone.value, servesMeals: c.servesMeals.checked,
  });
  const fields = [field(t('fac.name'), c.name), field(t('fac.creditCode'), c.creditCode),
    field(t('fac.address'), c.address), field(t('fac.district'), c.districtCode),
    field(t('fac.registrationType'), c.registrationType),
    h('fieldset', {}, h('legend', {}, t('fac.serviceTypes')), types.map(([s, box]) => field(t(`service.${s}`), box))),
    h('fieldset', {}, h('legend', {}, t('fac.places')), field(t('fac.infant'), c.infant),
      field(t('fac.toddler'), c.toddler), field(t('fac.older'), c.older), field(t('fac.mixed'), c.mixed)),
    field(t('dir.affordable'), c.affordable), field(t('dir.demonstration'), c.demonstration),
    field(t('fac.qualityGrade'), c.qualityGrade), field(t('fac.openingHours'), c.openingHours),
    field(t('fac.contactPhone'), c.contactPhone), field(t('fac.servesMeals'), c.servesMeals)];
  return { fields, body };
}

function applicationCard(facilityId, a, refresh) {
  const editable = a.status === 'DRAFT';
  const status = h('div', { class: 'status' });
  const uploaded = Object.fromEntries(a.materials.map((m) => [m.kind, m]));
  const rows = MATERIALS.map((kind) => {
    const m = uploaded[kind];
    const row = h('li', { class: 'material', 'data-kind': kind }, h('strong', {}, t(`mat.${kind}`)), ' ',
      h('span', { class: m ? 'badge ok' : 'badge' }, m ? t('app.uploaded', { size: Math.ceil(m.sizeBytes / 1024) })
        : t('app.missing')));
    if (editable) {
      const file = h('input', { type: 'file', name: kind, accept: 'application/pdf,image/jpeg,image/png' });
      file.addEventListener('change', () => {
        const chosen = file.files[0];
        if (!chosen) return;
        act(file, status, async () => {
          await uploadMaterial(facilityId, a.id, kind, chosen);
          refresh();
        });
      });
      row.append(field(t('app.upload'), file));
    }
    return row;
  });
  const submit = editable && h('button', { type: 'button', class: 'submit-application' }, t('app.submit'));
  if (submit) {
    submit.addEventListener('click', () => act(submit, status, async () => {
      await submitApplication(facilityId, a.id);
      sessionStorage.setItem('flash', t('app.submitted'));
      refresh();
    }));
  }
  return h('li', { class: 'card application', 'data-status': a.status },
    h('h3', {}, t(`app.kind.${a.kind}`), ' ', h('span', { class: 'badge' }, t(`app.status.${a.status}`))),
    h('p', { class: 'muted' }, dateTime(a.submittedAt || a.createdAt)),
    a.reasons && h('p', {}, t('app.reasons', { r: a.reasons })),
    h('h4', {}, t('app.materials')), h('ul', { class: 'rows' }, rows), submit, status);
}

/** The facility's record (editable as far as its standing allows) and its filing applications with uploads. */
export async function record(view, params, me) {
  const id = me.facilityId;
  const flash = sessionStorage.getItem('flash');
  sessionStorage.removeItem('flash');
  const recordSection = h('section', { id: 'record' });
  const applications = h('section', { id: 'applications' });
  const refresh = () => record(view, params, me);
  view.replaceChildren(h('h2', {}, t('fac.title')), flash ? notice(flash) : '', recordSection,
    h('h2', {}, t('app.title')), applications);
  let facility = null;
  await load(recordSection, async () => {
    facility = await facilityOf(id).catch((e) => {
      if (e.status === 404) return { id, standing: 'NOT_FILED', serviceTypes: [], places: {} };
      throw e;
    });
    const { fields, body } = recordForm(facility);
    const save = h('button', { type: 'submit' }, t('save'));
    const status = h('div', { class: 'status' });
    const form = h('form', {
      id: 'record-form',
      onsubmit: (e) => {
        e.preventDefault();
        act(save, status, async () => {
          await saveFacility(id, body());
          return t('saved');
        });
      },
    }, h('p', {}, `${t('fac.standing')}：`, h('strong', { id: 'standing' }, t(`standing.${facility.standing}`)),
      facility.filingNumber ? ` · ${t('dir.filing', { n: facility.filingNumber })}` : ''),
    facility.standing !== 'NOT_FILED' && h('p', { class: 'hint' }, t('fac.afterFiling')), ...fields, save, status);
    const filing = facility.standing === 'NOT_FILED';
    const open = h('button', { type: 'button', id: 'new-application', class: 'secondary' },
      filing ? t('app.newFiling') : t('app.newChange'));
    open.addEventListener('click', () => act(open, status, async () => {
      await openApplication(id, filing ? { kind: 'FILING' } : { kind: 'CHANGE', change: body() });
      refresh();
    }));
    return [form, open];
  });
  await load(applications, async () => {
    const list = await applicationsOf(id).catch((e) => {
      if (e.status === 404) return [];
      throw e;
    });
    return list.length ? h('ul', { class: 'cards' }, list.map((a) => applicationCard(id, a, refresh)))
      : empty(t('app.empty'));
  });
}
