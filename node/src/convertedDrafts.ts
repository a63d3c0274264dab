// A Word report and the Markdown draft written from it beside it ("open as draft" in the editor,
// `nianbao convert`: report.docx → report.md, else report.converted.md, report.converted-2.md …) are
// one report twice. Where both are found, the draft speaks for it: the workspace index takes it as
// last year's report, and the roll-ups count it once.

const WORD_REPORT = /\.docx$/i;
const CONVERTED_DRAFT = /(\.converted(-\d+)?)?\.md$/i;

/** The stem a Word report's drafts share (the path or URI without `.docx`), or undefined for other files. */
export function wordReportStem(path: string): string | undefined {
  return WORD_REPORT.test(path) ? path.replace(WORD_REPORT, '') : undefined;
}

/** The stem of the Word report a Markdown file may be the draft of (without `.md`, `.converted.md`, `.converted-N.md`), or undefined. */
export function convertedDraftStem(path: string): string | undefined {
  return CONVERTED_DRAFT.test(path) ? path.replace(CONVERTED_DRAFT, '') : undefined;
}

/** The Word reports among `paths` (paths or URIs, spelled alike) that have a converted draft among them too. */
export function wordReportsWithDrafts(paths: readonly string[]): Set<string> {
  const drafts = new Set(paths.map(convertedDraftStem).filter((s): s is string => s !== undefined));
  return new Set(paths.filter((p) => {
    const stem = wordReportStem(p);
    return stem !== undefined && drafts.has(stem);
  }));
}
