import { followQuery, writeQuery } from './url-state';
import { parseAnswers, serializeAnswers, type Answers } from '../lib/finder/answers';
import { scoreProfiles, type FeatureOutcome, type FinderProfile, type Match } from '../lib/finder/score';
import { levelDisplay } from '../lib/statements';
import { withBase } from '../lib/urls';
import { profilePath } from '../lib/paths';

const reasonText = {
  language: 'not in your languages',
  license: 'not open source',
  'no-code': 'a no-code platform',
} as const;

const outcomes = (list: FeatureOutcome[]) =>
  list.map((o) => `${o.name}: ${levelDisplay[o.level].label.toLowerCase()}`).join(', ');

/** The plain-language "why" of one match. */
function why(m: Match): string[] {
  const lines: string[] = [];
  if (m.mustMet.length) lines.push(`Must-haves built in: ${m.mustMet.map((o) => o.name).join(', ')}.`);
  if (m.mustMissed.length) lines.push(`Must-haves missing: ${outcomes(m.mustMissed)}.`);
  if (m.niceMet.length) lines.push(`Nice-to-haves: ${outcomes(m.niceMet)}.`);
  if (m.niceMissed.length) lines.push(`Not available: ${outcomes(m.niceMissed)}.`);
  if (m.styleMatch) lines.push('Matches the style you asked for.');
  return lines;
}

/**
 * /finder/: the form's answers live in the URL; every change re-ranks with
 * the same pure scoring function the tests use, and adds a history entry.
 */
export function startFinder(): void {
  const root = document.querySelector<HTMLElement>('#finder');
  const form = document.querySelector<HTMLFormElement>('#finder-form');
  const dataNode = document.querySelector('#finder-data');
  if (!root || !form || !dataNode) return;
  const profiles = JSON.parse(dataNode.textContent ?? '[]') as FinderProfile[];
  const list = root.querySelector<HTMLOListElement>('#finder-results')!;
  const status = root.querySelector<HTMLElement>('#finder-status')!;
  const excludedNote = root.querySelector<HTMLElement>('#finder-excluded')!;
  const compare = root.querySelector<HTMLAnchorElement>('#finder-compare')!;

  function readForm(): Answers {
    const values = (name: string) =>
      [...form!.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)]
        .map((i) => i.value)
        .filter(Boolean);
    const query = new URLSearchParams();
    for (const name of ['lang', 'must', 'nice', 'build', 'style', 'typing', 'license', 'nocode']) {
      const v = values(name);
      if (v.length) query.set(name, v.join(','));
    }
    return parseAnswers(query.toString());
  }

  function writeForm(a: Answers) {
    const query = new URLSearchParams(serializeAnswers(a));
    for (const input of form!.querySelectorAll<HTMLInputElement>('input')) {
      const wanted = (query.get(input.name) ?? '').split(',');
      const fallback = input.type === 'radio' && !query.has(input.name) && input.defaultChecked;
      input.checked = wanted.includes(input.value) || fallback;
    }
  }

  function render(a: Answers) {
    const { matches, excluded } = scoreProfiles(profiles, a);
    const top = matches.slice(0, 10);
    list.replaceChildren(
      ...top.map((m) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = withBase(profilePath(m.slug));
        link.textContent = m.name;
        const score = document.createElement('span');
        score.className = 'score';
        score.textContent = ` — ${m.percent}% (${m.points} points)`;
        item.append(link, score);
        for (const line of why(m)) {
          const p = document.createElement('p');
          p.className = 'why';
          p.textContent = line;
          item.append(p);
        }
        return item;
      }),
    );
    const byReason = Object.entries(
      excluded.reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.reason]: (acc[e.reason] ?? 0) + 1 }), {}),
    );
    excludedNote.textContent = excluded.length
      ? `${excluded.length} left out: ${byReason.map(([r, n]) => `${n} ${reasonText[r as keyof typeof reasonText]}`).join(', ')}.`
      : 'Nothing left out.';
    status.textContent = matches.length
      ? `${matches.length} match${matches.length === 1 ? '' : 'es'}; showing the top ${top.length}.`
      : 'No framework fits these constraints. Allow more languages, or no-code platforms.';
    const three = matches.slice(0, 3).map((m) => m.slug);
    compare.hidden = three.length < 2;
    compare.href = withBase(`compare/?with=${three.join(',')}`);
  }

  function commit() {
    const answers = readForm();
    writeQuery(serializeAnswers(answers), 'push');
    render(answers);
  }

  form.addEventListener('change', commit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit();
    root.querySelector<HTMLElement>('#finder-results-heading')?.scrollIntoView();
  });
  form.addEventListener('reset', () => {
    // After the browser restores the defaults.
    setTimeout(commit);
  });
  followQuery((search) => {
    const answers = parseAnswers(search);
    writeForm(answers);
    render(answers);
  });
}
