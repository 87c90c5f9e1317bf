/**
 * Worker thread of the previews integration. It runs under plain Node (type
 * stripping) while the main thread syncs content and renders pages.
 */
import { registerHooks } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { PreviewShare } from './preview-batch';

// Our modules (under src/) import each other without file extensions, as Vite allows; plain Node needs the `.ts`.
const source = new URL('../../', import.meta.url).href;
registerHooks({
  resolve(specifier, context, nextResolve) {
    const ours = context.parentURL?.startsWith(source) && /^\.{1,2}\//.test(specifier);
    return nextResolve(ours && !/\.\w+$/.test(specifier) ? `${specifier}.ts` : specifier, context);
  },
});

// Imported only now, so that the hook above resolves its imports.
const { drawPreviewShare } = await import('./preview-batch.ts');
parentPort!.postMessage(await drawPreviewShare(workerData as PreviewShare));
