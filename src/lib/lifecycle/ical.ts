import { addDays, isoDate } from './dates';
import { endKindLabels, type SupportEndEvent } from './events';

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start
 * with one space; a multi-byte character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (date: Date) => isoDate(date).replace(/-/g, '');

export interface CalendarOptions {
  /** Calendar name shown by calendar apps. */
  name: string;
  /** Host part of the UIDs, e.g. the site's host name. */
  host: string;
  /** Fixed DTSTAMP, so the same data gives the same bytes (the latest data change). */
  stamp: Date;
  profileUrl: (slug: string) => string;
}

/** Stable per event: the same line's same end keeps its UID when the date moves. */
export function eventUid(event: SupportEndEvent, host: string): string {
  return `${event.slug}-${event.cycle.replace(/[^A-Za-z0-9.]+/g, '_')}-${event.kind}@${host}`;
}

/** An iCalendar (RFC 5545) feed of end-of-support dates as all-day events. */
export function supportCalendar(events: readonly SupportEndEvent[], options: CalendarOptions): string {
  const stamp = `${basicDate(options.stamp)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Backend Atlas//Lifecycle//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${eventUid(event, options.host)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(`${event.name} ${event.cycle}: ${endKindLabels[event.kind]}`)}`,
      `DESCRIPTION:${escapeText(`Last day of ${endKindLabels[event.kind]} for ${event.name} ${event.cycle}. Source: ${event.source}`)}`,
      `URL:${options.profileUrl(event.slug)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
