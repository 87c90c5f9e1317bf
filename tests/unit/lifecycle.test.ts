import { describe, expect, it } from 'vitest';
import { lifecycleNews } from '../../src/lib/lifecycle/feed-events';
import { supportEndEvents, upcomingEvents } from '../../src/lib/lifecycle/events';
import { escapeText, eventUid, foldLine, supportCalendar } from '../../src/lib/lifecycle/ical';
import { linesWithout, onEverySupportedLine } from '../../src/lib/lifecycle/since';
import { linePhase, newestSupportedLts, supportedLines } from '../../src/lib/lifecycle/support';
import { timelineGeometry } from '../../src/lib/lifecycle/timeline';
import { belongsToCycle, compareVersions } from '../../src/lib/lifecycle/versions';
import type { ReleaseLine } from '../../src/schemas/releases';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const line = (cycle: string, fields: Partial<ReleaseLine> = {}): ReleaseLine => ({
  cycle,
  lts: false,
  source: `https://example.org/releases/${cycle}`,
  ...fields,
});

// Django-like: a current line, an LTS in security support, an ended line.
const lines = [
  line('6.0', {
    released: d('2025-12-03'),
    bugfixUntil: d('2026-08-31'),
    securityUntil: d('2027-04-30'),
    latest: '6.0.9',
  }),
  line('5.2', {
    released: d('2025-04-02'),
    lts: true,
    bugfixUntil: d('2025-12-03'),
    securityUntil: d('2028-04-30'),
    latest: '5.2.18',
  }),
  line('5.1', { released: d('2024-08-07'), bugfixUntil: d('2025-04-02'), securityUntil: d('2025-12-03') }),
];
const today = d('2026-12-01');

describe('versions', () => {
  it('orders by numeric parts, missing parts as zero', () => {
    expect(['5.10', '5.2', '6', '5.2.1'].sort(compareVersions)).toEqual(['5.2', '5.2.1', '5.10', '6']);
    expect(compareVersions('6', '6.0')).toBe(0);
  });
  it('matches a version to its line', () => {
    expect(belongsToCycle('6.0.9', '6.0')).toBe(true);
    expect(belongsToCycle('5.3.0', '5.x')).toBe(true);
    expect(belongsToCycle('6.1', '6.0')).toBe(false);
    expect(belongsToCycle('16.0', '6')).toBe(false);
  });
});

describe('support phases', () => {
  it('reads bug-fix, security-only and ended from the announced dates', () => {
    expect(lines.map((_, i) => linePhase(lines, i, today))).toEqual(['security', 'security', 'ended']);
    expect(linePhase(lines, 0, d('2026-08-31'))).toBe('active');
  });
  it('counts the newest line without an end as supported, older ones as unstated', () => {
    const open = [line('5.x', { released: d('2024-09-10') }), line('4.x', { released: d('2014-04-09') })];
    expect(open.map((_, i) => linePhase(open, i, today))).toEqual(['active', 'unstated']);
  });
  it('finds the supported lines and the newest supported LTS', () => {
    expect(supportedLines(lines, today).map((l) => l.cycle)).toEqual(['6.0', '5.2']);
    expect(newestSupportedLts(lines, today)?.cycle).toBe('5.2');
    expect(newestSupportedLts(lines, d('2028-05-01'))).toBeUndefined();
  });
});

describe('since', () => {
  it('is on every supported line when each line’s latest version reaches it', () => {
    expect(onEverySupportedLine('5.2', lines, today)).toBe(true);
    expect(linesWithout('6.0', lines, today).map((l) => l.cycle)).toEqual(['5.2']);
    expect(onEverySupportedLine('6.0', lines, d('2028-05-01'))).toBe(false);
  });
});

describe('end-of-support events', () => {
  const profiles = [{ id: 'django', data: { name: 'Django', releaseLines: lines } }];
  it('lists each announced end once, soonest first, from a date on', () => {
    const events = supportEndEvents(profiles);
    expect(events.map((e) => `${e.cycle} ${e.kind}`)).toEqual([
      '5.1 bugfix',
      '5.1 security',
      '5.2 bugfix',
      '6.0 bugfix',
      '6.0 security',
      '5.2 security',
    ]);
    expect(upcomingEvents(events, today).map((e) => e.cycle)).toEqual(['6.0', '5.2']);
  });
  it('puts releases, ends within 90 days and reached ends in the feed, dated by the data', () => {
    const news = lifecycleNews(profiles, d('2027-02-15'));
    expect(news.map((n) => [n.title, n.date.toISOString().slice(0, 10)])).toEqual([
      ['Django 6.0: end of security support on 2027-04-30', '2027-01-30'],
      ['Django 6.0: end of bug-fix support reached', '2026-08-31'],
    ]);
    const releases = lifecycleNews(profiles, d('2026-01-01')).filter((n) => n.key.startsWith('release-'));
    expect(releases.map((n) => n.title)).toEqual(['Django 6.0 released', 'Django 5.2 released']);
  });
});

describe('iCalendar', () => {
  it('escapes text values', () => {
    expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
  });
  it('folds at 75 octets without splitting a character', () => {
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    const parts = folded.split('\r\n');
    expect(parts.every((p) => Buffer.byteLength(p, 'utf8') <= 75)).toBe(true);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(`SUMMARY:${'é'.repeat(60)}`);
  });
  it('writes one all-day event per end with a stable UID and CRLF lines', () => {
    const events = supportEndEvents([{ id: 'django', data: { name: 'Django', releaseLines: lines } }]);
    const ics = supportCalendar(events, {
      name: 'Django support',
      host: 'atlas.example',
      stamp: d('2026-11-25'),
      profileUrl: (slug) => `https://atlas.example/frameworks/${slug}/`,
    });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(events.length);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270430\r\nDTEND;VALUE=DATE:20270501');
    expect(eventUid(events[0]!, 'atlas.example')).toBe('django-5.1-bugfix@atlas.example');
    expect(ics.split('\r\n').every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
  });
});

describe('timeline', () => {
  const t = timelineGeometry(lines, today, { width: 700, plotX: 60 })!;
  it('draws one row per line, newest on top, with its phases as segments', () => {
    expect(t.rows.map((r) => [r.cycle, r.phase, r.segments.map((s) => s.kind)])).toEqual([
      ['6.0', 'security', ['active', 'security']],
      ['5.2', 'security', ['active', 'security']],
      ['5.1', 'ended', ['active', 'security']],
    ]);
    expect(t.rows[0]!.y).toBeLessThan(t.rows[1]!.y);
  });
  it('places today between the first release and the last end, and years in order', () => {
    const first = t.rows[2]!.segments[0]!.x;
    const last = t.rows[1]!.segments[1]!;
    expect(t.today.x).toBeGreaterThan(first);
    expect(t.today.x).toBeLessThan(last.x + last.width);
    expect(t.ticks.map((k) => k.year)).toEqual([2025, 2026, 2027, 2028]);
    expect(t.ticks.every((k, i, all) => i === 0 || k.x > all[i - 1]!.x)).toBe(true);
  });
  it('clips lines older than the window and has nothing to draw without dates', () => {
    const old = timelineGeometry([line('4.x', { released: d('2014-04-09') })], today)!;
    expect(old.rows[0]!.clipped).toBe(true);
    expect(timelineGeometry([line('9')], today)).toBeUndefined();
  });
});
