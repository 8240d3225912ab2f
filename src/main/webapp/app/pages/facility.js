// Facility staff: scan and redeem (camera, photo, manual code), redemptions and void, settlement, record and filing.
import { api, apiBlob } from '../api.js';
import { t } from '../i18n.js';
import { trace } from '../trace.js';
import { h, field, select, load, empty, act, notice, errorBox, dateTime, thisMonth, yuan, saveBlob, uuid } from '../ui.js';

const DEVICE = 'web-counter';
// This browser's own id, so that a retried or duplicated scan from here replays its answer while another device
// scanning the same code still learns it was already redeemed.
const BROWSER = sessionStorage.getItem('counter-id') || (() => {
  const id = crypto.getRandomValues(new Uint32Array(2)).join('-');
  sessionStorage.setItem('counter-id', id);
  return id;
})();
// The code this browser's camera sent last; the camera keeps seeing it after the page moves on.
let lastScanned = null;
// Numbers the scan pages in the trace (trace.js), so that a stale page's steps stand out.
let pages = 0;

function receipt(r, again) {
  return h('section', { id: 'receipt', class: 'card receipt', tabindex: '-1' },
    h('h2', {}, '✓ ', t('receipt.title')),
    h('dl', {},
      h('dt', {}, t('receipt.child')), h('dd', { id: 'receipt-child' }, r.childMaskedName),
      h('dt', {}, t('receipt.age')), h('dd', { id: 'receipt-age' }, t('months', { n: r.childAgeMonths })),
      h('dt', {}, t('receipt.batch')), h('dd', {}, r.batchName),
      h('dt', {}, t('receipt.hours')), h('dd', {}, r.careHours == null ? '—' : t('receipt.hoursValue', { h: r.careHours })),
      h('dt', {}, t('receipt.method')), h('dd', { id: 'receipt-method' }, t(`method.${r.method}`)),
      h('dt', {}, t('receipt.at')), h('dd', {}, dateTime(r.redeemedAt))),
    h('p', { class: 'notice' }, t('receipt.check')),
    h('button', { type: 'button', id: 'scan-next', onclick: again }, t('receipt.next')));
}

