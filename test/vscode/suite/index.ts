// The extension's Mocha suite entry (extensionTestsPath), bundled to CommonJS by scripts/build.mjs
// (out/vscode-suite/index.cjs). Runs in a real VS Code's extension host: code-server here, desktop
// VS Code through @vscode/test-electron elsewhere. Prints `N passed, N failed` for CI.

import Mocha from 'mocha';
import { registerAuthoringTests } from './authoring.suite.js';
import { registerCodeActionTests } from './codeActions.suite.js';
import { registerCrossReportTests } from './crossReport.suite.js';
import { registerDiagnosticsTests } from './diagnostics.suite.js';
import { registerFirstContactTests } from './firstContact.suite.js';
import { registerGrammarTests } from './grammar.suite.js';
import { registerLayoutTests } from './layout.suite.js';
import { registerResultsTests } from './results.suite.js';
import { registerSettingsTests } from './settings.suite.js';
import { registerSnippetTests } from './snippets.suite.js';
import { registerWorkspaceTests } from './workspace.suite.js';

/** Runs every suite; resolves when all pass, rejects otherwise (VS Code turns that into the exit code). */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000 });
  // NIANBAO_SUITE_GREP=<text> runs only the tests whose full title holds it (one suite while working on it).
  if (process.env.NIANBAO_SUITE_GREP) mocha.grep(process.env.NIANBAO_SUITE_GREP);
  // Define the tdd globals (suite, test, setup, …), then let each file register its tests.
  mocha.suite.emit('pre-require', globalThis, 'nianbao-suite', mocha);
  for (const register of [registerDiagnosticsTests, registerCodeActionTests, registerSnippetTests,
    registerWorkspaceTests, registerSettingsTests, registerGrammarTests, registerFirstContactTests, registerResultsTests, registerAuthoringTests, registerLayoutTests, registerCrossReportTests]) register();
  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const runner = mocha.run(() => {
      console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
      if (failed > 0 || passed === 0) reject(new Error(`${failed} test(s) failed`));
      else resolve();
    });
    runner.on('pass', () => { passed++; });
    runner.on('fail', () => { failed++; });
    runner.on('pending', () => { skipped++; });
  });
}
