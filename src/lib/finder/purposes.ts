import type { FeatureKey } from '../../schemas/features';

/** What the user is building; each adds the features such a project leans on as nice-to-haves. */
export const purposes = {
  api: { label: 'A JSON API', features: ['rest-serialization', 'validation', 'openapi'] },
  web: { label: 'A server-rendered web app', features: ['templating', 'output-escaping', 'csrf', 'authentication'] },
  realtime: { label: 'A realtime app', features: ['websockets', 'async-io'] },
  prototype: { label: 'A prototype or internal tool', features: ['admin-ui', 'cli', 'orm'] },
} as const satisfies Record<string, { label: string; features: readonly FeatureKey[] }>;

export type Purpose = keyof typeof purposes;
