import { exportedProfileSchema } from '../../schemas/export';

/**
 * Fails the build when a published profile does not match its schema (the
 * one /data/schema.json is generated from), naming the profile and the field.
 */
export function assertValidExport(profiles: readonly unknown[]): void {
  const problems = profiles.flatMap((profile, i) => {
    const result = exportedProfileSchema.safeParse(profile);
    const slug = (profile as { slug?: string }).slug ?? `#${i}`;
    return result.success
      ? []
      : result.error.issues.map((issue) => `${slug}: ${issue.path.join('.')}: ${issue.message}`);
  });
  if (problems.length > 0)
    throw new Error(`/data/frameworks.json does not match /data/schema.json:\n${problems.join('\n')}`);
}
