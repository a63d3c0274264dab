// The options a document is linted with: the nearest `.nianbaorc.json` (read as data, never run)
// merged under the editor settings, which win: a forced template, and rule severities rule by rule.

import { dirname } from 'node:path';
import { ruleRegistry, type LintOptions, type SeveritySetting } from '../../core/src/index.js';
import { findConfig, type FoundConfig } from '../../node/src/findConfig.js';
import type { NianbaoSettings } from '../../protocol/src/protocol.js';

const knownRuleIds = ruleRegistry.map((r) => r.id);

// Merges a config file's content with the editor settings: the editor's template applies unless it is
// 'auto'; its rule severities override the file's one by one.
export function mergeOptions(settings: NianbaoSettings, found: FoundConfig | null): LintOptions {
  const fileConfig = found?.config ?? {};
  const rules: Record<string, SeveritySetting> = { ...(fileConfig.rules ?? {}), ...settings.rules };
  const template = settings.template !== 'auto' ? settings.template : fileConfig.template ?? 'auto';
  return { template, rules };
}

// Finds config files for documents, memoised per folder until a `.nianbaorc.json` changes on disk.
export class ConfigFiles {
  private cache = new Map<string, FoundConfig | null>();

  constructor(private readonly roots: () => readonly string[] = () => []) {}

  /** The config that applies to a file path (null for none, or for documents that are not files). */
  forFile(path: string | undefined): FoundConfig | null {
    if (!path) return null;
    return findConfig(dirname(path), { knownRuleIds, cache: this.cache, roots: this.roots() });
  }

  /** Forgets every lookup (a config file was created, changed or deleted). */
  clear(): void {
    this.cache = new Map();
  }
}
