// ESLint runs here for two jobs. First, the layers (ARCHITECTURE.md): core/ imports nothing of the
// faces and no Node built-in; the faces import the core through core/src/index.ts only; node/,
// word/ and protocol/ are shared below the CLI, the server and the client, which never import each
// other. Second: every regular expression of the project must be provably linear.
// eslint-plugin-regexp's `no-super-linear-backtracking` and `no-super-linear-move` (reporting even
// potential cases), plus the plugin's recommended rules of its "Possible Errors" category (a regex
// that cannot match, a useless backreference, a missing g flag…). Its stylistic rules are left out.
// `npm test` runs it (scripts/lintRegexes.mjs); a regex the checker cannot prove safe is rewritten
// as a scan, or, when its input is not user text, carries a disable comment saying why.
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

const safetyRules = Object.fromEntries(
  Object.entries(regexp.configs.recommended.rules).filter(([id]) => {
    const rule = id.startsWith('regexp/') ? regexp.rules[id.slice('regexp/'.length)] : undefined;
    return rule?.meta.docs.category === 'Possible Errors';
  }).map(([id]) => [id, 'error']),
);

const FACES = ['cli', 'server', 'client'];
const SHARED = ['node', 'word', 'protocol'];
const dirs = (names) => names.map((n) => `**/${n}/src/**`);
const coreInside = { group: ['**/core/src/**', '!**/core/src/index.js'], message: 'Import the core through core/src/index.ts only (its public API).' };
const layer = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });
const layers = [
  layer(['core/src/**'], [
    { group: ['node:*', 'fs', 'path', 'os', 'url', 'buffer', 'child_process', 'worker_threads'], message: 'The core does not touch the file system or Node: that is node/src.' },
    { group: dirs([...FACES, ...SHARED]), message: 'The core imports nothing of the faces.' },
  ]),
  // Below the faces: node/ uses neither word/ nor protocol/, word/ may use node/, protocol/ both.
  ...Object.entries({ node: ['word', 'protocol'], word: ['protocol'], protocol: [] }).map(([name, below]) => layer([`${name}/src/**`], [coreInside, { group: dirs([...FACES, ...below]), message: `${name}/ sits below the CLI, the server and the client.` }])),
  ...FACES.map((name) => layer([`${name}/src/**`], [coreInside, { group: dirs(FACES.filter((n) => n !== name)), message: 'The CLI, the server and the client do not import each other: shared pieces go in node/ or protocol/.' }])),
];

export default [
  { ignores: ['node_modules/**', 'out/**', 'dist/**', '.vscode-test/**', 'bench/results/**'] },
  {
    files: ['**/*.ts', '**/*.mts', '**/*.cts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
    plugins: { regexp },
    rules: {
      ...safetyRules,
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignoreSticky: false, ignorePartial: false }],
    },
  },
  ...layers,
];
