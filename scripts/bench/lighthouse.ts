import { spawnSync } from 'node:child_process';
import { chromiumArgs, chromiumPath } from '../lib/chromium';

export type LighthouseScores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

/** Lab scores (0–100) of one page from the Lighthouse CLI, offline, with the same Chromium as the tests. */
export function lighthouseScores(url: string): LighthouseScores {
  const path = chromiumPath();
  const result = spawnSync(
    'npx',
    [
      'lighthouse',
      url,
      '--output=json',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...(path ? { CHROME_PATH: path } : {}) } },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed for ${url}: ${result.stderr.slice(-2000)}`);
  const report = JSON.parse(result.stdout) as { categories: Record<keyof LighthouseScores, { score: number | null }> };
  const score = (key: keyof LighthouseScores) => Math.round((report.categories[key].score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
  };
}
