/** Link to edit a profile's Markdown file on GitHub. */
export function editUrl(repoUrl: string, slug: string): string {
  return `${repoUrl}/edit/main/content/frameworks/${slug}.md`;
}

/** One fact as the report lists it, e.g. { label: 'License', value: 'MIT' }. */
export interface ReportedFact {
  label: string;
  value: string;
}

/**
 * Link to a new GitHub issue about one section of a profile (one link per
 * section), pre-filled with the profile, the section and each of its facts as
 * a task-list item the reader ticks, so the issue still names the fact.
 */
export function reportUrl(
  repoUrl: string,
  profile: { slug: string; name: string },
  section: string,
  pageUrl: string,
  facts: readonly ReportedFact[],
): string {
  const title = `Wrong fact: ${profile.name} — ${section}`;
  const body = [
    `Profile: ${profile.name} (content/frameworks/${profile.slug}.md)`,
    `Section: ${section}`,
    `Page: ${pageUrl}`,
    '',
    'Tick the fact that is wrong:',
    ...facts.map((f) => `- [ ] ${f.label}: ${f.value}`),
    '',
    'What is wrong, and the source (URL) that shows the right value:',
    '',
  ].join('\n');
  return `${repoUrl}/issues/new?${new URLSearchParams({ title, body }).toString()}`;
}
