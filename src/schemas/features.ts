/**
 * The feature catalogue: defined once, here. Profiles may only use these keys
 * (the profile schema builds its `z.enum` from `featureKeys`), and every page,
 * export and score iterates this list in this order.
 */

/** Feature categories in display order. */
export const categories = [
  { key: 'data', name: 'Data' },
  { key: 'web', name: 'Web' },
  { key: 'api', name: 'API' },
  { key: 'security', name: 'Security' },
  { key: 'operations', name: 'Operations' },
  { key: 'dx', name: 'Developer experience' },
] as const;

export type CategoryKey = (typeof categories)[number]['key'];

export interface Feature {
  /** Stable identifier, used in front matter, URLs (`/features/<key>/`) and anchors. */
  readonly key: string;
  /** Display name. */
  readonly name: string;
  readonly category: CategoryKey;
  /** One paragraph: what counts as support for this feature. */
  readonly description: string;
  /** How to rate this feature's support, decided once for every profile; absent until written. */
  readonly rubric?: FeatureRubric;
}

/**
 * What counts as each support level for one feature, and how the borderline
 * cases are decided (a runtime's own capability, starter/extension systems,
 * a separate package from the same organisation …), so the same evidence gets
 * the same level in every profile.
 */
export interface FeatureRubric {
  readonly builtIn: string;
  readonly officialPackage: string;
  readonly communityPackage: string;
  readonly none: string;
  /** Borderline cases and their decision, one sentence each. */
  readonly borderline: readonly string[];
}

export const features = [
  {
    key: 'orm',
    name: 'ORM',
    category: 'data',
    description:
      'An object-relational mapper or equivalent data-access layer: models mapped to database tables, with queries written in the host language rather than raw SQL strings.',
  },
  {
    key: 'migrations',
    name: 'Schema migrations',
    category: 'data',
    description:
      'Versioned, repeatable changes to the database schema, written as code or generated from models, with a command to apply and roll them back.',
  },
  {
    key: 'routing',
    name: 'Routing',
    category: 'web',
    description:
      'Mapping of HTTP methods and URL patterns (with path parameters) to handler code, declared in code, configuration or the file system.',
  },
  {
    key: 'templating',
    name: 'Server-side templating',
    category: 'web',
    description:
      'A template language or view layer that renders HTML on the server from data, with layouts or partials for reuse.',
  },
  {
    key: 'validation',
    name: 'Input validation',
    category: 'web',
    description:
      'Declarative validation of request input (forms, query strings, JSON bodies) against rules or types, with structured error messages.',
  },
  {
    key: 'i18n',
    name: 'Internationalisation',
    category: 'web',
    description:
      'Translation of user-facing strings and locale-aware formatting of dates and numbers, with a way to select the locale per request.',
  },
  {
    key: 'rest-serialization',
    name: 'REST serialisation',
    category: 'api',
    description:
      'Turning models or objects into JSON (and back) for HTTP APIs, including content negotiation or resource/serializer classes.',
  },
  {
    key: 'openapi',
    name: 'OpenAPI',
    category: 'api',
    description:
      'Generating an OpenAPI (Swagger) description of the HTTP API from the code, or serving interactive API documentation from it.',
  },
  {
    key: 'graphql',
    name: 'GraphQL',
    category: 'api',
    description: 'Serving a GraphQL API: schema definition, resolvers and an HTTP endpoint that executes queries.',
  },
  {
    key: 'websockets',
    name: 'WebSockets',
    category: 'api',
    description:
      'Accepting WebSocket connections (or an equivalent persistent, bidirectional realtime channel) and pushing messages to clients.',
  },
  {
    key: 'authentication',
    name: 'Authentication',
    category: 'security',
    description:
      'Verifying who a user is: login with passwords or tokens, sessions or JWTs, and password hashing, ready to use rather than assembled from primitives.',
  },
  {
    key: 'authorization',
    name: 'Authorisation',
    category: 'security',
    description:
      'Deciding what an authenticated user may do: permissions, roles, policies or guards that protect routes and records.',
  },
  {
    key: 'csrf',
    name: 'CSRF protection',
    category: 'security',
    description:
      'Protection against cross-site request forgery for cookie-authenticated, state-changing requests, typically with per-session tokens.',
  },
  {
    key: 'output-escaping',
    name: 'Output escaping',
    category: 'security',
    description:
      'Automatic escaping of values inserted into HTML output, so that user data cannot inject markup or scripts (XSS) by default.',
  },
  {
    key: 'rate-limiting',
    name: 'Rate limiting',
    category: 'security',
    description:
      'Limiting how many requests a client may make in a time window, with a configurable key (IP, user, token) and a 429 response.',
  },
  {
    key: 'caching',
    name: 'Caching',
    category: 'operations',
    description:
      'An application cache API (in-memory, Redis, Memcached …) for data or rendered output, or HTTP response caching.',
  },
  {
    key: 'background-jobs',
    name: 'Background jobs',
    category: 'operations',
    description:
      'Running work outside the request cycle: a job or task queue with workers, retries and a persistent backend.',
  },
  {
    key: 'scheduling',
    name: 'Scheduled tasks',
    category: 'operations',
    description: 'Running code on a schedule (cron-like expressions or fixed intervals), declared in the application.',
  },
  {
    key: 'logging-metrics',
    name: 'Logging & metrics',
    category: 'operations',
    description:
      'Structured application logging and runtime metrics or tracing (for example Prometheus, OpenTelemetry) exposed by the framework.',
  },
  {
    key: 'cli',
    name: 'CLI & generators',
    category: 'dx',
    description:
      'A command-line tool that creates projects and generates code (models, controllers, migrations) and runs project tasks.',
  },
  {
    key: 'hot-reload',
    name: 'Hot reload',
    category: 'dx',
    description:
      'A development server that reloads or restarts the application automatically when source files change.',
  },
  {
    key: 'testing',
    name: 'Testing tools',
    category: 'dx',
    description:
      'Helpers for testing the application: an HTTP test client, fixtures or factories, and integration with a test runner.',
  },
  {
    key: 'dependency-injection',
    name: 'Dependency injection',
    category: 'dx',
    description:
      'A container or mechanism that constructs services and injects them into handlers, controllers or other services.',
  },
  {
    key: 'admin-ui',
    name: 'Admin interface',
    category: 'dx',
    description:
      'A generated web interface for browsing and editing application data (models, records) without writing the screens by hand.',
  },
  {
    key: 'static-typing',
    name: 'Static typing',
    category: 'dx',
    description:
      'Type checking of application code before it runs: a statically typed language, or first-class type definitions checked by a type checker.',
  },
  {
    key: 'async-io',
    name: 'Async I/O',
    category: 'dx',
    description:
      'Non-blocking request handling: async/await, an event loop, coroutines or lightweight processes, so one worker serves many concurrent requests.',
  },
] as const satisfies readonly Feature[];

export type FeatureKey = (typeof features)[number]['key'];

/** The catalogue's keys as a non-empty tuple, for `z.enum`. */
export const featureKeys = features.map((f) => f.key) as [FeatureKey, ...FeatureKey[]];
