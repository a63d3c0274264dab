// What the extension host takes from the server bundle in-process (client/src/editorLibrary.ts requires
// dist/server.cjs, which then starts nothing; server/src/editorLibrary.ts exports it): the Markdown
// preview's official layout and the paste conversion. The contract between the two, as types.

import type { MarkdownItInstance, officialLayoutPlugin } from '../../core/src/index.js';
import type { pasteAsReport } from '../../word/src/pasteHtml.js';

export type { MarkdownItInstance };

export interface EditorLibrary {
  officialLayoutPlugin: typeof officialLayoutPlugin;
  pasteAsReport: typeof pasteAsReport;
}
