// The notifications feature's calls: the caller's contact language, unread count, inbox, preferences, the e-mail's
// unsubscribe link (no sign-in), and for health staff the dead-lettered deliveries.
import { api } from '../api.js';
import { locale } from '../i18n.js';

/** Tells the server the language the person uses the app in (their addresses come from the token). */
export const keepContact = () => api('/api/notifications/contact', { method: 'PUT', body: { locale } });
/** {unread}: how many of the caller's notices are unread. */
export const unreadCount = () => api('/api/notifications/unread-count');
/** A page ({items, page, size, total}) of the caller's notices, newest first, in the UI's language. */
export const inbox = (page, size) => api(`/api/notifications?${new URLSearchParams({ page, size })}`,
  { headers: { 'Accept-Language': locale } });
export const markRead = (id) => api(`/api/notifications/${encodeURIComponent(id)}/read`,
  { method: 'POST', headers: { 'Accept-Language': locale } });
export const markAllRead = () => api('/api/notifications/read-all', { method: 'POST' });
/** {email, sms, nonEssential, emailAddress, phone}; the addresses come masked. */
export const preferences = () => api('/api/notifications/preferences');
export const choose = (email, sms, nonEssential) => api('/api/notifications/preferences',
  { method: 'PUT', body: { email, sms, nonEssential } });
export const unsubscribe = (token) => api('/api/notifications/unsubscribe', { method: 'POST', body: { token } });
/** A page of the district's deliveries that used their last attempt. */
export const deadLetters = (page, size) => api(`/api/notifications/dead-letters?${new URLSearchParams({ page, size })}`);
export const retry = (id) => api(`/api/notifications/dead-letters/${encodeURIComponent(id)}/retry`, { method: 'POST' });
