import { describe, expect, it } from 'vitest';
import { lintCollection, lintMessages } from '../../../../tests/support/fixtures';
import { noRawHtml } from './no-raw-html';

const fix =
  'Fix: write it in Markdown (emphasis, lists, links, fenced code); profile prose may not carry HTML [no-raw-html]';

// Each way prose could carry active content has its own fixture; all are rejected at the file line that carries it.
describe('no-raw-html', () => {
  it.each([
    ['raw-html-script', `raw HTML <script> in the prose. ${fix}`],
    ['raw-html-iframe', `raw HTML <iframe> in the prose. ${fix}`],
    ['raw-html-event-handler', `raw HTML <img> in the prose. ${fix}`],
    [
      'raw-html-javascript-link',
      'a link to "javascript:alert(1)". Fix: link an https page instead (javascript:, vbscript: and data: URLs are not allowed) [no-raw-html]',
    ],
  ])('rejects %s', (fixture, message) => {
    expect(lintMessages(fixture, 'no-raw-html')).toEqual([`${fixture}.md: body (line 9): ${message}`]);
  });

  it('accepts Markdown prose, and HTML shown as code', () => {
    expect(lintMessages('alpha', 'no-raw-html')).toEqual([]);
    const [alpha] = lintCollection('alpha');
    const body = `${alpha!.body}\nUse \`<script>\` tags sparingly:\n\n\`\`\`html\n<script src="app.js"></script>\n\`\`\`\n`;
    expect(noRawHtml.check({ ...alpha!, body }, { today: new Date() })).toEqual([]);
  });
});
