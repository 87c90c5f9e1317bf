/**
 * Controlled vocabularies for profile facts, each with the rule a reader
 * sees on /about/. Keys are stored in front matter; labels are displayed.
 */

/**
 * What makes a profile a framework or a platform, decided once; borderline
 * kinds of product are settled in the rule itself so every profile is placed
 * the same way.
 */
export const kinds = {
  framework: {
    label: 'Framework',
    rule: 'A library or toolkit you write the server program with: your code declares the routes or handlers and you deploy the program. Meta-frameworks whose server routes or handlers you write (Next.js, Nuxt, SvelteKit, Remix) are frameworks, and so are REST toolkits built on another framework (Django REST framework).',
  },
  platform: {
    label: 'Platform',
    rule: 'A product you run or subscribe to and configure rather than program: backend-as-a-service, no-code backends, headless CMSs (Strapi, Directus, Payload) and database-to-API servers (PostgREST, Hasura), whose API comes from a schema or configuration and is extended through hooks, functions, plugins or SDKs.',
  },
} as const;

export const architectures = {
  mvc: {
    label: 'MVC',
    rule: 'Model–view–controller: controllers handle requests, models hold data, views render output.',
  },
  mvt: {
    label: 'MVT',
    rule: "Model–view–template, Django's naming of MVC: views handle requests, templates render output.",
  },
  micro: {
    label: 'Microframework',
    rule: 'A small core (routing, request and response) that leaves data access, templating and the rest to other libraries.',
  },
  modular: {
    label: 'Modular',
    rule: 'Structured into modules, controllers and providers wired by dependency injection, with optional layers added as modules.',
  },
  'full-stack': {
    label: 'Full-stack (isomorphic)',
    rule: 'One framework for client and server code, with data synchronised between them.',
  },
  baas: {
    label: 'Backend-as-a-service',
    rule: 'A hosted or self-hosted backend (database, auth, storage, functions) used through APIs and SDKs rather than written as an application.',
  },
  'no-code': {
    label: 'No-code backend',
    rule: 'A backend built in a visual editor: data models, API endpoints and logic configured without writing code.',
  },
} as const;

export type ArchitectureKey = keyof typeof architectures;

export const statuses = {
  active: {
    label: 'Active',
    rule: 'Releases or maintainer commits in the last 12 months, and no statement that new development has stopped.',
  },
  maintenance: {
    label: 'Maintenance only',
    rule: 'The maintainers say that only bug and security fixes are made; no new features are planned.',
  },
  inactive: {
    label: 'Inactive',
    rule: 'No release and no maintainer commit in the last 12 months, and no statement from the maintainers about where the project stands.',
  },
  deprecated: {
    label: 'Deprecated',
    rule: 'The maintainers recommend moving to something else, or a platform has announced its shutdown.',
  },
  discontinued: {
    label: 'Discontinued',
    rule: 'The repository is archived or the maintainers have said that all work, security fixes included, has stopped; a platform that has shut down.',
  },
} as const;

export const hostingModels = {
  cloud: { label: 'Cloud (hosted by the vendor)' },
  'self-hosted': { label: 'Self-hosted' },
  'cloud-and-self-hosted': { label: 'Cloud or self-hosted' },
} as const;

/** The keys of a vocabulary as a non-empty tuple, for `z.enum`. */
export function vocabularyKeys<T extends Record<string, unknown>>(vocabulary: T) {
  return Object.keys(vocabulary) as [keyof T & string, ...(keyof T & string)[]];
}
