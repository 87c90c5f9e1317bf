/**
 * JSON for a `<script type="application/json">` or JSON-LD element. JSON.stringify
 * leaves `</script>` and `<!--` intact, which would end the element early and let
 * data (a tagline, a note) become markup; escaping `<`, `>` and `&` as \u escapes
 * keeps the same JSON value and makes that impossible. U+2028/U+2029 are escaped
 * for older JavaScript parsers.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
