// The hourly-care feature's calls: a facility's schedule and slots, a family's sessions, passes and pick-up people,
// the facility's desk (check-in, check-out, board) and the district's capacity.
import { api, apiBlob } from '../api.js';

const DEVICE = 'web-desk';

export const schedule = () => api('/api/hourly-care/schedule');
export const publishSchedule = (body) => api('/api/hourly-care/schedule', { method: 'PUT', body });
export const slots = (facilityId, date) => api(`/api/hourly-care/facilities/${encodeURIComponent(facilityId)}/slots?date=${date}`);
export const capacity = (from, days) => api(`/api/hourly-care/capacity?from=${from}&days=${days}`);

export const children = () => api('/api/hourly-care/children');
export const sessions = () => api('/api/hourly-care/sessions');
export const session = (id) => api(`/api/hourly-care/sessions/${id}`);
export const book = (body) => api('/api/hourly-care/sessions', { method: 'POST', body });
export const cancel = (id) => api(`/api/hourly-care/sessions/${id}/cancellation`, { method: 'POST', body: {} });
export const pass = (id) => api(`/api/hourly-care/sessions/${id}/pass`);
export const passImage = (id) => apiBlob(`/api/hourly-care/sessions/${id}/pass.png`);
export const namePickup = (id, body) => api(`/api/hourly-care/sessions/${id}/pickups`, { method: 'POST', body });

/** Checks in by {code} or {manualCode}; the same key replays the first answer. */
export const checkIn = (what, key) => api('/api/hourly-care/desk/check-ins', { method: 'POST',
  body: { ...what, device: DEVICE }, headers: { 'Idempotency-Key': key } });
/** Checks in by a photo of the pass; the server reads the QR code. */
export const checkInPhoto = (file, key) => api('/api/hourly-care/desk/check-ins/photo', { method: 'POST', body: file,
  headers: { 'Content-Type': file.type || 'image/jpeg', 'Idempotency-Key': key, 'X-Device': DEVICE } });
/** Checks out by {code}, {manualCode} or {pickupCode}; the same key replays the first answer. */
export const checkOut = (id, what, key) => api(`/api/hourly-care/desk/sessions/${id}/check-out`, { method: 'POST',
  body: { ...what, device: DEVICE }, headers: { 'Idempotency-Key': key } });
export const deskSession = (id) => api(`/api/hourly-care/desk/sessions/${id}`);
export const board = () => api('/api/hourly-care/desk/board');
