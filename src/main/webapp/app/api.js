// Calls the API with the bearer token. A problem (RFC 9457) becomes an ApiError that carries it, so the page can say
// in the reader's language what went wrong, keyed by the problem type, instead of showing the raw answer.
import { token } from './auth.js';

const PROBLEM_PREFIX = 'urn:tuoyu:problem:';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && problem.title) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  get slug() {
    const type = this.problem.type || '';
    return type.startsWith(PROBLEM_PREFIX) ? type.slice(PROBLEM_PREFIX.length) : null;
  }
}

// options.anonymous: send no token (a public, cacheable answer an edge may serve to everyone alike)
async function send(path, options = {}) {
  const headers = { Accept: 'application/json', ...(options.headers || {}) };
  let bearer;
  try {
    bearer = options.anonymous ? null : await token();
  } catch (e) {
    // The session could not be refreshed: the same sentence as a 401.
    throw new ApiError(401, { type: `${PROBLEM_PREFIX}unauthenticated` });
  }
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  let body = options.body;
  if (body !== undefined && body !== null && typeof body === 'object'
      && !(body instanceof Blob) && !(body instanceof ArrayBuffer) && !(body instanceof FormData)) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, { ...options, headers, body });
  } catch (e) {
    throw new ApiError(0, { type: `${PROBLEM_PREFIX}network` });
  }
  if (!response.ok) {
    const type = response.headers.get('Content-Type') || '';
    const problem = type.includes('json') ? await response.json().catch(() => null) : null;
    throw new ApiError(response.status, problem);
  }
  return response;
}

export async function api(path, options = {}) {
  const response = await send(path, options);
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

/** A binary answer (an image, a CSV, a material) as a Blob. */
export async function apiBlob(path, options = {}) {
  const response = await send(path, { ...options, headers: { Accept: '*/*', ...(options.headers || {}) } });
  return response.blob();
}

/** The signed-in person: username, roles, and the facility or district they act for. */
export const me = () => api('/api/me');
