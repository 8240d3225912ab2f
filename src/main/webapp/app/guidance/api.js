// The guidance feature's calls: classes, bookings and the waitlist, the family calendar, home visits; for health
// staff publishing classes, attendance, the district's staff and the home-visit roster.
import { api, apiBlob } from '../api.js';

/** Upcoming classes, a page ({items, page, size, total}); `district` (staff) narrows them to one district. */
export function upcomingClasses({ size, district } = {}) {
  const query = new URLSearchParams({ size });
  if (district !== undefined) query.set('district', district);
  return api(`/api/classes?${query}`);
}
export const classOf = (id) => api(`/api/classes/${id}`);
export const book = (classId, childId) => api(`/api/classes/${classId}/bookings`, { method: 'POST', body: { childId } });
export const joinWaitlist = (classId, childId) => api(`/api/classes/${classId}/waitlist`,
  { method: 'POST', body: { childId } });

export const bookings = () => api('/api/bookings');
export const cancelBooking = (id) => api(`/api/bookings/${id}`, { method: 'DELETE' });
export const waitlist = () => api('/api/waitlist');
export const acceptOffer = (id) => api(`/api/waitlist/${id}/acceptance`, { method: 'POST' });
export const leaveWaitlist = (id) => api(`/api/waitlist/${id}`, { method: 'DELETE' });

export const calendarFile = () => apiBlob('/api/calendar/guidance.ics');
/** A new subscription address; it revokes the earlier one. */
export const subscribe = () => api('/api/calendar/subscriptions', { method: 'POST' });

export const visits = () => api('/api/visits');
/** Per child, whether it may request a home visit now and, if not, why. */
export const visitEligibility = () => api('/api/visits/eligibility');
export const requestVisit = (request) => api('/api/visits', { method: 'POST', body: request });
export const confirmVisit = (id) => api(`/api/visits/${id}/confirmation`, { method: 'POST' });
export const askReschedule = (id, note) => api(`/api/visits/${id}/reschedule-request`, { method: 'POST', body: { note } });
export const cancelVisit = (id) => api(`/api/visits/${id}`, { method: 'DELETE' });

export const publishClass = (details) => api('/api/staff/classes', { method: 'POST', body: details });
export const attendees = (classId) => api(`/api/staff/classes/${classId}/attendees`);
export const recordAttendance = (classId, bookingId, attended) => api(
  `/api/staff/classes/${classId}/bookings/${bookingId}/attendance`, { method: 'PUT', body: { attended } });

/** The district's staff to assign visits to (coordinators only). */
export const staffMembers = () => api('/api/staff/members');
/** The roster, a page ({items, page, size, total}): `query` holds the filters and the page (URLSearchParams). */
export const roster = (query) => api(`/api/staff/visits?${query}`);
export const rosterCsv = (query) => apiBlob(`/api/staff/visits/export?${query}`);
/** Children with guidance sessions left and no open visit, a page ({items, page, size, total}). */
export const dueChildren = () => api('/api/staff/visits/due?size=50');
export const openVisit = (childId, assignee) => api('/api/staff/visits', { method: 'POST', body: { childId, assignee } });
export const assign = (id, assignee) => api(`/api/staff/visits/${id}/assignee`, { method: 'PUT', body: { assignee } });
export const schedule = (id, window) => api(`/api/staff/visits/${id}/schedule`, { method: 'PUT', body: window });
export const recordOutcome = (id, outcome) => api(`/api/staff/visits/${id}/outcome`, { method: 'PUT', body: outcome });
