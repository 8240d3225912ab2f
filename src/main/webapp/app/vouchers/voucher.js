// #/voucher/:id: the voucher full-screen, with its rotating QR code (renewed before it stops being valid) and the
// manual code.
import { t } from '../i18n.js';
import { h, errorBox, dateTime } from '../ui.js';
import { child as childOf } from '../families/api.js';
import { code as codeOf, codeImage, voucher as voucherOf } from './api.js';

export async function voucher(view, { id }) {
  const v = await voucherOf(id);
  if (v.state !== 'CLAIMED') {
    view.replaceChildren(h('p', { class: 'error', role: 'alert' },
      t('voucher.notUsable', { state: t(`voucher.state.${v.state}`) })), h('a', { href: '#/vouchers' }, t('back')));
    return undefined;
  }
  // Whose voucher it is, masked as the counter may see it (the parent may hold several children's vouchers).
  const holder = await childOf(v.childId).catch(() => null);
  const image = h('img', { id: 'voucher-qr', alt: t('voucher.qr'), width: 300, height: 300 });
  const manual = h('output', { id: 'manual-code', 'aria-label': t('voucher.manual') });
  const hint = h('p', { class: 'muted' });
  const status = h('div', { class: 'status' });
  view.replaceChildren(h('section', { class: 'fullscreen' },
    h('h2', {}, v.batchName),
    holder && h('p', { id: 'voucher-child', class: 'big' }, t('voucher.forChild', { name: holder.maskedName })),
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
      const code = await codeOf(id);
      const png = await codeImage(id);
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
