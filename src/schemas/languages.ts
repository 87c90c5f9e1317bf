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
  { name: 'Dart', slug: 'dart' },
  { name: 'C++', slug: 'cpp' },
] as const;

export type LanguageName = (typeof languages)[number]['name'];

export const languageNames = languages.map((l) => l.name) as [LanguageName, ...LanguageName[]];
