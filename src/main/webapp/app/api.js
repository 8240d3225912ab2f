// Calls the API with the bearer token; problem details become Errors carrying the problem.
import { token } from './auth.js';

export async function api(path, options = {}) {
  const headers = { Accept: 'application/json', ...(options.headers || {}) };
  const bearer = await token();
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  if (options.body && typeof options.body !== 'string' && !(options.body instanceof FormData)) {
    headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(options.body);
  }
  const response = await fetch(path, { ...options, headers });
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const error = new Error(body.detail || body.title || response.statusText);
    error.problem = body;
    throw error;
  }
  return body;
}
