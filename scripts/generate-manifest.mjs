// Writes the extension's part of package.json (main, activation, contributes, capabilities, …) and
// the per-rule setting descriptions in package.nls*.json from the core's rule registry, so the
// `nianbao.rules` setting always lists exactly the core's rules. Reads, modifies and writes
// package.json (others edit other fields concurrently). `--check` fails if anything would change.
//   node scripts/generate-manifest.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore, ROOT } from './loadCore.mjs';

const LANGS = ['markdown', 'plaintext'];
// Markdown and plain-text editors, and any editor the server checks as a report (an untitled draft
// that VS Code's language detection renamed): the client sets nianbao.activeReport.
const EDITOR_WHEN = 'editorLangId == markdown || editorLangId == plaintext || nianbao.activeReport';
const SEVERITIES = ['off', 'info', 'warning', 'error'];
const RESULTS_VIEW = 'nianbao.results';
// The insert commands, offered in Markdown and plain-text editors that can be written in.
const INSERTS = ['nianbao.insertReport', 'nianbao.insertTable2', 'nianbao.insertTable3', 'nianbao.insertTable4'];
const INSERT_WHEN = `!editorReadonly && (${EDITOR_WHEN})`;

/** contributes.configuration: every setting the server reads (protocol/src/protocol.ts). */
function configuration(ruleRegistry) {
  const ruleProperties = Object.fromEntries(ruleRegistry.map((r) => [r.id, {
    type: 'string',
    enum: SEVERITIES,
    default: r.defaultSeverity,
    markdownDescription: `%config.rules.${r.id}%`,
  }]));
  const globs = (key) => ({ type: 'array', items: { type: 'string' }, default: [], scope: 'resource', markdownDescription: `%${key}%` });
  const properties = {
      'nianbao.template': {
        type: 'string', enum: ['auto', '2021', '2019'], default: 'auto', scope: 'resource',
        enumDescriptions: ['%config.template.auto%', '%config.template.2021%', '%config.template.2019%'],
        markdownDescription: '%config.template%',
      },
      'nianbao.rules': {
        type: 'object', default: {}, scope: 'resource', additionalProperties: false,
        properties: ruleProperties, markdownDescription: '%config.rules%',
      },
      'nianbao.messageLanguage': {
        type: 'string', enum: ['zh-cn', 'en', 'auto'], default: 'zh-cn', scope: 'window',
        enumDescriptions: ['%config.messageLanguage.zh-cn%', '%config.messageLanguage.en%', '%config.messageLanguage.auto%'],
        markdownDescription: '%config.messageLanguage%',
      },
      'nianbao.files.include': globs('config.files.include'),
      'nianbao.files.exclude': globs('config.files.exclude'),
      'nianbao.run': {
        type: 'string', enum: ['onType', 'onSave'], default: 'onType', scope: 'resource',
        enumDescriptions: ['%config.run.onType%', '%config.run.onSave%'], markdownDescription: '%config.run%',
      },
      'nianbao.debounceMs': { type: 'number', default: 200, minimum: 0, maximum: 10000, scope: 'resource', markdownDescription: '%config.debounceMs%' },
      'nianbao.maxFileSizeMB': { type: 'number', default: 2, minimum: 0, scope: 'resource', markdownDescription: '%config.maxFileSizeMB%' },
      'nianbao.lintTimeoutSeconds': { type: 'number', default: 5, minimum: 0.1, maximum: 600, scope: 'resource', markdownDescription: '%config.lintTimeoutSeconds%' },
      'nianbao.docsBaseUrl': { type: 'string', default: '', scope: 'resource', markdownDescription: '%config.docsBaseUrl%' },
      'nianbao.trace.server': {
        type: 'string', enum: ['off', 'messages', 'verbose'], default: 'off', scope: 'window', description: '%config.trace.server%',
      },
  };
  // The Settings editor sorts by `order`: what a new user looks for first (template, rules, language).
  Object.values(properties).forEach((p, i) => { p.order = i + 1; });
  return { title: '%config.title%', properties };
}

