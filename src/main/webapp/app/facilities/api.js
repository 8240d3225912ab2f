// The facilities feature's calls: the public directory and refusals, a facility's record and filing applications with
// their materials, the review of applications, and the district's facilities with their standing.
import { api, apiBlob } from '../api.js';

/** The directory of filed facilities: `query` holds page, size and the filters (URLSearchParams). */
export const directory = (query) => api(`/api/directory/facilities?${query}`);
export const refusals = () => api('/api/directory/refusals?size=20');

export const facility = (id) => api(`/api/facilities/${id}`);
export const saveFacility = (id, record) => api(`/api/facilities/${id}`, { method: 'PUT', body: record });
export const applications = (facilityId) => api(`/api/facilities/${facilityId}/applications`);
export const openApplication = (facilityId, application) => api(`/api/facilities/${facilityId}/applications`,
  { method: 'POST', body: application });
export const application = (facilityId, id) => api(`/api/facilities/${facilityId}/applications/${id}`);
export const uploadMaterial = (facilityId, id, kind, file) => api(
  `/api/facilities/${facilityId}/applications/${id}/materials/${kind}`, { method: 'PUT', body: file,
    headers: { 'Content-Type': file.type || 'application/octet-stream' } });
export const material = (facilityId, id, kind) => apiBlob(`/api/facilities/${facilityId}/applications/${id}/materials/${kind}`);
export const submitApplication = (facilityId, id) => api(`/api/facilities/${facilityId}/applications/${id}/submission`,
  { method: 'POST' });
export const decide = (facilityId, id, decision) => api(`/api/facilities/${facilityId}/applications/${id}/decision`,
  { method: 'POST', body: decision });

export const pendingReviews = () => api('/api/facility-reviews?size=50');
/** The district's facilities in any standing: `query` holds page, size and the standing (URLSearchParams). */
export const districtFacilities = (query) => api(`/api/district-facilities?${query}`);
export const changeStanding = (id, action, reasons) => api(`/api/facilities/${id}/standing-decisions`,
  { method: 'POST', body: { action, reasons } });
export const history = (id) => api(`/api/facilities/${id}/history`);
