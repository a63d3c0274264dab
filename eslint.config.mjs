// ESLint runs here for one job: every regular expression of the project must be provably linear.
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
];
