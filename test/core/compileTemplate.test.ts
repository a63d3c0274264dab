// compileTemplate: each template's tables carry the lookups that follow from their data (rows by id,
// each row's columns, the names messages use), each template knows the other, and a template's derived
// facts are computed once for it and never shared with the other template.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { templates } from '../../core/src/index.js';
import { compileTemplates } from '../../core/src/templates/compileTemplate.js';
import { template2019 } from '../../core/src/templates/template2019.js';
import { template2021 } from '../../core/src/templates/template2021.js';
import type { Template } from '../../core/src/templates/templateTypes.js';

describe('compileTemplate', () => {
  for (const template of Object.values(templates)) {
    it(`${template.id}: every table's lookups agree with its data`, () => {
      for (const spec of template.tables) {
        for (const row of spec.rows) {
          assert.equal(spec.rowIndex.get(row.id), spec.rows.findIndex((r) => r.id === row.id), `${spec.id}/${row.id}`);
          assert.deepEqual(spec.rowColumns.get(row), row.columns.map((id) => spec.columns.find((c) => c.id === id)));
        }
        assert.equal(spec.rowIndex.size, new Set(spec.rows.map((r) => r.id)).size);
        for (const c of spec.columns) assert.equal(spec.columnTitles.get(c.id), spec.columns.find((x) => x.id === c.id)!.title.replace(/（单位[^）]*）/g, ''));
        assert.equal(spec.unlabelledRow, spec.rows.find((r) => r.unlabelled));
      }
    });
  }

  it('names rows as messages do: the group, without long notes; table 四\'s row by reference', () => {
    const requests = templates['2021'].tables.find((t) => t.id === 'requests')!;
    const names = (ids: string[]) => ids.map((id) => requests.rowNames.get(requests.rows.find((r) => r.id === id)!));
    assert.deepEqual(names(['new', 'partial', 'refuse1']), ['一、本年新收政府信息公开申请数量', '（二）部分公开', '（三）不予公开 1.属于国家秘密']);
    const review = templates['2021'].tables.find((t) => t.id === 'review')!;
    assert.deepEqual([...review.rowNames.values()], ['@row.data']);
    const active = templates['2021'].tables.find((t) => t.id === 'active')!;
    assert.equal(active.columnTitles.get('fee'), undefined);
  });

  it('what each section does, and what each sum states, is the template\'s data', () => {
    for (const template of Object.values(templates)) {
      const ids = (pick: (s: (typeof template.sections)[number]) => boolean | undefined) => template.sections.filter(pick).map((s) => s.id);
      assert.deepEqual(ids((s) => s.coversParts), ['overview']);
      assert.deepEqual(ids((s) => s.narratesYear), ['overview', 'active', 'requests', 'review']);
      assert.deepEqual(ids((s) => s.citesOtherYears), ['problems']);
      assert.deepEqual(ids((s) => s.reportsFee), ['other']);
      assert.deepEqual(template.sums.map((s) => `${s.kind}:${s.ruleId}`), ['rowTotal:sum-row-total', 'outcomeTotal:sum-outcome-total', 'balance:sum-balance', 'reviewTotal:sum-review-total']);
    }
    assert.deepEqual(templates['2021'].outdatedCitations.map((c) => c.replaceable === true), [true, false]);
    assert.deepEqual(templates['2019'].newerCitations.map((c) => c.replaceable === true), [false]);
  });

  it('each template is told from the other', () => {
    assert.equal(templates['2021'].other, templates['2019']);
    assert.equal(templates['2019'].other, templates['2021']);
  });

  it('a derived fact is computed once per template, each template its own', () => {
    const compiled = compileTemplates({ '2021': template2021, '2019': template2019 });
    const asked: string[] = [];
    const fact = (t: Template) => {
      asked.push(t.id);
      return { id: t.id, tables: t.tables.length };
    };
    const a = compiled['2021'].derived.of(fact);
    assert.equal(compiled['2021'].derived.of(fact), a);
    assert.deepEqual(compiled['2019'].derived.of(fact), { id: '2019', tables: compiled['2019'].tables.length });
    assert.deepEqual(a, { id: '2021', tables: compiled['2021'].tables.length });
    assert.deepEqual(asked, ['2021', '2019']);
  });
});
