import { expect, test } from './support/test';
import { supportEndEvents, upcomingEvents } from '../../src/lib/lifecycle/events';
import { supportedLines } from '../../src/lib/lifecycle/support';
import { loadProfiles } from './support/content';

const profiles = loadProfiles().map(({ slug, data }) => ({ id: slug, data }));

test('/lifecycle/ lists the next ends of support soonest first, and filters by language with JavaScript', async ({
  page,
}) => {
  await page.goto('lifecycle/');
  const expected = upcomingEvents(supportEndEvents(profiles), new Date());
  const dates = await page.locator('#upcoming-table tbody time').allTextContents();
  expect(dates).toEqual(expected.map((e) => e.date.toISOString().slice(0, 10)));
  await page.getByLabel('Language').selectOption('Python');
  const shown = await page
    .locator('#supported-table tbody tr:visible')
    .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.slug));
  const python = profiles.filter((p) => p.data.kind === 'framework' && p.data.languages.includes('Python'));
  expect(shown.sort()).toEqual(python.map((p) => p.id).sort());
});

test('the lifecycle page is complete without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('lifecycle/');
  await expect(page.locator('#supported-table tbody tr')).toHaveCount(profiles.length);
  await context.close();
});

test('the iCalendar feeds are valid: CRLF, folded lines, one event per announced end, unique UIDs', async ({
  request,
}) => {
  const feeds = [
    ['lifecycle.ics', profiles],
    ['frameworks/django/lifecycle.ics', profiles.filter((p) => p.id === 'django')],
  ] as const;
  for (const [path, owners] of feeds) {
    const response = await request.get(path);
    expect(response.headers()['content-type']).toContain('text/calendar');
    const ics = await response.text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    expect(lines.every((l) => !l.includes('\n') && Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    const uids = lines.filter((l) => l.startsWith('UID:'));
    expect(uids).toHaveLength(supportEndEvents(owners).length);
    expect(new Set(uids).size).toBe(uids.length);
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(ics.match(/END:VEVENT/g)?.length);
  }
});

test('a profile shows its release lines as a table and a timeline, ended lines marked, today drawn', async ({
  page,
}) => {
  const django = profiles.find((p) => p.id === 'django')!;
  await page.goto('frameworks/django/');
  const rows = page.locator('table.release-lines tbody tr');
  await expect(rows).toHaveCount(django.data.releaseLines.length);
  const svg = page.locator('svg[data-timeline]');
  await expect(svg).toHaveAttribute('role', 'img');
  await expect(svg.locator('[data-today]')).toHaveCount(1);
  const supported = supportedLines(django.data.releaseLines, new Date()).map((l) => l.cycle);
  const ended = await svg
    .locator('g.row[data-phase="ended"]')
    .evaluateAll((g) => g.map((e) => (e as HTMLElement).dataset.cycle));
  expect(ended.every((c) => !supported.includes(c!))).toBe(true);
  await expect(page.getByRole('link', { name: /Calendar of Django/ })).toHaveAttribute(
    'href',
    /frameworks\/django\/lifecycle\.ics$/,
  );
});

test('releases.json rows validate and match the profiles’ lines', async ({ request }) => {
  const data = (await (await request.get('data/releases.json')).json()) as { releases: { slug: string }[] };
  expect(data.releases).toHaveLength(profiles.reduce((n, p) => n + p.data.releaseLines.length, 0));
  const csv = await (await request.get('data/releases.csv')).text();
  expect(csv.trimEnd().split('\r\n')).toHaveLength(data.releases.length + 1);
  expect((await request.get('data/releases.schema.json')).ok()).toBe(true);
});
