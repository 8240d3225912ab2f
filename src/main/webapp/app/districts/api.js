// The districts feature's calls: the districts, and places per 1,000 residents against the targets of their plans.
import { api } from '../api.js';

export const districts = () => api('/api/districts');
export const placesPerThousand = () => api('/api/places-per-thousand');
