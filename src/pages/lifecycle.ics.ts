import type { APIRoute } from 'astro';
import { getProfiles } from '../data/collection';
import { calendarResponse } from '../lib/lifecycle/calendar-response';

/** /lifecycle.ics: every announced end of support across the site. */
export const GET: APIRoute = async ({ site }) =>
  calendarResponse(await getProfiles(), 'Backend Atlas: end of support', site);
