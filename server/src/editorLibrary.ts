// What the VS Code extension host takes from this bundle in-process (client/src/editorLibrary.ts loads
// dist/server.cjs with a require call, and main.ts then starts nothing): the Markdown preview's official
// layout and the template it reads a document in, and the paste conversion, which need the core
// synchronously. One bundle, one core in the VSIX.

import type { EditorLibrary } from '../../protocol/src/editorLibrary.js';
import { DEFAULT_SETTINGS } from '../../protocol/src/protocol.js';
import { ConfigFiles, mergeOptions } from './lintConfig.js';

export { officialLayoutPlugin } from '../../core/src/index.js';
export { pasteAsReport } from '../../word/src/pasteHtml.js';

// The template the preview reads a document in, as the server lints it: the `nianbao.template` setting
// unless it is 'auto', else the nearest .nianbaorc.json's (a broken one counts for nothing), else 'auto'.
// Looked up afresh each time (a few file checks up the folders), so an edited config shows at the next render.
export const previewTemplate: EditorLibrary['previewTemplate'] = (setting, filePath, roots = []) => {
  if (setting !== 'auto' || !filePath) return setting;
  const found = new ConfigFiles(() => roots).forFile(filePath);
  return mergeOptions({ ...DEFAULT_SETTINGS, template: setting }, found).template ?? 'auto';
};
