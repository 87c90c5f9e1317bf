import { checks } from '../lint/registry';

/** The data checks /about/ lists: name, rule and whether a finding fails the build or only warns. */
export function aboutChecks(): { name: string; rule: string; warning: boolean }[] {
  return checks.map(({ name, rule, severity }) => ({ name, rule, warning: severity === 'warning' }));
}
