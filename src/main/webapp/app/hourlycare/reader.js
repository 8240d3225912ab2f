// A camera that reads QR codes in the browser (jsQR; Chromium on Linux has no BarcodeDetector) and hands each new
// text to `onText` once. Stopping is final for the page that made it: a camera granted after that is closed at once.
import { t } from '../i18n.js';
import { h } from '../ui.js';

export function qrReader(onText) {
  const video = h('video', { playsinline: true, muted: true, autoplay: true, 'aria-label': t('scan.camera') });
  const canvas = h('canvas', { hidden: true });
  const state = h('p', { class: 'muted', role: 'status' });
  let stream = null;
  let timer = null;
  let done = false;
  let seen = null;
  let paused = false;

  function frame() {
    if (paused || !window.jsQR || video.readyState < 2 || !video.videoWidth) return;
    const scale = Math.min(1, 640 / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const code = window.jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
    if (code && code.data && code.data !== seen) {
      seen = code.data;
      onText(code.data);
    }
  }

  async function start() {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      state.textContent = t('scan.noCamera');
      return;
    }
    try {
      const granted = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      if (done) {
        granted.getTracks().forEach((track) => track.stop());
        return;
      }
      stream = granted;
      video.srcObject = stream;
      await video.play().catch(() => {});
      state.textContent = t('scan.scanning');
      timer = setInterval(frame, 200);
    } catch (e) {
      state.textContent = t('scan.noCamera');
    }
  }

  function stop() {
    done = true;
    clearInterval(timer);
    if (stream) stream.getTracks().forEach((track) => track.stop());
    stream = null;
    video.srcObject = null;
    state.textContent = '';
  }

  return {
    element: h('div', { class: 'scanner' }, h('div', { class: 'viewfinder' }, video), canvas, state),
    start,
    stop,
    /** While work runs, frames are not read; the same text is not sent twice. */
    pause: (value) => { paused = value; },
  };
}
