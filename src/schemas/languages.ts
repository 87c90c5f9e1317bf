/**
 * Registry of programming languages a framework may list (and a platform's SDKs and functions). The slug is the
 * URL segment of `/languages/<slug>/`; a typo in front matter fails the build.
 */
export const languages = [
  { name: 'Python', slug: 'python' },
  { name: 'Ruby', slug: 'ruby' },
  { name: 'PHP', slug: 'php' },
  { name: 'JavaScript', slug: 'javascript' },
  { name: 'TypeScript', slug: 'typescript' },
  { name: 'Java', slug: 'java' },
  { name: 'Kotlin', slug: 'kotlin' },
  { name: 'Scala', slug: 'scala' },
  { name: 'C#', slug: 'csharp' },
  { name: 'F#', slug: 'fsharp' },
  { name: 'Go', slug: 'go' },
  { name: 'Rust', slug: 'rust' },
  { name: 'Elixir', slug: 'elixir' },
  { name: 'Swift', slug: 'swift' },
  { name: 'Clojure', slug: 'clojure' },
  { name: 'Dart', slug: 'dart' },
  { name: 'Crystal', slug: 'crystal' },
  { name: 'Perl', slug: 'perl' },
  { name: 'C++', slug: 'cpp' },
  { name: 'Gleam', slug: 'gleam' },
  { name: 'Erlang', slug: 'erlang' },
  { name: 'Lua', slug: 'lua' },
  { name: 'Haskell', slug: 'haskell' },
  { name: 'OCaml', slug: 'ocaml' },
  { name: 'Zig', slug: 'zig' },
  { name: 'Groovy', slug: 'groovy' },
] as const;

export type LanguageName = (typeof languages)[number]['name'];

export const languageNames = languages.map((l) => l.name) as [LanguageName, ...LanguageName[]];
