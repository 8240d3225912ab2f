// The families feature's calls: consent to process children's data, a family's children, and the invitation of a
// second guardian.
import { api } from '../api.js';

const CONSENT = '/api/consents/children-data';

export const consent = () => api(CONSENT);
export const giveConsent = (noticeVersion) => api(CONSENT, { method: 'PUT', body: { noticeVersion } });
export const withdrawConsent = () => api(CONSENT, { method: 'DELETE' });
/** Each child as a withdrawal would treat it: erased, or kept for another consenting guardian. */
export const withdrawalPlan = () => api(`${CONSENT}/withdrawal`);

/** The signed-in parent's children. */
export const children = () => api('/api/children');
export const child = (id) => api(`/api/children/${id}`);
export const register = (registration) => api('/api/children', { method: 'POST', body: registration });
/** Corrects name, sex and birth date; the server checks them against the ID number. */
export const correct = (id, details) => api(`/api/children/${id}`, { method: 'PUT', body: details });
export const remove = (id) => api(`/api/children/${id}`, { method: 'DELETE' });

export const invite = (childId) => api(`/api/children/${childId}/invitations`, { method: 'POST' });
export const acceptInvitation = (code, relation) => api(`/api/guardian-invitations/${code}/acceptance`,
  { method: 'POST', body: { relation } });
