import { fragment, h, type Html } from '../html/html';
import { profilePath } from '../paths';
import { levelDisplay } from '../statements';
import type { FeatureOutcome, FinderResult, Match } from './score';

const reasonText = {
  language: 'not in your languages',
  license: 'not open source',
  'no-code': 'a no-code platform',
  support: 'with support ending sooner',
} as const;

/** How many results each list shows. */
export const SHOWN = 10;

const levels = (list: readonly FeatureOutcome[]) =>
  list.map((o) => `${o.name}: ${levelDisplay[o.level].label.toLowerCase()}`).join(', ');
const names = (list: readonly FeatureOutcome[]) => list.map((o) => o.name).join(', ');

/** The plain-language "why" of one match, with the level of every answer it was weighed on. */
export function why(m: Match): string[] {
  const notBuiltIn = m.mustMissed.filter((o) => o.level !== 'unknown');
  const mustUnknown = m.mustMissed.filter((o) => o.level === 'unknown');
  const niceNone = m.niceMissed.filter((o) => o.level !== 'unknown');
  const niceUnknown = m.niceMissed.filter((o) => o.level === 'unknown');
  return [
    m.mustMet.length > 0 && `Must-haves built in: ${names(m.mustMet)}.`,
    notBuiltIn.length > 0 && `Must-haves not built in: ${levels(notBuiltIn)}.`,
    mustUnknown.length > 0 && `Must-haves not verified yet (unknown): ${names(mustUnknown)}.`,
    m.niceMet.length > 0 && `Nice-to-haves: ${levels(m.niceMet)}.`,
    niceNone.length > 0 && `Nice-to-haves not available: ${names(niceNone)}.`,
    niceUnknown.length > 0 && `Nice-to-haves not verified yet (unknown): ${names(niceUnknown)}.`,
    m.styleMatch && 'Matches the style you asked for.',
    m.languageUnknown &&
      'Its SDK and function languages are not recorded yet, so it ranks after the profiles in your languages.',
    m.supportUnknown &&
      'No end of support is announced for its current line, so it ranks after those known to be supported as long.',
  ].filter((line): line is string => typeof line === 'string');
}

const item = (m: Match, withBase: (path: string) => string) =>
  h(
    'li',
    {},
    h('a', { href: withBase(profilePath(m.slug)) }, m.name),
    h('span', { class: 'score' }, ` — ${m.percent}% (${m.points} points)`),
    why(m).map((line) => h('p', { class: 'why' }, line)),
  );

/** The result lists: complete matches, then (below a divider) those missing a must-have. */
export function resultsHtml(result: FinderResult, withBase: (path: string) => string): Html {
  return fragment(
    h(
      'ol',
      { id: 'finder-results', class: 'matches' },
      result.matches.slice(0, SHOWN).map((m) => item(m, withBase)),
    ),
    result.missing.length > 0 && [
      h('h3', { id: 'finder-missing-heading', class: 'divider' }, `Missing a must-have (${result.missing.length})`),
      h(
        'ol',
        { id: 'finder-missing', class: 'matches' },
        result.missing.slice(0, SHOWN).map((m) => item(m, withBase)),
      ),
    ],
  );
}

/** One line on what the constraints left out, by reason. */
export function excludedText(result: FinderResult): string {
  const counts = new Map<keyof typeof reasonText, number>();
  for (const e of result.excluded) counts.set(e.reason, (counts.get(e.reason) ?? 0) + 1);
  if (counts.size === 0) return 'Nothing left out.';
  const parts = [...counts].map(([reason, n]) => `${n} ${reasonText[reason]}`);
  return `${result.excluded.length} left out: ${parts.join(', ')}.`;
}

/** The status line above the results. */
export function statusText(result: FinderResult): string {
  const n = result.matches.length;
  if (n === 0 && result.missing.length === 0)
    return 'No framework fits these constraints. Allow more languages, or no-code platforms.';
  if (n === 0) return 'None has every must-have built in; the closest are listed below.';
  return `${n} match${n === 1 ? '' : 'es'} with every must-have; showing the top ${Math.min(n, SHOWN)}.`;
}
