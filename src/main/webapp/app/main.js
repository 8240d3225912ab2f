// The shell: sign-in state, navigation per role, and hash routing (#/path/with/params) to the screens, which live in
// one folder per feature (each feature's HTTP calls in its api.js).
import { apply, t, toggle } from './i18n.js';
import { init, login, logout } from './auth.js';
import { me as whoAmI } from './api.js';
import { h, errorBox } from './ui.js';
import { trace } from './trace.js';
import { places } from './districts/places.js';
import { dashboard } from './districts/dashboard.js';
import { family } from './families/family.js';
import { child } from './families/child.js';
import { directory } from './facilities/directory.js';
import { record } from './facilities/filing.js';
import { reviews } from './facilities/reviews.js';
import { review } from './facilities/review.js';
import { districtFacilities } from './facilities/district-facilities.js';
import { facilityHistory } from './facilities/facility-history.js';
import { classes } from './guidance/classes.js';
import { bookings } from './guidance/bookings.js';
import { visits } from './guidance/visits.js';
import { staffClasses } from './guidance/staff-classes.js';
import { attendees } from './guidance/attendees.js';
import { roster } from './guidance/roster.js';
import { vouchers } from './vouchers/wallet.js';
import { voucher } from './vouchers/voucher.js';
import { history } from './vouchers/history.js';
import { scan } from './vouchers/scan.js';
import { redemptions } from './vouchers/redemptions.js';
import { settlement } from './vouchers/settlement.js';
import { batches } from './vouchers/batches.js';
import { draw } from './vouchers/draw.js';
import { inbox } from './notifications/inbox.js';
import { notificationSettings } from './notifications/settings.js';
import { unsubscribe } from './notifications/unsubscribe.js';
import { deadLetters } from './notifications/dead-letters.js';
import { mountBell, refreshBell, relabelBell } from './notifications/bell.js';
import { keepContact } from './notifications/api.js';
import { care } from './hourlycare/care.js';
import { carePass } from './hourlycare/pass.js';
import { careDesk } from './hourlycare/desk.js';
import { careCheckOut } from './hourlycare/checkout.js';
import { careSchedule } from './hourlycare/schedule.js';
import { careCapacity } from './hourlycare/capacity.js';

const $ = (id) => document.getElementById(id);

// Navigation per role.
const NAV = {
  public: [['#/directory', 'nav.directory'], ['#/places', 'nav.places'], ['#/classes', 'nav.classes']],
  resident: [['#/family', 'nav.family'], ['#/bookings', 'nav.bookings'], ['#/visits', 'nav.visits'],
    ['#/vouchers', 'nav.vouchers'], ['#/care', 'nav.care'], ['#/history', 'nav.history']],
  facility: [['#/scan', 'nav.scan'], ['#/care-desk', 'nav.careDesk'], ['#/redemptions', 'nav.redemptions'],
    ['#/settlement', 'nav.settlement'], ['#/care-schedule', 'nav.careSchedule'], ['#/facility', 'nav.facility']],
  'health-commission': [['#/staff-classes', 'nav.staffClasses'], ['#/roster', 'nav.roster'], ['#/reviews', 'nav.reviews'],
    ['#/district-facilities', 'nav.districtFacilities'], ['#/batches', 'nav.batches'], ['#/care-capacity', 'nav.careCapacity'],
    ['#/dashboard', 'nav.dashboard'], ['#/dead-letters', 'nav.deadLetters']],
};

// Route pattern -> [role needed (null: everyone; SIGNED_IN: anyone signed in), page function (view, params, me)].
const SIGNED_IN = '*';
const ROUTES = [
  ['directory', null, directory],
  ['places', null, places],
  ['classes', null, classes],
  ['bookings', 'resident', bookings],
  ['visits', 'resident', visits],
  ['staff-classes', 'health-commission', staffClasses],
  ['staff-class/:id', 'health-commission', attendees],
  ['roster', 'health-commission', roster],
  ['family', 'resident', family],
  ['child/:id', 'resident', child],
  ['vouchers', 'resident', vouchers],
  ['voucher/:id', 'resident', voucher],
  ['history', 'resident', history],
  ['scan', 'facility', scan],
  ['redemptions', 'facility', redemptions],
  ['settlement', 'facility', settlement],
  ['facility', 'facility', record],
  ['reviews', 'health-commission', reviews],
  ['review/:facility/:application', 'health-commission', review],
  ['district-facilities', 'health-commission', districtFacilities],
  ['district-facility/:id/history', 'health-commission', facilityHistory],
  ['batches', 'health-commission', batches],
  ['draws/:id', null, draw],
  ['dashboard', 'health-commission', dashboard],
  ['inbox', SIGNED_IN, inbox],
  ['notification-settings', SIGNED_IN, notificationSettings],
  ['unsubscribe', null, unsubscribe],
  ['dead-letters', 'health-commission', deadLetters],
  ['care', 'resident', care],
  ['care-pass/:id', 'resident', carePass],
  ['care-desk', 'facility', careDesk],
  ['care-session/:id', 'facility', careCheckOut],
  ['care-schedule', 'facility', careSchedule],
  ['care-capacity', 'health-commission', careCapacity],
];

