import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildFigures {
  seconds: number;
  /** Peak resident memory of the build, in MB (GNU time's maximum RSS). */
  peakMemoryMb: number;
}

/** Runs a build under GNU time (`/usr/bin/time`) and returns its wall time and peak memory. */
export function timedBuild(args: string[], env: Record<string, string>, cwd = '.'): BuildFigures {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) throw new Error(`build failed: ${args.join(' ')}\n${result.stderr.slice(-4000)}`);
  const [seconds = '0', kb = '0'] = result.stderr.trim().split('\n').at(-1)!.split(' ');
  return { seconds: Number(seconds), peakMemoryMb: Math.round(Number(kb) / 1024) };
}

/** Total size of a folder in bytes, and how many files of a kind it holds. */
export function folderStats(dir: string, suffix = '.html'): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith(suffix)) files += 1;
  }
  return { bytes, files };
}
