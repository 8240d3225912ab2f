// Messages in Chinese (default) and English. The choice is kept in localStorage.
const messages = {
  'zh-CN': {
    title: '托育家庭服务', switchLanguage: 'English', login: '登录', logout: '退出', loading: '加载中…',
    signedInAs: '当前用户', username: '用户名', roles: '角色', scope: '范围', welcome: '请登录以查看您的服务。',
    'role.resident': '家长', 'role.facility': '托育机构', 'role.health-commission': '卫健委/妇幼保健',
    error: '出错了：{detail}',
  },
  en: {
    title: 'Childcare family services', switchLanguage: '中文', login: 'Sign in', logout: 'Sign out',
    loading: 'Loading…', signedInAs: 'Signed in', username: 'Username', roles: 'Roles', scope: 'Scope',
    welcome: 'Sign in to see your services.', 'role.resident': 'Parent', 'role.facility': 'Childcare facility',
    'role.health-commission': 'Health commission', error: 'Something went wrong: {detail}',
  },
};

export let locale = localStorage.getItem('locale') || 'zh-CN';

export function t(key, params = {}) {
  const text = (messages[locale] && messages[locale][key]) || messages['zh-CN'][key] || key;
  return text.replace(/\{(\w+)\}/g, (_, name) => params[name] ?? '');
}

export function apply(root = document) {
  document.documentElement.lang = locale;
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
}

export function toggle() {
  locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
  localStorage.setItem('locale', locale);
  apply();
}
