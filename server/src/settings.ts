// The `nianbao.*` settings: validating what a client sends (anything may arrive) into a complete
// NianbaoSettings, and fetching them per document through `workspace/configuration`, cached.

import { DEFAULT_SETTINGS, type MessageLanguageSetting, type NianbaoSettings, type RuleSeveritySetting, type TemplateSetting } from '../../protocol/src/protocol.js';

const TEMPLATES: readonly string[] = ['auto', '2021', '2019'];
const SEVERITIES: readonly string[] = ['off', 'info', 'warning', 'error'];
const LANGUAGES: readonly string[] = ['zh-cn', 'en', 'auto'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

function finiteNumber(value: unknown, fallback: number, min: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

// Turns whatever the client answered (possibly null, partial or wrong) into complete settings;
// wrong values fall back to the defaults one by one rather than failing the whole section.
export function normalizeSettings(raw: unknown, base: NianbaoSettings = DEFAULT_SETTINGS): NianbaoSettings {
  const r = isObject(raw) ? raw : {};
  const rules: Record<string, RuleSeveritySetting> = { ...base.rules };
  if (isObject(r.rules)) {
    for (const [id, value] of Object.entries(r.rules)) {
      if (typeof value === 'string' && SEVERITIES.includes(value)) rules[id] = value as RuleSeveritySetting;
    }
  }
  const files = isObject(r.files) ? r.files : {};
  return {
    template: typeof r.template === 'string' && TEMPLATES.includes(r.template) ? (r.template as TemplateSetting) : base.template,
    rules,
    files: {
      include: Array.isArray(files.include) ? stringList(files.include) : base.files.include,
      exclude: Array.isArray(files.exclude) ? stringList(files.exclude) : base.files.exclude,
    },
    run: r.run === 'onSave' || r.run === 'onType' ? r.run : base.run,
    debounceMs: finiteNumber(r.debounceMs, base.debounceMs, 0, 10_000),
    maxFileSizeMB: finiteNumber(r.maxFileSizeMB, base.maxFileSizeMB, 0, 1024),
    lintTimeoutSeconds: finiteNumber(r.lintTimeoutSeconds, base.lintTimeoutSeconds, 0.1, 600),
    docsBaseUrl: typeof r.docsBaseUrl === 'string' ? r.docsBaseUrl.trim() : base.docsBaseUrl,
    messageLanguage: typeof r.messageLanguage === 'string' && LANGUAGES.includes(r.messageLanguage) ? (r.messageLanguage as MessageLanguageSetting) : base.messageLanguage,
  };
}

/** Asks the client for the `nianbao` section for a resource (undefined: the client cannot answer). */
type ConfigurationFetcher = ((scopeUri: string | undefined) => Promise<unknown>) | undefined;

// Settings per resource, fetched once and cached until the configuration changes. Without a
// fetcher (clients without workspace/configuration) the initialization settings apply everywhere.
export class SettingsStore {
  private readonly cache = new Map<string, Promise<NianbaoSettings>>();

  constructor(
    private readonly fetch: ConfigurationFetcher,
    private readonly fallback: NianbaoSettings,
  ) {}

  // The settings for a document or folder URI (undefined: the window-wide settings).
  get(scopeUri: string | undefined): Promise<NianbaoSettings> {
    const key = scopeUri ?? '';
    let entry = this.cache.get(key);
    if (!entry) {
      entry = this.load(scopeUri);
      this.cache.set(key, entry);
      if (this.cache.size > 5000) this.cache.delete(this.cache.keys().next().value as string);
    }
    return entry;
  }

  /** Forgets everything (after workspace/didChangeConfiguration). */
  clear(): void {
    this.cache.clear();
  }

  /** Forgets one resource (its document was closed). */
  forget(scopeUri: string): void {
    this.cache.delete(scopeUri);
  }

  private async load(scopeUri: string | undefined): Promise<NianbaoSettings> {
    if (!this.fetch) return this.fallback;
    try {
      return normalizeSettings(await this.fetch(scopeUri), this.fallback);
    } catch {
      return this.fallback;
    }
  }
}
