import { describe, expect, it } from 'vitest';
import { compareTableHtml } from '../../src/lib/compare/render';
import type { CompareGroup } from '../../src/lib/compare/table';
import { anchorHtml, hostHtml, sourceLinkHtml } from '../../src/lib/html/fragments';
import { fragment, h } from '../../src/lib/html/html';
import { exactMatch, suggest } from '../../src/lib/suggest';

describe('html builder', () => {
  it('escapes text and attribute values, leaves out false attributes, nests fragments unescaped', () => {
    expect(h('a', { href: '/?a=1&b="2"', hidden: false, download: true }, '<b>', h('i', {}, 'x')).value).toBe(
      '<a href="/?a=1&amp;b=&quot;2&quot;" download>&lt;b&gt;<i>x</i></a>',
    );
    expect(fragment(['a', null, ['b', 1]], h('br')).value).toBe('ab1<br>');
  });

  it('lets hostnames wrap only after a dot', () => {
    expect(hostHtml('docs.djangoproject.com').value).toBe('docs.<wbr>djangoproject.<wbr>com');
    expect(sourceLinkHtml('https://www.example.org/x', 'Django: ORM').value).toContain(
      'aria-label="Source for Django: ORM: example.org"',
    );
  });

  it('names heading and row anchors by one pattern', () => {
    expect(anchorHtml('orm', 'ORM', 'row').value).toContain('aria-label="Link to row: ORM"');
    expect(anchorHtml('facts', 'Key facts').value).toContain('aria-label="Link to section: Key facts"');
  });
});

describe('compare table markup', () => {
  const groups: CompareGroup[] = [
    {
      id: 'data',
      name: 'Data',
      rows: [
        {
          id: 'feature-orm',
          label: 'ORM',
          feature: 'orm',
          differs: true,
          cells: [
            { text: 'built-in', level: 'built-in', note: 'Django <ORM>', source: 'https://docs.example.org/orm' },
            { text: 'none', level: 'none' },
          ],
        },
      ],
    },
  ];
  const html = compareTableHtml(
    groups,
    [
      { id: 'django', name: 'Django' },
      { id: 'flask', name: 'Flask' },
    ],
    (path) => `/base/${path}`,
  ).value;

  it('has a header per profile, a row per model row with its id, and each cell names its profile', () => {
    expect(html).toContain('<a href="/base/frameworks/django/">Django</a>');
    expect(html).toContain('<tr id="feature-orm" class="differs">');
    expect(html).toContain('<a href="/base/features/orm/">ORM</a>');
    expect(html.match(/<td data-profile="(\w+)"/g)).toEqual(['<td data-profile="Django"', '<td data-profile="Flask"']);
    expect(html).toContain('colspan="3"');
  });

  it('escapes notes', () => {
    expect(html).toContain('Django &lt;ORM&gt;');
  });
});

describe('suggestions', () => {
  const candidates = [
    { slug: 'spring-boot', name: 'Spring Boot', aliases: ['spring'] },
    { slug: 'django', name: 'Django' },
    { slug: 'rails', name: 'Ruby on Rails', aliases: ['ruby-on-rails'] },
    { slug: 'sinatra', name: 'Sinatra' },
  ];
  it('finds names, aliases and near misses, exact first', () => {
    expect(suggest('spring', candidates).map((c) => c.slug)).toEqual(['spring-boot']);
    expect(suggest('djnago', candidates).map((c) => c.slug)).toEqual(['django']);
    expect(suggest('ruby on rails', candidates).map((c) => c.slug)).toEqual(['rails']);
    expect(suggest('s', candidates).map((c) => c.slug)).toEqual(['sinatra', 'spring-boot']);
    expect(suggest('zzzzzz', candidates)).toEqual([]);
    expect(exactMatch('Spring', candidates)?.slug).toBe('spring-boot');
    expect(exactMatch('sprin', candidates)).toBeUndefined();
  });
});
