/**
 * Well-formedness of XML output (feeds, sitemap, SVG), for tests. fast-xml-parser marks its
 * validator deprecated in favour of a separate package that is not installed here; it still
 * works, and this is the one place that uses it.
 */
import { XMLValidator } from 'fast-xml-parser';

/** True when the text is well-formed XML; otherwise the parser's message with its line. */
export function xmlProblem(text: string): true | string {
  const r = XMLValidator.validate(text);
  return r === true ? true : `${r.err.msg} (line ${r.err.line}, column ${r.err.col})`;
}
