'use strict';
const assert = require('assert');
const vscode = require('vscode');

suite('harness self-test', () => {
  test('runs a command of the extension under development', async () => {
    // NIANBAO_SELFTEST_EXPECT lets the harness check that a failing test fails the run.
    const expected = process.env.NIANBAO_SELFTEST_EXPECT ?? 'ping';
    const result = await vscode.commands.executeCommand('nianbaoHarnessSelftest.echo', 'ping');
    assert.deepStrictEqual(result, { echoed: expected, vscodeVersion: vscode.version });
  });
});
