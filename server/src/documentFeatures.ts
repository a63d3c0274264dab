// The per-document requests: code actions, hover, document symbols and folding ranges. Each works on
// the lint of the document's current version and answers nothing for documents that are not reports.

import type { CodeAction, CodeActionParams, DocumentSymbol, FoldingRange, Hover, HoverParams, TextDocumentIdentifier } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintResult } from '../../core/src/index.js';
import { carryOverHoverAt } from './carryOverHover.js';
import { codeActions } from './codeActions.js';
import { hoverAt, toLspHover } from './hover.js';
import type { LiveLinter } from './liveLinter.js';
import type { ServerContext } from './serverContext.js';
import { documentSymbols, foldingRanges } from './symbols.js';

export class DocumentFeatures {
  constructor(
    private readonly ctx: ServerContext,
    private readonly live: LiveLinter,
  ) {}

  // The open document and the core's result for exactly its current text (a few tries in case
  // another lint of the same document supersedes ours while the settings are fetched).
  private async linted(id: TextDocumentIdentifier): Promise<{ doc: TextDocument; result: LintResult } | undefined> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const doc = this.ctx.documents.get(id.uri);
      if (!doc) return undefined;
      const lint = await this.live.current(doc);
      if (!lint) continue;
      if (lint.version !== this.ctx.documents.get(id.uri)?.version) continue;
      return lint.outcome.kind === 'linted' ? { doc, result: lint.outcome.result } : undefined;
    }
    return undefined;
  }

  /** textDocument/codeAction. */
  async codeAction(params: CodeActionParams): Promise<CodeAction[]> {
    const found = await this.linted(params.textDocument);
    if (!found) return [];
    const { doc, result } = found;
    const setup = await this.ctx.setupFor(doc.uri);
    if (this.ctx.documents.get(doc.uri)?.version !== doc.version) return [];
    return codeActions({
      uri: doc.uri,
      version: doc.version,
      text: result.report.text,
      findings: result.findings,
      index: result.index,
      eol: result.report.eol,
      diagnostics: params.context.diagnostics,
      only: params.context.only,
      options: setup.options,
      locale: setup.locale,
      documentChanges: this.ctx.abilities.documentChanges,
      range: params.range,
      report: result.report,
      template: result.template,
      disabledSupport: this.ctx.abilities.disabledCodeActions === true,
      showRange: this.ctx.abilities.showRange === true,
      ...(setup.suppressions ? { suppressions: { ...setup.suppressions, all: [...result.findings, ...result.suppressed] } } : {}),
      // The comment form writes into the draft: only for Markdown (a .md file, or an unsaved draft written in Markdown).
      commentForm: setup.path ? /\.(?:md|markdown)$/i.test(setup.path) : result.report.markdown,
    });
  }

  /** textDocument/hover. */
  async hover(params: HoverParams): Promise<Hover | null> {
    const found = await this.linted(params.textDocument);
    if (!found) return null;
    const { locale } = await this.ctx.setupFor(found.doc.uri);
    const offset = found.result.index.offsetAt(params.position);
    const sum = hoverAt(found.result, offset, locale);
    const carry = carryOverHoverAt(found.result, offset, this.ctx.related, found.doc.uri, locale);
    // On the 总计 cell of 上年结转 both speak: the row's sum, then last year's value.
    const content = sum && carry ? { markdown: `${sum.markdown}

---

${carry.markdown}`, span: sum.span } : sum ?? carry;
    return content ? toLspHover(content, found.result) : null;
  }

  /** textDocument/documentSymbol. */
  async symbols(id: TextDocumentIdentifier): Promise<DocumentSymbol[] | null> {
    const found = await this.linted(id);
    return found ? documentSymbols(found.result) : null;
  }

  /** textDocument/foldingRange. */
  async folding(id: TextDocumentIdentifier): Promise<FoldingRange[] | null> {
    const found = await this.linted(id);
    return found ? foldingRanges(found.result) : null;
  }
}
