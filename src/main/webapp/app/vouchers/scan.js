// #/scan: the counter redeems a voucher. The camera reads the QR code in the browser (jsQR); a photo and the manual
// code are fallbacks. The receipt shows whose voucher it was.
import { t } from '../i18n.js';
import { trace } from '../trace.js';
import { h, field, errorBox, notice, dateTime, uuid } from '../ui.js';
import { redeem as redeemCode, redeemPhoto } from './api.js';

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

  const byText = (what) => (key) => redeemCode(what, key);

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
    redeem((key) => redeemPhoto(file, key));
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
