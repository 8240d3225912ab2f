// The vouchers feature's calls: a family's vouchers and their rotating codes, claiming, the counter's redemptions
// and voids, the monthly settlement, and the district's batches.
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
