/** The numeric parts of a version or cycle name: "v6.0.x" → [6, 0]; a name without digits gives []. */
export function versionParts(name: string): number[] {
  return (/\d+(?:\.\d+)*/.exec(name)?.[0] ?? '').split('.').filter(Boolean).map(Number);
}

/** Orders versions by their numeric parts; missing parts count as 0 ("6" = "6.0"). */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Whether a version belongs to a release line: "6.0.9" to "6.0", "5.3.0" to "5.x", "3" to "3". */
export function belongsToCycle(version: string, cycle: string): boolean {
  const line = versionParts(cycle);
  const parts = versionParts(version);
  return line.length > 0 && line.every((n, i) => parts[i] === n);
}
