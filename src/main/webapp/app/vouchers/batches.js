// #/batches: the district's voucher batches with their funnel; publish, pause, resume or close one as the server
// allows (nextStatuses), change its quantity, create a new one (first come, or a lottery with its draw time); a lottery
// batch shows its commitment, its applications and, once drawn, how its offers stand.
import { t } from '../i18n.js';
import { h, field, load, empty, act, notice, dateTime, chinaDateTime, chinaLocalIn, markInvalid, select } from '../ui.js';
import { batches as batchesOf, createBatch, setBatchQuantity, setBatchStatus, batchLottery } from './api.js';

const ACTION = (from, to) => (to === 'PUBLISHED' ? (from === 'PAUSED' ? 'batch.resume' : 'batch.publish')
  : to === 'PAUSED' ? 'batch.pause' : 'batch.close');

function batchCard(b, refresh) {
  const status = h('div', { class: 'status' });
  // the server says what the status may become (nextStatuses); no copy of the batch's life here
  const buttons = (b.nextStatuses || []).map((to) => {
    const button = h('button', { type: 'button', class: to === 'CLOSED' ? 'danger' : '', 'data-to': to }, t(ACTION(b.status, to)));
    button.addEventListener('click', () => act(button, status, async () => {
      await setBatchStatus(b.id, to);
      refresh();
    }));
    return button;
  });
  const quantity = h('input', { type: 'number', name: 'quantity', min: 1, value: b.quantity, inputmode: 'numeric' });
  const setQuantity = h('button', { type: 'submit', class: 'secondary' }, t('batch.setQuantity'));
  // the server says whether the quantity may still change (mayResize)
  const quantityForm = b.mayResize && h('form', {
    class: 'inline',
    onsubmit: (e) => {
      e.preventDefault();
      act(setQuantity, status, async () => {
        await setBatchQuantity(b.id, +quantity.value);
        refresh();
      });
    },
  }, field(t('batch.quantity'), quantity), setQuantity);
  const lottery = b.allocation === 'LOTTERY' && h('div', { class: 'lottery' });
  if (lottery && b.status !== 'DRAFT') {
    load(lottery, async () => {
      const l = await batchLottery(b.id);
      return [h('p', { class: 'muted' }, t('lottery.drawAt', { at: dateTime(b.drawAt) })),
        h('p', { class: 'muted commitment' }, t('lottery.staff', { c: l.commitment, n: l.applications })),
        l.drawn && h('p', {}, t('lottery.result', { o: l.offered, c: l.claimed, w: l.waiting, e: l.expired })),
        h('p', {}, h('a', { href: `#/draws/${b.id}` }, t('lottery.check')))];
    });
  }
  return h('li', { class: 'card batch', 'data-status': b.status, 'data-name': b.name, 'data-allocation': b.allocation },
    h('h3', {}, b.name, ' ', h('span', { class: 'badge' }, t(`batch.status.${b.status}`)),
      lottery ? [' ', h('span', { class: 'badge' }, t('lottery.badge'))] : ''),
    lottery,
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
    allocation: select('allocation', [['FIRST_COME', t('lottery.FIRST_COME')], ['LOTTERY', t('lottery.LOTTERY')]],
      'FIRST_COME'),
    drawAt: input('drawAt', { type: 'datetime-local', value: chinaLocalIn(7) }),
    offerHours: input('offerHours', { type: 'number', min: 1, max: 720, value: '48', inputmode: 'numeric' }),
  };
  // a lottery's draw time and offer hours matter only in lottery mode, which gives one voucher per child
  const lotteryFields = h('div', { class: 'lottery-fields', hidden: true },
    field(t('lottery.drawTime'), c.drawAt), field(t('lottery.offerHours'), c.offerHours));
  c.allocation.addEventListener('change', () => {
    lotteryFields.hidden = c.allocation.value !== 'LOTTERY';
    if (c.allocation.value === 'LOTTERY') c.perChildLimit.value = '1';
  });
  const create = h('button', { type: 'submit' }, t('batch.create'));
  const status = h('div', { class: 'status' });
  const form = h('form', {
    id: 'batch-form',
    onsubmit: (e) => {
      e.preventDefault();
      act(create, status, async () => {
        const batch = await markInvalid(form, () => createBatch({
          name: c.name.value.trim(), careHours: c.careHours.value ? Number(c.careHours.value) : null,
          faceValueCents: c.faceValue.value ? Math.round(Number(c.faceValue.value) * 100) : null,
          quantity: +c.quantity.value, perChildLimit: +c.perChildLimit.value, minAgeMonths: +c.minAge.value,
          maxAgeMonths: +c.maxAge.value, allHourlyFacilities: c.allHourly.checked, facilityIds: [],
          claimOpensAt: chinaDateTime(c.opens.value), claimClosesAt: chinaDateTime(c.closes.value),
          validUntil: chinaDateTime(c.validUntil.value), reservesEntitlement: c.reserves.checked,
          ...(c.allocation.value === 'LOTTERY' ? { allocation: 'LOTTERY', drawAt: chinaDateTime(c.drawAt.value),
            offerHours: +c.offerHours.value } : {}) }),
        { faceValueCents: 'faceValue' });
        sessionStorage.setItem('flash', t('batch.created', { name: batch.name }));
        refresh();
      });
    },
  }, h('h2', {}, t('batch.new')), field(t('batch.name'), c.name), field(t('batch.careHours'), c.careHours),
  field(t('batch.faceValue'), c.faceValue), field(t('batch.quantity'), c.quantity),
  field(t('batch.perChild'), c.perChildLimit), field(t('batch.minAge'), c.minAge), field(t('batch.maxAge'), c.maxAge),
  field(t('batch.allHourly'), c.allHourly), field(t('batch.opens'), c.opens), field(t('batch.closes'), c.closes),
  field(t('batch.validUntil'), c.validUntil), field(t('batch.reserves'), c.reserves),
  field(t('lottery.mode'), c.allocation), lotteryFields, create, status);
  return h('section', { class: 'card' }, form);
}

export async function batches(view) {
  const flash = sessionStorage.getItem('flash');
  sessionStorage.removeItem('flash');
  const list = h('section', { id: 'batches' });
  const refresh = () => batches(view);
  view.replaceChildren(h('h2', {}, t('batch.title')), flash ? notice(flash) : '', list, batchForm(refresh));
  await load(list, async () => {
    const all = await batchesOf();
    return all.length ? h('ul', { class: 'cards' }, all.map((b) => batchCard(b, refresh))) : empty(t('batch.empty'));
  });
}
