// The README's rule table stays equal to the rule registry (ids, categories, default severities and
// descriptions), and every example report lints as the README says.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { lint, ruleRegistry } from '../../core/src/index.js';
import { root } from './fixtures.js';

test('README rule table equals the registry', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = readme.slice(readme.indexOf('<!-- rules:start -->'), readme.indexOf('<!-- rules:end -->'));
  const rows = [...block.matchAll(/^\| \[([a-z-]+)\]\(docs\/rules\/\1\.md\) \| (\w+) \| (\w+) \| (.+) \|$/gm)].map((m) => [m[1], m[2], m[3], m[4]]);
  assert.deepEqual(rows, ruleRegistry.map((r) => [r.id, r.category, r.defaultSeverity, r.description['zh-cn']]));
});

test('examples: one clean 2021-template report, one with typical defects, one 2019-template report', () => {
  const read = (name: string) => lint(readFileSync(join(root, 'examples', name), 'utf8'));
  const clean = read('clean-2025.md');
  assert.equal(clean.templateId, '2021');
  assert.deepEqual(clean.findings, []);
  const old = read('report-2020.txt');
  assert.equal(old.templateId, '2019');
  assert.deepEqual(old.findings, []);
  const defects = read('defects-2024.txt');
  assert.deepEqual([...new Set(defects.findings.map((f) => f.ruleId))].sort(), [
    'fee-not-reported', 'section-extra', 'sum-outcome-total', 'table-cell-invalid', 'table-row-unknown', 'text-table-mismatch', 'year-mismatch',
  ]);
});
