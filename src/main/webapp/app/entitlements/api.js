// The entitlements feature's calls: what a child may still use and its ledger, and a district's coverage.
import { api } from '../api.js';

export const entitlements = (childId) => api(`/api/children/${childId}/entitlements`);
export const ledger = (childId) => api(`/api/children/${childId}/entitlements/ledger`);
export const coverage = (districtCode) => api(`/api/districts/${districtCode}/coverage`);
