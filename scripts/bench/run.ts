/**
 * `npm run bench`: builds the real site against generated collections of N
 * profiles (in a temporary folder, never in content/) and a minimal Astro
 * baseline against the same Markdown; then measures search and Lighthouse on
 * the real collection. Prints one table and writes bench-results/bench.json.
 *
 * BENCH_SIZES=100,1000 limits the sizes; BENCH_SKIP_LAB=1 skips search and Lighthouse.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBaselineSite } from './baseline';
import { generateProfiles } from './generate';
import { lighthouseScores } from './lighthouse';
import { folderStats, timedBuild } from './measure';
import { measureSearch } from './search-perf';

const sizes = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').filter(Boolean).map(Number);
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

function buildRow(n: number) {
  const work = mkdtempSync(join(tmpdir(), `atlas-bench-${n}-`));
  try {
    const content = join(work, 'content');
    generateProfiles(content, n);
    const out = join(work, 'dist');
    const ours = timedBuild(['npx', 'astro', 'build', '--silent'], { ATLAS_CONTENT: content, ATLAS_OUT_DIR: out });
    const site = folderStats(out);
    const index = folderStats(join(out, 'pagefind'), '.pf_fragment');
    const baselineRoot = join(work, 'baseline');
    writeBaselineSite(baselineRoot, content);
    const base = timedBuild(['npx', 'astro', 'build', '--silent', '--root', baselineRoot], {});
    const baseSite = folderStats(join(baselineRoot, 'dist'));
    const msPerPage = (ours.seconds * 1000) / site.files;
    const baseMsPerPage = (base.seconds * 1000) / baseSite.files;
    return {
      profiles: n,
      pages: site.files,
      buildSeconds: ours.seconds,
      msPerPage: Math.round(msPerPage * 10) / 10,
      peakMemoryMb: ours.peakMemoryMb,
      distMb: mb(site.bytes),
      pagefindMb: mb(index.bytes),
      baselinePages: baseSite.files,
      baselineMsPerPage: Math.round(baseMsPerPage * 10) / 10,
      baselinePeakMemoryMb: base.peakMemoryMb,
      msPerPageVsBaseline: ratio(msPerPage, baseMsPerPage),
      memoryVsBaseline: ratio(ours.peakMemoryMb, base.peakMemoryMb),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function startPreview(port: number): Promise<ChildProcess> {
  // Astro itself rather than through npx: killing npx left the server running and the benchmark never exited.
  const astro = ['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(port), '--ignore-lock'];
  const server = spawn(process.execPath, astro, { stdio: 'pipe' });
  return new Promise((resolve) => {
    server.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(`${port}`)) resolve(server);
    });
  });
}

async function lab() {
  timedBuild(['npx', 'astro', 'build', '--silent'], {});
  const port = 4399;
  const server = await startPreview(port);
  try {
    const base = `http://localhost:${port}/`;
    const search = await measureSearch(base);
    const pages = {
      home: '',
      profile: 'frameworks/django/',
      search: 'search/',
      compare: 'compare/?with=django,rails,laravel',
      finder: 'finder/',
    };
    const lighthouse = Object.fromEntries(
      Object.entries(pages).map(([name, path]) => [name, lighthouseScores(`${base}${path}`)]),
    );
    return { search, lighthouse };
  } finally {
    server.kill();
  }
}

const builds = sizes.map((n) => {
  console.error(`building ${n} generated profiles …`);
  return buildRow(n);
});
if (builds.length > 0) console.table(builds);
const linearity = builds.length > 1 ? ratio(builds.at(-1)!.msPerPage, builds.at(-2)!.msPerPage) : undefined;
if (linearity !== undefined)
  console.log(`ms per page at N=${builds.at(-1)!.profiles} vs N=${builds.at(-2)!.profiles}: ${linearity}×`);
const labFigures = process.env.BENCH_SKIP_LAB ? undefined : await lab();
if (labFigures) {
  console.log(
    `search: ${labFigures.search.bytesToFirstResults} bytes before first results; ${labFigures.search.keypressToResultsMs} ms keypress → results`,
  );
  console.table(labFigures.lighthouse);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify({ builds, linearity, ...labFigures }, null, 2)}\n`);
