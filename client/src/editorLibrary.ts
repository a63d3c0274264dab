// The core's in-process editor features (the preview's official layout, the paste conversion), taken
// from the server bundle beside this one on first use: dist/server.cjs starts nothing when required,
// so the VSIX carries the core once and activation does not load it.

import type * as EditorLibrary from '../../server/src/editorLibrary.js';

let loaded: typeof EditorLibrary | undefined;

/** The library, loaded once (a literal path: scripts/build.mjs keeps './server.cjs' external). */
export function editorLibrary(): typeof EditorLibrary {
  loaded ??= require('./server.cjs') as typeof EditorLibrary;
  return loaded;
}