/** The extension's fields of package.json. */
function manifestFields(ruleRegistry) {
  const commands = [
    ...['lintWorkspace', 'summarizeWorkspace', 'fixAll', 'showOutput', 'newReport', 'convertWord', 'insertReport', 'insertTable2', 'insertTable3', 'insertTable4'].map((c) => ({ command: `nianbao.${c}`, title: `%command.${c}%` })),
    // The results view's title-bar buttons (codicons).
    ...[['run', 'refresh'], ['cancel', 'debug-stop'], ['groupByRule', 'list-tree'], ['groupByFile', 'files'], ['export', 'export']]
      .map(([c, icon]) => ({ command: `nianbao.results.${c}`, title: `%command.results.${c}%`, category: '%config.title%', icon: `$(${icon})` })),
  ];
  const RESULTS = `view == ${RESULTS_VIEW}`;
  return {
    main: './dist/extension.cjs',
    icon: 'media/icon.png',
    l10n: './l10n',
    categories: ['Linters', 'Snippets'],
    keywords: ['政府信息公开', '年度报告', '年报', '政务公开', 'government', 'annual report', 'lint', 'markdown'],
    repository: { type: 'git', url: 'https://github.com/nianbao-dev/nianbao' },
    activationEvents: [...LANGS.map((l) => `onLanguage:${l}`), 'workspaceContains:**/.nianbaorc.json'],
    capabilities: {
      untrustedWorkspaces: { supported: true },
      virtualWorkspaces: false,
    },
    contributes: {
      commands,
      menus: {
        commandPalette: [
          { command: 'nianbao.fixAll', when: EDITOR_WHEN },
          { command: 'nianbao.lintWorkspace', when: 'workspaceFolderCount > 0' },
          // (The server's own commands, registered by the language client, such as nianbao.workspaceSummary
          // and nianbao.cancelWorkspaceLint, are not contributed, so the palette never lists them: no entry
          // here, which VS Code would flag as a menu item of an undeclared command.)
          { command: 'nianbao.summarizeWorkspace', when: 'workspaceFolderCount > 0' },
          ...INSERTS.map((command) => ({ command, when: INSERT_WHEN })),
          { command: 'nianbao.results.cancel', when: 'nianbao.results.running' },
        ],
        'editor/context': [
          { command: 'nianbao.fixAll', when: EDITOR_WHEN, group: '1_modification@90' },
          { command: 'nianbao.lintWorkspace', when: `workspaceFolderCount > 0 && (${EDITOR_WHEN})`, group: '1_modification@91' },
          ...INSERTS.map((command, i) => ({ command, when: INSERT_WHEN, group: `nianbao@${i + 1}` })),
        ],
        'view/title': [
          { command: 'nianbao.results.run', when: `${RESULTS} && !nianbao.results.running`, group: 'navigation@1' },
          { command: 'nianbao.results.cancel', when: `${RESULTS} && nianbao.results.running`, group: 'navigation@1' },
          { command: 'nianbao.results.groupByRule', when: `${RESULTS} && nianbao.results.groupBy != rule`, group: 'navigation@2' },
          { command: 'nianbao.results.groupByFile', when: `${RESULTS} && nianbao.results.groupBy == rule`, group: 'navigation@2' },
          { command: 'nianbao.results.export', when: RESULTS, group: 'navigation@3' },
        ],
        'explorer/context': [{ command: 'nianbao.convertWord', when: 'resourceExtname == .docx', group: 'navigation@90' }],
        // A Word file's draft document (opened from Problems or the results view): write it as a Markdown draft.
        'editor/title': [{ command: 'nianbao.convertWord', when: 'resourceScheme == nianbao-word && resourceExtname == .docx', group: '1_nianbao' }],
      },
      viewsContainers: { activitybar: [{ id: 'nianbao', title: '%view.container%', icon: 'media/nianbao.svg' }] },
      views: { nianbao: [{ id: RESULTS_VIEW, name: '%view.results%' }] },
      viewsWelcome: [{ view: RESULTS_VIEW, contents: '%view.results.welcome%' }],
      configuration: configuration(ruleRegistry),
      // The Markdown preview shows the report's tables in the official layout (client: extendMarkdownIt).
      'markdown.markdownItPlugins': true,
      // No `snippets`: a contributed snippet file cannot follow nianbao.messageLanguage; the client's
      // completion provider serves the snippets of snippets/skeleton.json instead.
      grammars: [
        {
          scopeName: 'nianbao.injection',
          path: './syntaxes/nianbao.injection.tmLanguage.json',
          injectTo: ['text.html.markdown', 'text.plain'],
        },
        // VS Code has no grammar for plain text; this empty one gives the injection a host there.
        { language: 'plaintext', scopeName: 'text.plain', path: './syntaxes/plaintext.tmLanguage.json' },
      ],
    },
  };
}

const SCRIPTS = {
  // The VSIX's own page (Chinese first, its screenshots packaged: no network needed to show it).
  package: 'node scripts/build.mjs --minify && vsce package --no-dependencies --readme-path docs/vsix/README.md --no-rewrite-relative-links -o nianbao.vsix',
  'test:vscode': 'npm run build && node test/vscode/suite/run.mjs',
  'test:person': 'npm run package && node --test --test-reporter=spec test/vscode/person/',
};

/** package.nls*.json with one description per rule (core text, severity, docs link), and the rules
 * setting's description listing every rule id with its name in that language. */
function nlsWithRules(nls, core, locale) {
  const out = Object.fromEntries(Object.entries(nls).filter(([k]) => !k.startsWith('config.rules') || k === 'config.rules.item' || k === 'config.rules.intro'));
  const colon = locale === 'zh-cn' ? '：' : ': ';
  const list = core.ruleRegistry.map((r) => `- \`${r.id}\`${colon}${r.description[locale]}`).join('\n');
  out['config.rules'] = `${nls['config.rules.intro']}\n\n${list}`;
  for (const r of core.ruleRegistry) {
    out[`config.rules.${r.id}`] = nls['config.rules.item']
      .replace('{description}', r.description[locale])
      .replace('{severity}', core.formatMessage(`severity.${r.defaultSeverity}`, {}, locale))
      .replace('{url}', r.docsUrl);
  }
  return out;
}

/** Applies the fields to the current package.json text; returns the new text. */
export function updatedFiles(core) {
  const files = {};
  const pkgPath = join(ROOT, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  Object.assign(pkg, manifestFields(core.ruleRegistry));
  pkg.scripts = { ...pkg.scripts, ...SCRIPTS };
  files[pkgPath] = `${JSON.stringify(pkg, null, 2)}\n`;
  for (const [file, locale] of [['package.nls.json', 'en'], ['package.nls.zh-cn.json', 'zh-cn']]) {
    const path = join(ROOT, file);
    files[path] = `${JSON.stringify(nlsWithRules(JSON.parse(readFileSync(path, 'utf8')), core, locale), null, 2)}\n`;
  }
  return files;
}

async function main() {
  const files = updatedFiles(await loadCore());
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [path, text] of Object.entries(files)) {
    if (readFileSync(path, 'utf8') === text) continue;
    stale++;
    if (check) console.error(`${path} is out of date: run node scripts/generate-manifest.mjs`);
    else writeFileSync(path, text);
  }
  if (check && stale) process.exit(1);
  console.log(check ? 'manifest is up to date' : `updated ${stale} file(s)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
