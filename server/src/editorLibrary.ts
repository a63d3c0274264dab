// What the VS Code extension host takes from this bundle in-process (client/src/editorLibrary.ts loads
// dist/server.cjs with a require call, and main.ts then starts nothing): the Markdown preview's official
// layout and the paste conversion, which need the core synchronously. One bundle, one core in the VSIX.

export { officialLayoutPlugin } from '../../core/src/index.js';
export { pasteAsReport } from '../../word/src/pasteHtml.js';