/** The scan page: the camera reads the QR code in the browser (jsQR); a photo and the manual code are fallbacks. */
export async function scan(view) {
  const video = h('video', { id: 'camera', playsinline: true, muted: true, autoplay: true, 'aria-label': t('scan.camera') });
  const canvas = h('canvas', { hidden: true });
  const cameraState = h('p', { id: 'camera-state', class: 'muted', role: 'status' });
  const toggleCamera = h('button', { type: 'button', id: 'camera-toggle', class: 'secondary' }, t('scan.start'));
  const status = h('div', { id: 'scan-status', class: 'status', 'aria-live': 'assertive' });
  const photo = h('input', { type: 'file', id: 'photo', name: 'photo', accept: 'image/png,image/jpeg', capture: 'environment' });
  const manualCode = h('input', { id: 'manual', name: 'manualCode', inputmode: 'numeric', autocomplete: 'off', maxlength: 40 });
  const manualButton = h('button', { type: 'submit' }, t('scan.redeem'));
  let stream = null;
  let loop = null;
  let busy = false;
  // Set once this page is left or has shown its receipt: a camera that only starts afterwards is stopped at once.
  let closed = false;
  const page = ++pages;
  const log = (event, detail) => trace(`scan#${page} ${event}`, detail);
  log('open');

  function stopCamera() {
    log('camera-stop', stream ? 'running' : 'none');
    clearInterval(loop);
    loop = null;
    if (stream) stream.getTracks().forEach((track) => track.stop());
    stream = null;
    video.srcObject = null;
    toggleCamera.textContent = t('scan.start');
    cameraState.textContent = '';
  }

  // What staff do themselves (a photo, a typed code) is always sent; the camera only tries while nothing is sent.
  // A scanned code is sent with the code itself as its Idempotency-Key, so that the same code sent twice (a second
  // frame, a second tab) gets the first answer back rather than "already redeemed".
  async function redeem(send, key = uuid()) {
    busy = true;
    log('send', `connected=${view.isConnected} current=${view.contains(status)}`);
    status.replaceChildren(notice(t('scan.working')));
    try {
      const result = await send(key);
      log('answer', `closed=${closed} current=${view.contains(status)}`);
      closed = true;
      stopCamera();
      // Scanning the next one goes through the router, so that leaving the page always stops the camera.
      const shown = receipt(result, () => window.dispatchEvent(new HashChangeEvent('hashchange')));
      view.replaceChildren(shown);
      shown.focus();
    } catch (e) {
      log('error', `${e.status} ${e.message}`);
      status.replaceChildren(errorBox(e));
    } finally {
      busy = false;
    }
  }

  const byText = (body) => (key) => api('/api/redemptions', { method: 'POST', body: { ...body, device: DEVICE },
    headers: { 'Idempotency-Key': key } });

  function look() {
    if (busy || !window.jsQR || video.readyState < 2 || !video.videoWidth) return;
    const scale = Math.min(1, 640 / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
    const found = window.jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'dontInvert' });
    if (!found || !found.data) return;
    // The same code seen again would only get the same answer; the parent's next code is a different text.
    if (found.data === lastScanned) return;
    log('camera-read');
    lastScanned = found.data;
    redeem(byText({ code: found.data }), `scan:${BROWSER}:${found.data}`);
  }

  async function startCamera() {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      status.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('scan.noCamera')));
      return;
    }
    log('camera-ask');
    try {
      const granted = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      log('camera-granted', `closed=${closed}`);
      if (closed) {
        granted.getTracks().forEach((track) => track.stop());
        return;
      }
      stream = granted;
      video.srcObject = stream;
      await video.play().catch(() => {});
      toggleCamera.textContent = t('scan.stop');
      cameraState.textContent = t('scan.scanning');
      loop = setInterval(look, 200);
      log('camera-running');
    } catch (e) {
      log('camera-error', e.name);
      status.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('scan.noCamera')));
    }
  }

  toggleCamera.addEventListener('click', () => {
    log('toggle', stream ? 'stop' : 'start');
    return stream ? stopCamera() : startCamera();
  });
  photo.addEventListener('change', () => {
    const file = photo.files[0];
    if (!file) return;
    log('photo');
    redeem((key) => api('/api/redemptions/photo', { method: 'POST', body: file,
      headers: { 'Content-Type': file.type || 'image/jpeg', 'Idempotency-Key': key, 'X-Device': DEVICE } }));
    photo.value = '';
  });
  const manualForm = h('form', {
    id: 'manual-form',
    onsubmit: (e) => {
      e.preventDefault();
      log('submit-manual', manualCode.value.length);
      redeem(byText({ manualCode: manualCode.value.replace(/\s+/g, '') }));
    },
  }, field(t('scan.manualLabel'), manualCode), manualButton);

  view.replaceChildren(h('h2', {}, t('scan.title')), status,
    h('section', { class: 'scanner' }, h('p', {}, t('scan.hint')), h('div', { class: 'viewfinder' }, video), canvas,
      cameraState, toggleCamera),
    h('section', { class: 'card' }, h('h3', {}, t('scan.photo')), field(t('scan.photoLabel'), photo)),
    h('section', { class: 'card' }, h('h3', {}, t('scan.manual')), manualForm));
  // The camera starts in the background: a typed code or a photo need not wait for it, and the router learns how to
  // leave this page before the camera answers.
  startCamera();
  return () => {
    log('leave');
    closed = true;
    stopCamera();
  };
}

function monthPicker(onChange) {
  const month = h('input', { type: 'month', name: 'month', value: thisMonth(), max: thisMonth() });
  month.addEventListener('change', () => month.value && onChange(month.value));
  return { control: field(t('month'), month), value: () => month.value };
}

