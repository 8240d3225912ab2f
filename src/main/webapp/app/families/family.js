// #/family: a parent's children, consent, registering a child, and accepting a second guardian's invitation.
import { t } from '../i18n.js';
import { h, field, select, load, empty, act, notice, date } from '../ui.js';
import { districts as allDistricts } from '../districts/api.js';
import { children, register } from './api.js';
import { consentSection } from './consent.js';
import { acceptForm } from './invitations.js';

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
        const child = await register({
          name: name.value.trim(), sex: sex.value, birthDate: birthDate.value, documentKind: documentKind.value,
          documentNumber: documentNumber.value.trim(), districtCode: district.value, relation: relation.value });
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
  const section = h('section', { id: 'children' });
  view.replaceChildren(h('h2', {}, t('children.title')), flash ? notice(flash) : '', section);
  await load(section, async () => {
    const consent = await consentSection();
    // Without consent the API processes no children's data at all, so there is nothing to list.
    const [mine, districts] = consent.consented ? await Promise.all([children(), allDistricts()])
      : [[], []];
    const list = mine.length ? h('ul', { class: 'cards' }, mine.map(childCard)) : empty(t('children.empty'));
    return [list, consent.section, consent.consented && registerForm(districts), consent.consented && acceptForm()];
  });
}
