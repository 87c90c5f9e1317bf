/**
 * `npm run data:check-versions`: asks each profile's package registry for its
 * latest version and lists the profiles whose release lines are behind. A
 * registry that cannot be reached is reported and skipped, never fatal; the
 * exit code is 1 only when something drifted (the weekly workflow opens an issue then).
 */
import { readProfileFiles } from '../src/data/profile-files';
import { buildOptions } from '../src/integrations/site-options';
import { profileSchema } from '../src/schemas/profile';
import { profilePackages, registries, type RegistryName } from './lib/registries';
import { driftLine, versionDrift } from './lib/version-drift';

type Fetch = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export async function checkVersions(
  dir: string,
  get: Fetch,
  timeoutMs = 8000,
): Promise<{ lines: string[]; drifted: number }> {
  const profiles = new Map(readProfileFiles(dir).map((f) => [f.slug, profileSchema.parse(f.frontmatter)]));
  const unreachable = new Set<RegistryName>();
  const lines: string[] = [];
  let drifted = 0;
  for (const [slug, { registry, name }] of Object.entries(profilePackages)) {
    const data = profiles.get(slug);
    if (!data) continue;
    if (unreachable.has(registry)) continue;
    let response;
    try {
      response = await Promise.race([
        get(registries[registry].url(name)),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
      ]);
    } catch (error) {
      unreachable.add(registry);
      lines.push(`${registry}: unreachable (${(error as Error).message}), skipped`);
      continue;
    }
    if (!response.ok) {
      lines.push(`${slug} (${name}): HTTP ${response.status} from ${registry}, skipped`);
      continue;
    }
    const latest = registries[registry].latest(await response.json());
    if (!latest) {
      lines.push(`${slug} (${name}): no version in the ${registry} answer, skipped`);
      continue;
    }
    const drift = versionDrift(latest, data.releaseLines);
    if (drift.kind !== 'current') drifted++;
    lines.push(driftLine(slug, name, drift));
  }
  return { lines, drifted };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { lines, drifted } = await checkVersions(
    buildOptions.contentDir,
    (url) => fetch(url),
    Number(process.env.REGISTRY_TIMEOUT_MS ?? 8000),
  );
  console.log(lines.join('\n'));
  console.log(drifted === 0 ? 'No drift.' : `${drifted} profile(s) behind their registry.`);
  process.exitCode = drifted === 0 ? 0 : 1;
}
