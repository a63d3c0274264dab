// What the extension host takes from the server bundle in-process (client/src/editorLibrary.ts requires
// dist/server.cjs, which then starts nothing; server/src/editorLibrary.ts exports it): the Markdown
// preview's official layout and the paste conversion. The contract between the two, as types.

import type { MarkdownItInstance, officialLayoutPlugin } from '../../core/src/index.js';
import type { pasteAsReport } from '../../word/src/pasteHtml.js';
import type { TemplateChoice } from '../../core/src/index.js';
import type { TemplateSetting } from './protocol.js';

export type { MarkdownItInstance };

export interface EditorLibrary {
  officialLayoutPlugin: typeof officialLayoutPlugin;
  pasteAsReport: typeof pasteAsReport;
  /** The template the preview reads a file in: the setting unless 'auto', else its nearest .nianbaorc.json's. `roots`: the workspace folders (a config link may lead into them). */
  previewTemplate: (setting: TemplateSetting, filePath: string | undefined, roots?: readonly string[]) => TemplateChoice;
}
