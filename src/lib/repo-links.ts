/** Link to edit a profile's Markdown file on GitHub. */
export function editUrl(repoUrl: string, slug: string): string {
  return `${repoUrl}/edit/main/content/frameworks/${slug}.md`;
}

/** Link to a new GitHub issue, pre-filled with the profile and the field a reader disputes. */
export function reportUrl(
  repoUrl: string,
  profile: { slug: string; name: string },
  field: string,
  pageUrl: string,
): string {
  const title = `Wrong fact: ${profile.name} — ${field}`;
  const body = [
    `Profile: ${profile.name} (content/frameworks/${profile.slug}.md)`,
    `Field: ${field}`,
    `Page: ${pageUrl}`,
    '',
    'What is wrong, and the source (URL) that shows the right value:',
    '',
  ].join('\n');
  return `${repoUrl}/issues/new?${new URLSearchParams({ title, body }).toString()}`;
}
