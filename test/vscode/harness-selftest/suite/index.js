'use strict';
// The harness self-test's suite entry (extensionTestsPath). Same shape as a standard VS Code
// extension suite compiled to CommonJS: `run()` returns a Promise that rejects when a test
// fails, and VS Code turns that into the exit code the runner returns.
const path = require('path');
const Mocha = require('mocha');

function run() {
  // color: false — the lines go to a log, not a terminal.
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 20000 });
  mocha.addFile(path.join(__dirname, 'echo.test.js'));
  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    const runner = mocha.run(() => {
      // Mocha's "N passing" is not a line CI reads: print the plain summary ourselves.
      console.log(`${passed} passed, ${failed} failed`);
      if (failed > 0 || passed === 0) {
        reject(new Error(`${failed} test(s) failed, ${passed} passed`));
      } else {
        resolve();
      }
    });
    runner.on('pass', () => { passed += 1; });
    runner.on('fail', () => { failed += 1; });
  });
}

module.exports = { run };
