// The vouchers feature's calls: a family's vouchers and their rotating codes, claiming, the counter's redemptions
// and voids, the monthly settlement, the district's batches, and lottery batches' applications and public draws.
import { api, apiBlob } from '../api.js';

// The device name the counter's redemptions and voids are recorded with.
const DEVICE = 'web-counter';

export const vouchers = () => api('/api/vouchers');
export const voucher = (id) => api(`/api/vouchers/${id}`);
/** The voucher's current code: manual code, validity, and when to ask again. */
export const code = (id) => api(`/api/vouchers/${id}/code`);
export const codeImage = (id) => apiBlob(`/api/vouchers/${id}/code.png`);
export const claim = (batchId, childId) => api('/api/vouchers', { method: 'POST', body: { batchId, childId } });

/** The batches open to this child, each saying whether the child may claim one and, if not, why. */
export const openBatches = (childId) => api(`/api/voucher-batches/open?childId=${encodeURIComponent(childId)}`);
export const batches = () => api('/api/voucher-batches');
export const createBatch = (terms) => api('/api/voucher-batches', { method: 'POST', body: terms });
export const setBatchStatus = (id, status) => api(`/api/voucher-batches/${id}/status`, { method: 'PUT', body: { status } });
/** The districts whose new batches the family is told of (those of its children); empty when it did not ask. */
export const batchWatch = () => api('/api/voucher-batches/watch');
/** A batch's public status (availability, how many left): no token, so an edge cache serves a surge's polls. */
export const batchStatus = (id) => api(`/api/public/voucher-batches/${id}/status`, { anonymous: true });
export const watchBatches = () => api('/api/voucher-batches/watch', { method: 'POST' });
export const unwatchBatches = () => api('/api/voucher-batches/watch', { method: 'DELETE' });
/** The child's lottery applications (id, state, position once drawn, offer deadline, actions). */
export const lotteryApplications = (childId) => api(`/api/children/${encodeURIComponent(childId)}/lottery-applications`);
export const applyForDraw = (childId, batchId) => api(`/api/children/${encodeURIComponent(childId)}/lottery-applications`,
  { method: 'POST', body: { batchId } });
export const withdrawFromDraw = (childId, batchId) => api(
  `/api/children/${encodeURIComponent(childId)}/lottery-applications/withdrawal`, { method: 'POST', body: { batchId } });
/** A lottery batch as its staff follow it: commitment, applications, and once drawn the offers and claims. */
export const batchLottery = (id) => api(`/api/voucher-batches/${id}/lottery`);
/** A lottery batch's public draw: commitment, then the seed and the ordered pseudonymous ids. No token. */
export const publicDraw = (id) => api(`/api/public/voucher-batches/${encodeURIComponent(id)}/draw`, { anonymous: true });
export const setBatchQuantity = (id, quantity) => api(`/api/voucher-batches/${id}/quantity`,
  { method: 'PUT', body: { quantity } });

/** Redeems a scanned code or a typed manual code ({code} or {manualCode}); the same key replays the first answer. */
export const redeem = (what, key) => api('/api/redemptions', { method: 'POST', body: { ...what, device: DEVICE },
  headers: { 'Idempotency-Key': key } });
export const redeemPhoto = (file, key) => api('/api/redemptions/photo', { method: 'POST', body: file,
  headers: { 'Content-Type': file.type || 'image/jpeg', 'Idempotency-Key': key, 'X-Device': DEVICE } });
export const redemptions = (month) => api(`/api/redemptions?month=${month}`);
export const voidRedemption = (id, reason) => api(`/api/redemptions/${id}/void`, { method: 'POST',
  body: { reason, device: DEVICE } });

export const settlement = (month) => api(`/api/settlements?month=${month}`);
export const settlementCsv = (month) => apiBlob(`/api/settlements/csv?month=${month}`);
