import { apply, t, toggle } from './i18n.js';
import { init, login, logout } from './auth.js';
import { api } from './api.js';

const $ = (id) => document.getElementById(id);

async function showMe() {
  const me = await api('/api/me');
  $('me-username').textContent = me.username;
  $('me-roles').textContent = me.roles.map((r) => t(`role.${r}`)).join('、');
  $('me-scope').textContent = me.facilityId || me.district || '—';
  $('me').hidden = false;
  document.body.dataset.user = me.username;
}

async function start() {
  apply();
  $('lang').addEventListener('click', toggle);
  $('login').addEventListener('click', login);
  $('logout').addEventListener('click', logout);
  try {
    const authenticated = await init();
    $('login').hidden = authenticated;
    $('logout').hidden = !authenticated;
    $('status').textContent = authenticated ? '' : t('welcome');
    if (authenticated) await showMe();
  } catch (e) {
    $('status').textContent = t('error', { detail: e.message });
    $('status').className = 'error';
  }
}

start();
