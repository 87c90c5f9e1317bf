import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { features } from '../../src/schemas/features';
import { languages } from '../../src/schemas/languages';
import { supportLevels } from '../../src/schemas/support-levels';

/** A small deterministic PRNG (mulberry32), so every run generates the same collection. */
function random(seed: number) {
  let t = seed;
  return () => {
    t = (t + 0x6d2b79f5) | 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const vocabulary =
  'request response handler route middleware model view template query cache queue worker session token schema field record service module plugin config deploy server client stream event socket thread process async data layer test build release version'.split(
    ' ',
  );

export const slugOf = (i: number) => `synthetic-${String(i).padStart(5, '0')}`;

/** Synthetic profiles with realistic front matter and ~600 words of prose (headings, a list, a table, links, code). */
export function generateProfiles(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  const rand = random(count);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const sentence = (words = 12) =>
    `${Array.from({ length: words }, () => pick(vocabulary))
      .join(' ')
      .replace(/^./, (c) => c.toUpperCase())}.`;
  const paragraph = (sentences: number) => Array.from({ length: sentences }, () => sentence()).join(' ');

  for (let i = 0; i < count; i++) {
    const slug = slugOf(i);
    const language = languages[i % languages.length]!.name;
    const other = () => slugOf((i + 1 + Math.floor(rand() * (count - 1))) % count);
    const alternatives = [...new Set([other(), other()])].filter((s) => s !== slug);
    const featureYaml = features
      .map((f) => {
        const level = pick(supportLevels);
        if (level === 'unknown') return `  ${f.key}:\n    level: unknown`;
        const note = level.endsWith('package') ? `\n    note: ${f.key}-package for ${slug}` : '';
        return `  ${f.key}:\n    level: ${level}${note}\n    source: https://example.org/${slug}/docs/${f.key}`;
      })
      .join('\n');
    const fact = (value: string | number, path: string) =>
      `\n  value: ${value}\n  source: https://example.org/${slug}/${path}`;
    const markdown = `---
name: Synthetic ${i}
tagline: A generated profile used by the build benchmark, number ${i}.
kind: framework
languages: [${JSON.stringify(language)}]
runtime: Generated runtime
license:${fact('MIT', 'license')}
repository: https://example.org/${slug}/repo
website: https://example.org/${slug}/
firstRelease:${fact(2000 + (i % 26), 'changelog')}
status:${fact('active', 'releases')}
architecture:${fact(pick(['mvc', 'micro', 'modular'] as const), 'docs')}
maintainer:${fact('The synthetic team', 'team')}
alternatives: [${alternatives.join(', ')}]
verified: 2026-01-01
changes:
  - date: 2026-01-01
    summary: Generated.
features:
${featureYaml}
---

## Overview

${paragraph(10)} It is often weighed against [another profile](atlas:${alternatives[0] ?? slug}).

### Design

${paragraph(6)}

## Strengths

- ${sentence()}
- ${sentence()}
- ${sentence()}

${paragraph(6)}

## Trade-offs

| aspect | note |
| --- | --- |
| ${pick(vocabulary)} | ${sentence(6)} |
| ${pick(vocabulary)} | ${sentence(6)} |

${paragraph(8)} See the [project site](https://example.org/${slug}/).

## When to choose it

${paragraph(8)}

## Hello world

\`\`\`js
export default function handler(request) {
  return new Response('Hello from ${slug}');
}
\`\`\`
`;
    writeFileSync(join(dir, `${slug}.md`), markdown);
  }
}
