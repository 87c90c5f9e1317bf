/**
 * The rating rules every feature's rubric (src/schemas/features.ts) applies,
 * decided once for the whole catalogue. Their position is their number:
 * rubrics cite them as "principle N", and /about/ lists them in this order.
 */
export interface RubricPrinciple {
  /** A few words naming the rule. */
  readonly title: string;
  /** The rule, one or two sentences. */
  readonly rule: string;
}

export const rubricPrinciples = [
  {
    title: 'Core distribution',
    rule: "Built in means it ships in the project's documented minimal install, or in a new project made by its own generator with default options, and is the framework's documented way of doing it.",
  },
  {
    title: 'Same-organisation packages',
    rule: 'A separately installed package, starter, extension, module, bundle or plugin from the same project or organisation is an official package, even in the same monorepo and released in lockstep (Django Channels, Spring Boot starters outside the default one, Quarkus extensions, Micronaut modules, @fastify/*, @hono/*). One that its own project marks deprecated does not count.',
  },
  {
    title: 'Third-party packages',
    rule: 'A community package is named in the note, documented (usage docs, not a title or a one-line README) and maintained (a release or commit in the last 24 months). An abandoned package does not count: rate the next best option, or none.',
  },
  {
    title: "The runtime's, language's or host framework's own capability",
    rule: "A capability of the runtime, the language or the framework it is built on (node --watch, Go's net/http, Python's logging, a static type system, ASP.NET Core's middleware under FastEndpoints or Giraffe, Rack under Grape) is built in only when the framework's docs, generated project or maintainers use it for exactly this feature; the note says “via …”. Otherwise it does not raise the level.",
  },
  {
    title: 'Returning objects as JSON',
    rule: 'For REST serialisation, serialising returned values or a JSON response helper, together with parsing JSON request bodies, is built in; serializer or resource classes are noted but not required.',
  },
  {
    title: 'Server-Sent Events are not WebSockets',
    rule: "WebSockets needs the WebSocket protocol or another bidirectional persistent channel. Server-Sent Events alone do not count (the note mentions them); a platform's realtime counts when it is documented to run over WebSockets.",
  },
  {
    title: 'Logging before metrics',
    rule: 'Logging & metrics is built in when the core ships an application or request logger; metrics and tracing are not required, and the note says where they come from. A logger from a same-organisation package is an official package.',
  },
  {
    title: 'Adapters for third-party servers',
    rule: "When a feature needs a third-party server (Falcon for Ruby; Swoole, RoadRunner or FrankenPHP for PHP), the project's own documented adapter is an official package (Laravel Octane); support only through third-party adapters is a community package naming the server, in every language alike; none when nothing is documented.",
  },
  {
    title: 'Platforms',
    rule: "Built in means the hosted product provides it without the developer's code (configured in the console or API); an official SDK, extension or add-on is an official package; a third-party integration is a community package; what the developer must write in server-side functions is none.",
  },
  {
    title: 'Unknown',
    rule: 'Unknown only when the sources were searched and do not settle it. Never guess, never rate from memory.',
  },
  {
    title: 'Notes and sources',
    rule: 'Notes are short, factual and in our own words; a package level names the package; the source is a page that states the capability, read by us.',
  },
] as const satisfies readonly RubricPrinciple[];
