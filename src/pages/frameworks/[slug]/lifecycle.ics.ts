import type { APIRoute, GetStaticPaths } from 'astro';
import { getProfiles } from '../../../data/collection';
import { calendarResponse } from '../../../lib/lifecycle/calendar-response';
import type { Profile } from '../../../lib/profiles';

export const getStaticPaths = (async () =>
  (await getProfiles()).map((profile) => ({
    params: { slug: profile.id },
    props: { profile },
  }))) satisfies GetStaticPaths;

/** /frameworks/<slug>/lifecycle.ics: one profile's announced ends of support. */
export const GET: APIRoute<{ profile: Profile }> = ({ props, site }) =>
  calendarResponse([props.profile], `${props.profile.data.name}: end of support`, site);
