import { setHtml } from './dom';
import { didYouMeanHtml, wordsFromPath } from '../lib/not-found';
import type { Candidate } from '../lib/suggest';
import { BASE, withBase } from '../lib/urls';

/** The 404 page: prefills the search with the missing path's words and offers close profile names. */
export function startNotFound(): void {
  const input = document.querySelector<HTMLInputElement>('#not-found-q');
  const host = document.querySelector<HTMLElement>('#not-found-suggestions');
  const dataNode = document.querySelector('#not-found-data');
  if (!input || !host || !dataNode) return;
  const words = wordsFromPath(location.pathname, BASE);
  input.value = words;
  setHtml(host, didYouMeanHtml(words, JSON.parse(dataNode.textContent ?? '[]') as Candidate[], withBase));
}
