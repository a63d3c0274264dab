// The command line's own words (help, usage errors, file problems, summaries) in Chinese and English.
// Rule messages come from the core's l10n; these are only what the CLI itself says.

import type { Locale } from '../../core/src/types.js';

const MESSAGES = {
  usage: {
    'zh-cn': `用法：nianbao lint [路径或通配符…] [选项]

检查政府信息公开工作年度报告草稿（.md / .txt）。
文件夹会递归查找其中像年度报告的 .md 和 .txt 文件（跳过 node_modules 和 .git）；
直接写出的文件总会检查；通配符（如 "reports/**/*.md"）会被展开。默认检查当前文件夹。

选项：
  --format <stylish|json|sarif>   输出格式（默认 stylish）
  --fix                           自动修复可安全修复的问题并写回文件
  --template <auto|2021|2019>     按哪一版格式检查（默认 auto，覆盖配置文件）
  --quiet                         只报告错误
  --locale <zh-cn|en>             消息语言（默认 zh-cn）
  --max-size <大小>               跳过大于此大小的文件（默认 5MB；可写 500KB、10MB 或字节数）
  --workers <auto|数量>           并行检查的线程数（默认 auto：文件多于 200 个时并行；0 表示不并行）
  -h, --help                      显示本帮助
  -v, --version                   显示版本号

配置文件：文件所在文件夹或其上层最近的 .nianbaorc.json，例如
  { "template": "auto", "rules": { "规则编号": "off" } }

退出码：0 无错误；1 有错误；2 用法错误或文件无法读取。`,
    en: `Usage: nianbao lint [paths or globs…] [options]

Checks drafts of government information disclosure annual reports (.md / .txt).
A folder is searched for .md and .txt files that look like annual reports (node_modules
and .git are skipped); a file named explicitly is always checked; globs such as
"reports/**/*.md" are expanded. The default is the current folder.

Options:
  --format <stylish|json|sarif>   output format (default: stylish)
  --fix                           apply safe fixes and write the files back
  --template <auto|2021|2019>     which official format to check against (default: auto; overrides the config)
  --quiet                         report errors only
  --locale <zh-cn|en>             message language (default: zh-cn)
  --max-size <size>               skip files larger than this (default 5MB; e.g. 500KB, 10MB or bytes)
  --workers <auto|n>              worker threads (default auto: parallel above 200 files; 0 = none)
  -h, --help                      show this help
  -v, --version                   show the version

Config: the nearest .nianbaorc.json in the file's folder or above, e.g.
  { "template": "auto", "rules": { "rule-id": "off" } }

Exit codes: 0 no errors; 1 errors found; 2 usage error or a file that cannot be read.`,
  },
  usageError: { 'zh-cn': '用法错误：{detail}', en: 'Usage error: {detail}' },
  seeHelp: { 'zh-cn': '运行 "nianbao --help" 查看用法。', en: 'Run "nianbao --help" for usage.' },
  noCommand: { 'zh-cn': '缺少命令（应为 "lint"）', en: 'missing command (expected "lint")' },
  unknownCommand: { 'zh-cn': '未知命令 "{detail}"（应为 "lint"）', en: 'unknown command "{detail}" (expected "lint")' },
  badChoice: {
    'zh-cn': '{option} 的值 "{value}" 无效，可选：{choices}',
    en: 'invalid value "{value}" for {option}; choose one of: {choices}',
  },
  badSize: { 'zh-cn': '--max-size 的值 "{value}" 无效（例：5MB、500KB、1048576）', en: 'invalid --max-size "{value}" (e.g. 5MB, 500KB, 1048576)' },
  badWorkers: { 'zh-cn': '--workers 的值 "{value}" 无效（应为 auto 或非负整数）', en: 'invalid --workers "{value}" (use auto or a whole number)' },
  noMatch: { 'zh-cn': '没有文件匹配 "{pattern}"', en: 'no files match "{pattern}"' },
  notFound: { 'zh-cn': '找不到文件或文件夹', en: 'no such file or folder' },
  unreadable: { 'zh-cn': '无法读取文件（{detail}）', en: 'cannot read the file ({detail})' },
  binary: { 'zh-cn': '这是二进制文件，不是文本（{detail}）', en: 'this is a binary file, not text ({detail})' },
  undecodable: {
    'zh-cn': '无法识别文件编码，请另存为 UTF-8（{detail}）',
    en: 'cannot tell the file’s encoding; save it as UTF-8 ({detail})',
  },
  tooLarge: {
    'zh-cn': '文件过大（{size}，上限 {limit}），已跳过；可用 --max-size 调整',
    en: 'file too large ({size}, limit {limit}); skipped (see --max-size)',
  },
  internalError: { 'zh-cn': '检查此文件时出现内部错误：{detail}', en: 'internal error while checking this file: {detail}' },
  fixWriteFailed: { 'zh-cn': '修复后无法写回文件：{detail}', en: 'could not write the fixed file: {detail}' },
  configProblem: { 'zh-cn': '配置文件 {path} 有误：{detail}', en: 'config file {path} is invalid: {detail}' },
  noReports: {
    'zh-cn': '在 {paths} 中没有找到像年度报告的 .md 或 .txt 文件。',
    en: 'no .md or .txt files that look like annual reports were found in {paths}.',
  },
} as const;

export type CliMessageKey = keyof typeof MESSAGES;

// Looks up a CLI string in the locale and fills its {placeholders}.
export function t(key: CliMessageKey, locale: Locale, args: Record<string, string | number> = {}): string {
  return MESSAGES[key][locale].replace(/\{(\w+)\}/g, (m, name: string) => (name in args ? String(args[name]) : m));
}

// Renders a byte count the way people read it (e.g. "5 MB", "812 KB").
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
