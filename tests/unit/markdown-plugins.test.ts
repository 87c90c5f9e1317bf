import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { markdownPlugins } from '../../src/plugins';

const contentDir = 'tests/fixtures/profiles/valid';

/** Runs the site's remark and rehype plugins the way Astro's unified() processor does. */
async function render(markdown: string, base = '/') {
  const { remarkPlugins = [], rehypePlugins = [] } = markdownPlugins({ base, contentDir });
  const file = new VFile({ path: '/content/frameworks/example.md', value: markdown });
  const output = await unified()
    .use(remarkParse)
    .use(remarkPlugins as PluggableList)
    .use(remarkRehype)
    .use(rehypePlugins as PluggableList)
    .use(rehypeStringify)
    .process(file);
  return String(output);
}

describe('cross-references between profiles', () => {
  it('resolve to the profile page under the base path', async () => {
    expect(await render('See [Beta](atlas:beta).', '/atlas/')).toContain('<a href="/atlas/frameworks/beta/">Beta</a>');
  });

  it('keep a section anchor', async () => {
    expect(await render('See [Beta](atlas:beta#strengths).')).toContain('href="/frameworks/beta/#strengths"');
  });

  it('fail the build naming the file and the unknown slug', async () => {
    await expect(render('See [Gamma](atlas:gamma).')).rejects.toThrow(
      '/content/frameworks/example.md: the cross-reference "atlas:gamma" names the profile "gamma", which does not exist',
    );
  });
});

describe('headings', () => {
  it('get an id and a labelled anchor link to themselves', async () => {
    const html = await render('## When to choose it');
    expect(html).toContain('<h2 id="when-to-choose-it">When to choose it');
    expect(html).toContain(
      '<a class="heading-anchor" aria-label="Link to section: When to choose it" href="#when-to-choose-it">',
    );
  });
});

describe('external links', () => {
  it('get rel="noopener noreferrer"; internal links do not', async () => {
    const html = await render('[Docs](https://example.org/docs) and [Beta](atlas:beta)');
    expect(html).toContain('<a href="https://example.org/docs" rel="noopener noreferrer">Docs</a>');
    expect(html).toContain('<a href="/frameworks/beta/">Beta</a>');
  });
});

describe('code samples', () => {
  it('are keyboard-focusable, since they scroll sideways', async () => {
    expect(await render('```python\nprint(1)\n```')).toMatch(/<pre tabindex="0"[ >]/);
  });

  it('stay out of the search index, so their flags and identifiers match no query', async () => {
    expect(await render('```sh\ncurl -d x\n```')).toContain('<pre tabindex="0" data-pagefind-ignore="">');
  });
});
