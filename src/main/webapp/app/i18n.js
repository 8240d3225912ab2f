// Messages in Chinese (default) and English, as [中文, English]: the shell's (messages.js) and each feature's
// (<feature>/messages.js), merged into one dictionary; each key lives in exactly one of them. The choice of language is
// kept in localStorage.
import shell from './messages.js';
import districts from './districts/messages.js';
import entitlements from './entitlements/messages.js';
import facilities from './facilities/messages.js';
import families from './families/messages.js';
import guidance from './guidance/messages.js';
import hourlycare from './hourlycare/messages.js';
import notifications from './notifications/messages.js';
import vouchers from './vouchers/messages.js';

const messages = { ...shell, ...districts, ...entitlements, ...facilities, ...families, ...guidance, ...hourlycare,
  ...notifications, ...vouchers };

// Field names in validation problems, translated where the UI knows them.
const fields = {
  name: ['姓名/名称', 'name'], birthDate: ['出生日期', 'birth date'], documentNumber: ['证件号码', 'document number'],
  districtCode: ['区县', 'district'], code: ['二维码', 'code'], manualCode: ['手动码', 'manual code'],
  exactlyOne: ['二维码或手动码（填写其中一项）', 'the QR code or the manual code (one of them)'],
  reason: ['原因', 'reason'], quantity: ['数量', 'quantity'], contactPhone: ['联系电话', 'phone'],
  creditCode: ['统一社会信用代码', 'credit code'], address: ['地址', 'address'], reasons: ['原因', 'reasons'],
  filingNumber: ['备案号', 'filing number'], hygieneEvaluation: ['卫生评价报告结论', 'hygiene evaluation conclusion'], careHours: ['时长', 'hours'], claimOpensAt: ['开始领取', 'claims open'],
  claimClosesAt: ['停止领取', 'claims close'], validUntil: ['有效期', 'valid until'],
  topic: ['主题', 'topic'], venue: ['地点', 'venue'], startsAt: ['开始时间', 'start'], endsAt: ['结束时间', 'end'],
  bookingCutoff: ['报名截止', 'booking cutoff'], capacity: ['名额', 'seats'], ageFromMonths: ['最小月龄', 'youngest age'],
  ageToMonths: ['最大月龄', 'oldest age'], subDistrict: ['街道/乡镇', 'sub-district'], start: ['开始', 'from'],
  end: ['结束', 'until'], preferredWindows: ['希望时间', 'preferred times'], assignee: ['负责人', 'assignee'],
  outcome: ['结果', 'outcome'], topics: ['指导内容', 'topics'], notes: ['备注', 'notes'], note: ['留言', 'note'],
  childId: ['孩子', 'child'],
  faceValueCents: ['面值', 'face value'], maxAgeMonths: ['最大月龄', 'oldest age'], minAgeMonths: ['最小月龄', 'youngest age'],
  facilityIds: ['适用机构', 'eligible facilities'], perChildLimit: ['每个孩子限领', 'limit per child'],
  q: ['名称或地址', 'name or address'], standing: ['备案状态', 'standing'],
};

export let locale = localStorage.getItem('locale') || 'zh-CN';
const index = () => (locale === 'en' ? 1 : 0);

export function t(key, params = {}) {
  const entry = messages[key];
  const text = entry ? entry[index()] : key;
  return text.replace(/\{(\w+)\}/g, (_, name) => params[name] ?? '');
}

export const has = (key) => key in messages;

export function fieldName(field) {
  const base = String(field).replace(/\[\d+\]$/, '').split('.').pop();
  return fields[base] ? fields[base][index()] : base;
}

export function apply(root = document) {
  document.documentElement.lang = locale;
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-label]').forEach((el) => { el.setAttribute('aria-label', t(el.dataset.i18nLabel)); });
}

export function toggle() {
  locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
  localStorage.setItem('locale', locale);
  apply();
}