function redemptionRow(r, refresh) {
  const row = h('li', { class: r.voidedAt ? 'voided' : '' },
    h('strong', {}, r.batchName), ' ', h('span', { class: 'badge' }, t(`method.${r.method}`)), ' ',
    h('span', { class: 'muted' }, dateTime(r.redeemedAt)));
  if (r.voidedAt) {
    row.append(h('p', { class: 'muted' }, t('red.voided', { reason: r.voidReason })));
    return row;
  }
  const reason = h('input', { name: 'reason', required: true, maxlength: 500 });
  const confirm = h('button', { type: 'submit', class: 'danger' }, t('red.voidConfirm'));
  const status = h('div', { class: 'status' });
  const form = h('form', {
    class: 'void-form',
    hidden: true,
    onsubmit: (e) => {
      e.preventDefault();
      act(confirm, status, async () => {
        await api(`/api/redemptions/${r.id}/void`, { method: 'POST', body: { reason: reason.value.trim(), device: DEVICE } });
        refresh();
      });
    },
  }, field(t('red.voidReason'), reason), confirm, status);
  const open = h('button', { type: 'button', class: 'secondary void' }, t('red.void'));
  open.addEventListener('click', () => {
    form.hidden = !form.hidden;
    if (!form.hidden) reason.focus();
  });
  row.append(' ', open, form);
  return row;
}

export async function redemptions(view) {
  const list = h('section', { id: 'redemptions' });
  const show = (month) => load(list, async () => {
    const items = await api(`/api/redemptions?month=${month}`);
    return items.length ? h('ul', { class: 'rows' }, items.map((r) => redemptionRow(r, () => show(month))))
      : empty(t('red.empty'));
  });
  const picker = monthPicker(show);
  view.replaceChildren(h('h2', {}, t('red.title')), picker.control, list);
  await show(picker.value());
}

export function settlementTable(lines, withFacility) {
  const total = lines.reduce((sum, l) => ({ n: sum.n + l.redemptions, c: sum.c + (l.faceValueCents || 0),
    hrs: sum.hrs + Number(l.careHours || 0) * l.redemptions }), { n: 0, c: 0, hrs: 0 });
  return h('div', { class: 'scroll' }, h('table', { id: 'settlement-table' },
    h('thead', {}, h('tr', {}, withFacility && h('th', { scope: 'col' }, t('set.facility')),
      h('th', { scope: 'col' }, t('set.batch')), h('th', { scope: 'col' }, t('set.count')),
      h('th', { scope: 'col' }, t('set.value')))),
    h('tbody', {}, lines.map((l) => h('tr', {}, withFacility && h('td', {}, l.facilityName), h('td', {}, l.batchName),
      h('td', { class: 'num' }, l.redemptions), h('td', { class: 'num' }, yuan(l.faceValueCents))))),
    h('tfoot', {}, h('tr', {}, withFacility && h('td', {}), h('th', { scope: 'row' }, t('set.total')),
      h('td', { class: 'num' }, total.n), h('td', { class: 'num' }, yuan(total.c))))));
}

export async function settlement(view) {
  const table = h('section', { id: 'settlement' });
  const status = h('div', { class: 'status' });
  const download = h('button', { type: 'button', id: 'settlement-csv' }, t('set.download'));
  const show = (month) => load(table, async () => {
    const lines = await api(`/api/settlements?month=${month}`);
    return lines.length ? settlementTable(lines, false) : empty(t('set.empty'));
  });
  const picker = monthPicker(show);
  download.addEventListener('click', () => act(download, status, async () => {
    const month = picker.value();
    saveBlob(await apiBlob(`/api/settlements/csv?month=${month}`), `settlement-${month}.csv`);
  }));
  view.replaceChildren(h('h2', {}, t('set.title')), picker.control, table, download, status);
  await show(picker.value());
}

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
          await api(`/api/facilities/${facilityId}/applications/${a.id}/materials/${kind}`, { method: 'PUT',
            body: chosen, headers: { 'Content-Type': chosen.type || 'application/octet-stream' } });
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
      await api(`/api/facilities/${facilityId}/applications/${a.id}/submission`, { method: 'POST' });
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
    facility = await api(`/api/facilities/${id}`).catch((e) => {
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
          await api(`/api/facilities/${id}`, { method: 'PUT', body: body() });
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
      await api(`/api/facilities/${id}/applications`, { method: 'POST',
        body: filing ? { kind: 'FILING' } : { kind: 'CHANGE', change: body() } });
      refresh();
    }));
    return [form, open];
  });
  await load(applications, async () => {
    const list = await api(`/api/facilities/${id}/applications`).catch((e) => {
      if (e.status === 404) return [];
      throw e;
    });
    return list.length ? h('ul', { class: 'cards' }, list.map((a) => applicationCard(id, a, refresh)))
      : empty(t('app.empty'));
  });
}