let me = null;
let leave = null;

function match(path) {
  const parts = path.split('/').filter(Boolean);
  for (const [pattern, role, page] of ROUTES) {
    const names = pattern.split('/');
    if (names.length !== parts.length) continue;
    const params = {};
    if (names.every((n, i) => (n.startsWith(':') ? ((params[n.slice(1)] = decodeURIComponent(parts[i])), true)
      : n === parts[i]))) {
      return { role, page, params };
    }
  }
  return null;
}

function renderNav() {
  const links = [...NAV.public, ...(me ? me.roles.flatMap((r) => NAV[r] || []) : [])];
  const current = location.hash.split('?')[0];
  $('nav').replaceChildren(h('ul', {}, links.map(([href, key]) => h('li', {},
    h('a', { href, 'aria-current': current === href || current.startsWith(`${href}/`) ? 'page' : null }, t(key))))));
}

function home(view) {
  $('me').hidden = !me;
  if (!me) {
    view.replaceChildren(
      h('p', { class: 'lead' }, t('home.lead')),
      h('ul', { class: 'offers' },
        h('li', {}, h('strong', {}, t('home.parents')), ' ', t('home.parentsText')),
        h('li', {}, h('strong', {}, t('home.facilities')), ' ', t('home.facilitiesText')),
        h('li', {}, h('strong', {}, t('home.staff')), ' ', t('home.staffText'))),
      h('p', {}, t('welcome')),
      h('ul', { class: 'tiles' }, NAV.public.map(([href, key]) => h('li', {}, h('a', { href }, t(key))))));
    return;
  }
  const links = me.roles.flatMap((r) => NAV[r] || []);
  view.replaceChildren(h('ul', { class: 'tiles' }, links.map(([href, key]) => h('li', {}, h('a', { href }, t(key))))));
}

// Each route() call counts; a page that finishes loading after the reader has moved on is left at once.
let generation = 0;

async function route() {
  const current = ++generation;
  trace('route', `${current} ${location.hash}`);
  if (leave) {
    leave();
    leave = null;
  }
  renderNav();
  refreshBell();
  const view = $('view');
  const path = location.hash.replace(/^#\/?/, '').split('?')[0];
  if (!path || path.includes('=')) {
    home(view);
    return;
  }
  $('me').hidden = true;
  const found = match(path);
  if (!found) {
    view.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('notFound')));
    return;
  }
  if (found.role && !(me && (found.role === SIGNED_IN || me.roles.includes(found.role)))) {
    if (!me) {
      login();
      return;
    }
    view.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('problem.forbidden')));
    return;
  }
  view.replaceChildren();
  try {
    const cleanup = await found.page(view, found.params, me);
    if (typeof cleanup !== 'function') return;
    if (current === generation) leave = cleanup;
    else cleanup();
  } catch (e) {
    view.replaceChildren(errorBox(e));
  }
}

async function showMe() {
  me = await whoAmI();
  $('me-username').textContent = me.username;
  $('me-roles').textContent = me.roles.map((r) => t(`role.${r}`)).join('、');
  $('me-scope').textContent = me.facilityId || me.district || '—';
  document.body.dataset.user = me.username;
}

async function start() {
  apply();
  $('lang').addEventListener('click', () => {
    trace('lang');
    toggle();
    if (me) {
      $('me-roles').textContent = me.roles.map((r) => t(`role.${r}`)).join('、');
      relabelBell();
      keepContact().catch((e) => console.warn(e));
    }
    route();
  });
  $('login').addEventListener('click', login);
  $('logout').addEventListener('click', logout);
  try {
    const authenticated = await init();
    $('login').hidden = authenticated;
    $('logout').hidden = !authenticated;
    // the start-up line is done: leave it empty and out of the language switch, which refills data-i18n elements
    delete $('status').dataset.i18n;
    $('status').textContent = '';
    if (authenticated) {
      await showMe();
      // where notices reach this person, in the language they read the app in; the app works without it
      keepContact().catch((e) => console.warn(e));
      mountBell(document.querySelector('.bar .tools'));
    }
  } catch (e) {
    $('status').replaceWith(errorBox(e));
  }
  window.addEventListener('hashchange', route);
  await route();
  document.body.dataset.ready = 'true';
}

start();
