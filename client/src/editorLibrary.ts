// The core's in-process editor features (the preview's official layout, the paste conversion), taken
// from the server bundle beside this one on first use: dist/server.cjs starts nothing when required,
// so the VSIX carries the core once and activation does not load it.

import type { EditorLibrary } from '../../protocol/src/editorLibrary.js';

let loaded: EditorLibrary | undefined;

/** The library, loaded once (a literal path: scripts/build.mjs keeps './server.cjs' external). */
export function editorLibrary(): EditorLibrary {
  loaded ??= require('./server.cjs') as EditorLibrary;
  return loaded;
}
