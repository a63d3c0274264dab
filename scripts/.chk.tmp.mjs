import * as I from '../out/test/reliability/fuzzInputs.js';
import * as V from '../out/test/reliability/invariants.js';
const sections = ['full','full','no-heading','full','full','full'];
const t = I.renderReport({ year: 2023, format: '2021', headingStyle: 'markdown', tableShape: 'html', eol: '\n', numbers: [], sections, subsections: true, fee: true });
try { V.checkFixSafety(t); console.log('passed'); } catch (e) { console.log('caught:', e.message); }
