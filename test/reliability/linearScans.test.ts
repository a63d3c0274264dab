// The scans that replaced super-linear regexes read exactly what the regexes read. On short strings
// built from the characters each one reacts to (short enough for the old regex to be fast), every
// scan is compared with the regex it replaced, kept here as the reference.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { atxHeadingContent } from '../../core/src/read/tokenizeDocument.js';
import { trimTitleLine } from '../../core/src/read/readTitle.js';
import { isPipeDelimiterRow } from '../../core/src/read/readPipeRow.js';
import { stripNotes } from '../../core/src/text/normalizeLabel.js';
import { countWords } from '../../core/src/text/countWords.js';
import { withoutBracketed } from '../../core/src/text/withoutNotes.js';
import { periodPattern } from '../../core/src/read/yearPatterns.js';
import { partPattern } from '../../core/src/templates/textClaims.js';
import { parseSize } from '../../cli/src/args.js';

const params = { seed: 20261203, numRuns: 3000 };
const over = (chars: string, maxLength = 24) => fc.array(fc.constantFrom(...chars), { maxLength }).map((a) => a.join(''));

// The regexes as they were (reference only: they are super-linear on long input, never run on it).
/* eslint-disable regexp/no-super-linear-backtracking, regexp/no-super-linear-move -- the old regexes, kept as the reference */
const OLD_HEADING = /^\s*#{1,6}\s*(.*?)\s*#*\s*$/;
const OLD_TITLE = /^[\s#*\u3000]+|[\s*\u3000]+$/g;
const OLD_DELIMITER = /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/;
const OLD_PERIOD = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:起)?\s*(?:至|到|—+|–|-|~|～)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
const OLD_PART = /(\d+)\s*条/g;
const OLD_SIZE = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i;
function oldStripNotes(text: string): string {
  if (!/[（(\[]/.test(text)) return text;
  return text.replace(/[（(][^（()）]*[)）]/g, '').replace(/\[[^\]]*\]/g, '').replace(/[（(][^（()）]*$/, '');
}
const oldWithoutComments = (text: string) => text.replace(/<!--[\s\S]*?-->/g, ' ');
const oldBracketed = (text: string, min: number) => text.replace(new RegExp(`（[^）]{${min},}）`, 'g'), '');
/* eslint-enable regexp/no-super-linear-backtracking, regexp/no-super-linear-move */

test('heading text: the scan reads what /^\\s*#{1,6}\\s*(.*?)\\s*#*\\s*$/ read', () => {
  fc.assert(fc.property(over('# \t\u3000\u00a0\u2028a一#'), (line) => {
    const [s, e] = atxHeadingContent(line);
    const m = OLD_HEADING.exec(line);
    const content = m ? m[1] : line.trim();
    assert.equal(line.slice(s, e), content);
    // Where the text starts: the old code took its first occurrence (lineText.indexOf), which differs
    // only when the text also occurs inside the hashes (seven or more of them): the scan is exact.
    if (content && line.indexOf(content) >= s) assert.equal(s, line.indexOf(content));
    if (!content) assert.deepEqual([s, e], [line.length, line.length]);
  }), params);
});

test('title lines: the scan trims what /^[\\s#*]+|[\\s*]+$/g trimmed', () => {
  fc.assert(fc.property(over(' \t\u3000#*a年'), (line) => assert.equal(trimTitleLine(line), line.replace(OLD_TITLE, ''))), params);
});

test('pipe delimiter rows: the split reads what the regex read', () => {
  fc.assert(fc.property(over('|-: \ta'), (line) => assert.equal(isPipeDelimiterRow(line), OLD_DELIMITER.test(line))), params);
});

test('notes: the scans remove what the three bracket regexes removed', () => {
  fc.assert(fc.property(over('（()）[]a一 '), (text) => assert.equal(stripNotes(text), oldStripNotes(text))), params);
  fc.assert(fc.property(over('（）a一', 30), fc.integer({ min: 0, max: 7 }), (text, min) => assert.equal(withoutBracketed(text, min), oldBracketed(text, min))), params);
});

test('字数: comments are left out as /<!--[\\s\\S]*?-->/g left them out', () => {
  // What the old regex left has no closed comment in it (an opener left over has no --> after it), so
  // countWords reads it as plain text: the old count.
  fc.assert(fc.property(over('<!->a字 ', 30), (text) => assert.equal(countWords(text), countWords(oldWithoutComments(text)))), params);
});

test('the period and part patterns match what they matched before', () => {
  const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m]);
  fc.assert(fc.property(over('2025年1月2日起至到—- 条0 ', 30), (text) => {
    assert.deepEqual(matches(periodPattern, text), matches(OLD_PERIOD, text));
    assert.deepEqual(matches(partPattern, text), matches(OLD_PART, text));
  }), params);
});

test('sizes: --max-size reads what the old regex read', () => {
  fc.assert(fc.property(over(' 1.5kKmMbBgGi\t', 12), (text) => {
    const m = OLD_SIZE.exec(text);
    assert.equal(parseSize(text) === null, m === null, JSON.stringify(text));
  }), params);
});
