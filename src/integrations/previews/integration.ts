import type { AstroIntegration } from 'astro';
import { cp, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PreviewShare } from './preview-batch';
import { pinFont } from './pinned-font';

const workerUrl = new URL('./preview-worker.ts', import.meta.url);

/** Runs one worker over its share of the previews; resolves with how many it drew. */
function drawInWorker(share: PreviewShare): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, { workerData: share });
    // The worker exits by itself once it has replied; an exit without a reply is a failure.
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`preview worker exited (code ${code}) before finishing`)));
  });
}

/**
 * Draws every link preview of the profiles in `contentDir` into `stageDir`
 * (at their `og/…` paths), split over `workers` threads.
 */
export async function drawPreviews(contentDir: string, stageDir: string, workers: number): Promise<number> {
  const coverage = [...pinFont()];
  const shares = Array.from({ length: workers }, (_, share) => ({
    contentDir,
    outDir: stageDir,
    share,
    shares: workers,
    coverage,
  }));
  const counts = await Promise.all(shares.map(drawInWorker));
  return counts.reduce((sum, count) => sum + count, 0);
}

/** Moves a folder, copying when it has to cross file systems. */
async function moveDir(from: string, to: string): Promise<void> {
  await rename(from, to).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true });
  });
}

/**
 * Link-preview PNGs for profile and pair pages, drawn in worker threads from
 * the moment `astro build` starts: the main thread is busy with content sync
 * and page rendering, one thread at a time, so the previews take the other
 * cores instead of adding to that time. They are staged outside `outDir`
 * (which Astro empties before writing pages) and moved in when the build is done.
 */
export function linkPreviews({ contentDir }: { contentDir: string }): AstroIntegration {
  let building = false;
  let stageDir = '';
  let drawing: Promise<number> | undefined;
  return {
    name: 'atlas-previews',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': async ({ config }) => {
        if (!building) return;
        const cacheDir = fileURLToPath(config.cacheDir);
        await mkdir(cacheDir, { recursive: true }); // absent before the first build of a fresh clone
        stageDir = await mkdtemp(join(cacheDir, 'previews-'));
        // The main thread keeps one core; the others draw.
        drawing = drawPreviews(contentDir, stageDir, Math.max(1, availableParallelism() - 1));
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        drawing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!drawing) throw new Error('link previews: astro:config:done did not start them');
        const count = await drawing;
        await moveDir(join(stageDir, 'og'), join(fileURLToPath(dir), 'og'));
        await rm(stageDir, { recursive: true });
        logger.info(`drew ${count} link previews`);
      },
    },
  };
}
