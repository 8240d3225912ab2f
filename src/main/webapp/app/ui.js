// Small DOM helpers shared by the pages: element building, loading/empty/error states, China-time formatting.
import { t, has, fieldName, locale } from './i18n.js';
import { ApiError } from './api.js';

/** h('p', {class: 'x'}, 'text', child) builds an element; attributes starting with "on" become listeners. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (name === 'class') el.className = value;
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/**
 * A wide table in a box that scrolls sideways on a phone: the box is a named region the keyboard can reach, so a
 * keyboard user can scroll it too (axe: scrollable-region-focusable).
 */
export function scrolling(label, table) {
  return h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': label }, table);
}

let counter = 0;
/** A labelled form field: label + input (or select/textarea given as `control`). */
export function field(label, control, hint) {
  if (!control.id) control.id = `f${++counter}`;
  const wrapper = h('div', { class: control.type === 'checkbox' ? 'field check' : 'field' });
  const labelEl = h('label', { for: control.id }, label);
  if (control.type === 'checkbox') wrapper.append(control, labelEl);
  else wrapper.append(labelEl, control);
  if (hint) wrapper.append(h('p', { class: 'hint' }, hint));
  return wrapper;
}

export function select(name, options, value) {
  const el = h('select', { name });
  for (const [optionValue, label] of options) {
    el.append(h('option', { value: optionValue, selected: optionValue === value }, label));
  }
  return el;
}

/** The human sentence for an error: the problem's type, in the chosen language; never the raw answer. */
export function describe(error) {
  if (error instanceof ApiError) {
    const slug = error.slug;
    if (slug === 'validation') {
      const names = (error.problem.errors || []).map((e) => fieldName(e.field));
      return t('problem.validation', { fields: [...new Set(names)].join(locale === 'en' ? ', ' : '、') });
    }
    // A refusal that names fields (or materials) says which: {fields} in its sentence.
    const named = (error.problem.errors || []).map((e) => (has(`mat.${e.field}`) ? t(`mat.${e.field}`) : fieldName(e.field)));
    if (slug && has(`problem.${slug}`)) return t(`problem.${slug}`, { fields: [...new Set(named)].join(locale === 'en' ? ', ' : '、') });
    return t('problem.unknown', { status: error.status });
  }
  return t('problem.unknown', { status: '—' });
}

/**
 * Runs `work` for a form; when the answer is a problem naming fields, marks those inputs (aria-invalid) so the reader
 * sees where, then passes the error on. `names` maps a server field to an input's name where they differ.
 */
export async function markInvalid(form, work, names = {}) {
  form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  try {
    return await work();
  } catch (e) {
    ((e.problem && e.problem.errors) || []).forEach(({ field: name }) => {
      const input = form.querySelector(`[name="${names[name] || name}"]`);
      if (input) input.setAttribute('aria-invalid', 'true');
    });
    throw e;
  }
}

/** The sentence for a refusal the server names by its problem slug before anything is tried (e.g. "not-entitled"). */
export function refusal(slug) {
  return slug && has(`problem.${slug}`) ? t(`problem.${slug}`) : t('problem.rule-refused');
}

/** The child a parent last chose on this tab (kept across reloads of a list), if still one of `kids`. */
export function chosenChild(kids) {
  const kept = sessionStorage.getItem('childId');
  return kids.some((k) => k.id === kept) ? kept : (kids[0] || {}).id;
}

export function rememberChild(id) {
  if (id) sessionStorage.setItem('childId', id);
}

export function errorBox(error) {
  return h('p', { class: 'error', role: 'alert' }, describe(error));
}

export function notice(text) {
  return h('p', { class: 'notice', role: 'status' }, text);
}

export const loading = () => h('p', { class: 'loading', role: 'status' }, t('loading'));
export const empty = (text) => h('p', { class: 'empty' }, text);

/** Shows a loading state in `where` while `work` runs; an error replaces it with a sentence. */
export async function load(where, work) {
  where.replaceChildren(loading());
  try {
    const content = await work();
    where.replaceChildren(...[content].flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false && c !== ''));
  } catch (e) {
    console.warn(e);
    where.replaceChildren(errorBox(e));
  }
}

/**
 * Runs an action from a form or button: disables it while running, puts the outcome (a message or the error
 * sentence) into `status`.
 */
export async function act(control, status, work) {
  control.disabled = true;
  status.replaceChildren();
  try {
    const message = await work();
    if (message) status.replaceChildren(notice(message));
  } catch (e) {
    console.warn(e);
    status.replaceChildren(errorBox(e));
  } finally {
    control.disabled = false;
  }
}

const zone = 'Asia/Shanghai';
export function dateTime(value) {
  if (!value) return '—';
  return new Intl.DateTimeFormat(locale, { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' })
    .format(new Date(value));
}

export function date(value) {
  if (!value) return '—';
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+08:00`) : new Date(value);
  return new Intl.DateTimeFormat(locale, { timeZone: zone, dateStyle: 'medium' }).format(instant);
}

/** This month in China time, as yyyy-MM. */
export function thisMonth() {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit' })
    .formatToParts(new Date());
  return `${parts.find((p) => p.type === 'year').value}-${parts.find((p) => p.type === 'month').value}`;
}

/** A datetime-local value (read as China time) as an ISO offset date-time. */
export function chinaDateTime(local) {
  return local.length === 16 ? `${local}:00+08:00` : `${local}+08:00`;
}

/** Now plus days, as a datetime-local value in China time. */
export function chinaLocalIn(days) {
  const d = new Date(Date.now() + days * 86400000 + 8 * 3600000);
  return d.toISOString().slice(0, 16);
}

export const yuan = (cents) => (cents == null ? '—' : (cents / 100).toFixed(2));

/** Saves a Blob as a file the browser downloads. */
export function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

export const uuid = () => (crypto.randomUUID ? crypto.randomUUID()
  : '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16)));
