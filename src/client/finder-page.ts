import { followQuery, writeQuery } from './url-state';
import { setHtml } from './dom';
import { isUnanswered, parseAnswers, readAnswers, serializeAnswers, type Answers } from '../lib/finder/answers';
import { excludedText, resultsHtml, statusText } from '../lib/finder/results-html';
import { scoreProfiles, type FinderProfile } from '../lib/finder/score';
import { withBase } from '../lib/urls';

/**
 * /finder/: the form's answers live in the URL; every change re-ranks with
 * the pure scoring function and adds a history entry. Before any answer the
 * page asks instead of ranking.
 */
export function startFinder(): void {
  const root = document.querySelector<HTMLElement>('#finder');
  const form = document.querySelector<HTMLFormElement>('#finder-form');
  const dataNode = document.querySelector('#finder-data');
  if (!root || !form || !dataNode) return;
  const profiles = JSON.parse(dataNode.textContent ?? '[]') as FinderProfile[];
  const lists = root.querySelector<HTMLElement>('#finder-lists')!;
  const status = root.querySelector<HTMLElement>('#finder-status')!;
  const excludedNote = root.querySelector<HTMLElement>('#finder-excluded')!;
  const compare = root.querySelector<HTMLAnchorElement>('#finder-compare')!;
  const show = form.querySelector<HTMLButtonElement>('#finder-show')!;

  function writeForm(a: Answers) {
    const query = new URLSearchParams(serializeAnswers(a));
    for (const input of form!.querySelectorAll<HTMLInputElement>('input')) {
      const wanted = (query.get(input.name) ?? '').split(',');
      const fallback = input.type === 'radio' && !query.has(input.name) && input.defaultChecked;
      input.checked = wanted.includes(input.value) || fallback;
    }
  }

  function render(a: Answers) {
    const unanswered = isUnanswered(a);
    const result = scoreProfiles(profiles, a);
    root!.classList.toggle('unanswered', unanswered);
    setHtml(
      lists,
      unanswered ? resultsHtml({ ...result, matches: [], missing: [] }, withBase) : resultsHtml(result, withBase),
    );
    status.textContent = unanswered
      ? 'Answer any question and the matching frameworks appear here, best first.'
      : statusText(result);
    excludedNote.textContent = unanswered ? '' : excludedText(result);
    const three = unanswered ? [] : result.matches.slice(0, 3).map((m) => m.slug);
    compare.hidden = three.length < 2;
    compare.href = withBase(`compare/?with=${three.join(',')}`);
    show.textContent = unanswered ? 'Show matches' : `Show ${result.matches.length} matches`;
  }

  function commit() {
    const answers = readAnswers(new FormData(form!));
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
