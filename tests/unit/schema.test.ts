import { describe, expect, it } from 'vitest';
import { schemaIssues } from '../support/fixtures';

// Each schema rule has one invalid fixture; the message names the field, what
// was found and what is expected (the build prints the file name with it).
describe('profile schema', () => {
  it('accepts the valid framework and platform fixtures', () => {
    expect(schemaIssues('alpha')).toEqual([]);
    expect(schemaIssues('beta')).toEqual([]);
  });

  it('rejects a value outside a vocabulary, naming what it found', () => {
    expect(schemaIssues('wrong-enum')).toEqual([
      'architecture.value: expected one of mvc, mvt, micro, modular, full-stack, baas, no-code; found "MVC"',
    ]);
  });

  it('rejects a feature key that is not in the catalogue', () => {
    const [issue] = schemaIssues('unknown-feature-key');
    expect(issue).toMatch(
      /^features: unknown feature key "nosql"; expected keys of the catalogue \(src\/schemas\/features.ts\): orm, migrations, /,
    );
  });

  it('rejects a support level that does not exist', () => {
    expect(schemaIssues('wrong-level')).toEqual([
      'features.orm.level: expected one of built-in, official-package, community-package, none, unknown; found "supported"',
    ]);
  });

  it('rejects a malformed date', () => {
    expect(schemaIssues('malformed-date')).toEqual([
      'verified: expected a date written as YYYY-MM-DD; found "25/11/2026"',
    ]);
  });

  it('rejects an unknown kind', () => {
    expect(schemaIssues('wrong-kind')).toEqual(['kind: expected kind "framework" or "platform"; found "library"']);
  });

  it('rejects a disputable fact without a source', () => {
    expect(schemaIssues('missing-fact-source')).toEqual([
      'license.source: expected an absolute URL (https://…); found undefined',
    ]);
  });

  it('rejects a known support level without a source', () => {
    expect(schemaIssues('missing-source')).toEqual([
      'features.orm.source: missing source for level "built-in": add the https URL of the page that states this support, or set the level to "unknown"',
    ]);
  });

  it('rejects a package level whose note does not name the package', () => {
    expect(schemaIssues('package-unnamed')).toEqual([
      'features.orm.note: level "community-package" without a note: start the note with the name of the package, e.g. "Flask-SQLAlchemy"',
    ]);
  });
});
