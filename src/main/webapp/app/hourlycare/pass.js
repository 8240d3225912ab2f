// #/care-pass/:id: the guardian's pass for a session, full-screen: the rotating QR code (renewed before it stops
// being accepted) and the manual code, shown at drop-off and at pick-up.
import { t } from '../i18n.js';
import { h, errorBox } from '../ui.js';
import { pass as passOf, passImage, session as sessionOf } from './api.js';

export async function carePass(view, { id }) {
  const s = await sessionOf(id);
  const image = h('img', { id: 'pass-qr', alt: t('pass.qr'), width: 300, height: 300 });
  const manual = h('output', { id: 'pass-manual', 'aria-label': t('desk.code') });
  const hint = h('p', { class: 'muted' });
  const status = h('div', { class: 'status' });
  view.replaceChildren(h('section', { class: 'fullscreen' }, h('h2', {}, t('pass.title')),
    h('p', { class: 'big' }, s.childMaskedName, ' · ', s.facilityName), h('div', { class: 'qr' }, image),
    h('p', {}, t('desk.code'), h('br'), manual), hint, status, h('a', { href: '#/care', class: 'back' }, t('back'))));
  document.body.classList.add('presenting');
  let timer = null;
  let stopped = false;
  let url = null;
  async function refresh() {
    try {
      const [p, png] = [await passOf(id), await passImage(id)];
      if (stopped) return;
      if (url) URL.revokeObjectURL(url);
      url = URL.createObjectURL(png);
      image.src = url;
      manual.textContent = p.manualCode;
      hint.textContent = t('pass.hint', { n: p.refreshAfterSeconds });
      status.replaceChildren();
      timer = setTimeout(refresh, Math.max(2000, Math.min(p.refreshAfterSeconds * 1000,
        new Date(p.validUntil).getTime() - Date.now() - 10000)));
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
