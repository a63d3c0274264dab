// A no-network check of SARIF 2.1.0 logs: required properties, allowed property names (the schema's
// objects are additionalProperties: false), enums and number ranges of the objects nianbao emits.
import assert from 'node:assert/strict';

type Def = { required?: string[]; allowed: string[] };
const SARIF_DEFS: Record<string, Def> = {
  log: { required: ['version', 'runs'], allowed: ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'] },
  run: {
    required: ['tool'],
    allowed: ['tool', 'invocations', 'conversion', 'language', 'versionControlProvenance', 'originalUriBaseIds', 'artifacts',
      'logicalLocations', 'graphs', 'results', 'automationDetails', 'runAggregates', 'baselineGuid', 'redactionTokens',
      'defaultEncoding', 'defaultSourceLanguage', 'newlineSequences', 'columnKind', 'externalPropertyFileReferences',
      'threadFlowLocations', 'taxonomies', 'addresses', 'translations', 'policies', 'webRequests', 'webResponses',
      'specialLocations', 'properties'],
  },
  tool: { required: ['driver'], allowed: ['driver', 'extensions', 'properties'] },
  toolComponent: {
    required: ['name'],
    allowed: ['guid', 'name', 'organization', 'product', 'productSuite', 'shortDescription', 'fullDescription', 'fullName',
      'version', 'semanticVersion', 'dottedQuadFileVersion', 'releaseDateUtc', 'downloadUri', 'informationUri',
      'globalMessageStrings', 'notifications', 'rules', 'taxa', 'locations', 'language', 'contents', 'isComprehensive',
      'localizedDataSemanticVersion', 'minimumRequiredLocalizedDataSemanticVersion', 'associatedComponent',
      'translationMetadata', 'supportedTaxonomies', 'properties'],
  },
  reportingDescriptor: {
    required: ['id'],
    allowed: ['id', 'deprecatedIds', 'guid', 'deprecatedGuids', 'name', 'deprecatedNames', 'shortDescription',
      'fullDescription', 'messageStrings', 'defaultConfiguration', 'helpUri', 'help', 'relationships', 'properties'],
  },
  multiformatMessageString: { required: ['text'], allowed: ['text', 'markdown', 'properties'] },
  reportingConfiguration: { allowed: ['enabled', 'level', 'rank', 'parameters', 'properties'] },
  invocation: {
    required: ['executionSuccessful'],
    allowed: ['commandLine', 'arguments', 'responseFiles', 'startTimeUtc', 'endTimeUtc', 'exitCode',
      'ruleConfigurationOverrides', 'notificationConfigurationOverrides', 'toolExecutionNotifications',
      'toolConfigurationNotifications', 'exitCodeDescription', 'exitSignalName', 'exitSignalNumber',
      'processStartFailureMessage', 'executionSuccessful', 'machine', 'account', 'processId', 'executableLocation',
      'workingDirectory', 'environmentVariables', 'stdin', 'stdout', 'stderr', 'stdoutStderr', 'properties'],
  },
  notification: {
    required: ['message'],
    allowed: ['locations', 'message', 'level', 'threadId', 'timeUtc', 'exception', 'descriptor', 'associatedRule', 'properties'],
  },
  result: {
    required: ['message'],
    allowed: ['ruleId', 'ruleIndex', 'rule', 'kind', 'level', 'message', 'analysisTarget', 'locations', 'guid',
      'correlationGuid', 'occurrenceCount', 'partialFingerprints', 'fingerprints', 'stacks', 'codeFlows', 'graphs',
      'graphTraversals', 'relatedLocations', 'suppressions', 'baselineState', 'rank', 'attachments', 'hostedViewerUri',
      'workItemUris', 'provenance', 'fixes', 'taxa', 'webRequest', 'webResponse', 'properties'],
  },
  message: { allowed: ['text', 'markdown', 'id', 'arguments', 'properties'] },
  location: { allowed: ['id', 'physicalLocation', 'logicalLocations', 'message', 'annotations', 'relationships', 'properties'] },
  physicalLocation: { allowed: ['address', 'artifactLocation', 'region', 'contextRegion', 'properties'] },
  artifactLocation: { allowed: ['uri', 'uriBaseId', 'index', 'description', 'properties'] },
  region: {
    allowed: ['startLine', 'startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength', 'byteOffset', 'byteLength',
      'snippet', 'message', 'sourceLanguage', 'properties'],
  },
};
const LEVELS = ['none', 'note', 'warning', 'error'];

type Obj = Record<string, unknown>;
function check(kind: string, value: unknown, at: string): Obj {
  assert.equal(typeof value, 'object', `${at} must be an object`);
  assert.ok(value !== null && !Array.isArray(value), `${at} must be an object`);
  const obj = value as Obj;
  const def = SARIF_DEFS[kind]!;
  for (const key of def.required ?? []) assert.ok(key in obj, `${at}: required property "${key}" missing`);
  for (const key of Object.keys(obj)) assert.ok(def.allowed.includes(key), `${at}: property "${key}" not allowed in ${kind}`);
  return obj;
}
function checkMessage(value: unknown, at: string) {
  const m = check('message', value, at);
  assert.ok(typeof m.text === 'string' || typeof m.id === 'string', `${at}: message needs text or id`);
}
function checkLocation(value: unknown, at: string) {
  const loc = check('location', value, at);
  if ('id' in loc) assert.ok(Number.isInteger(loc.id) && (loc.id as number) >= -1, `${at}.id`);
  if (loc.message) checkMessage(loc.message, `${at}.message`);
  if (!loc.physicalLocation) return;
  const phys = check('physicalLocation', loc.physicalLocation, `${at}.physicalLocation`);
  assert.ok('artifactLocation' in phys || 'address' in phys, `${at}: physicalLocation needs artifactLocation or address`);
  const art = check('artifactLocation', phys.artifactLocation, `${at}.artifactLocation`);
  assert.equal(typeof art.uri, 'string');
  assert.doesNotMatch(art.uri as string, /[\\\s\u0080-\uffff]/, `${at}: uri must be an encoded uri-reference`);
  if (phys.region) {
    const r = check('region', phys.region, `${at}.region`);
    for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) {
      if (k in r) assert.ok(Number.isInteger(r[k]) && (r[k] as number) >= 1, `${at}.region.${k} >= 1`);
    }
    assert.ok((r.endLine as number) >= (r.startLine as number), `${at}: endLine >= startLine`);
  }
}
// Asserts that a SARIF log has every property the 2.1.0 schema requires and none it forbids.
export function validateSarif(log: unknown) {
  const root = check('log', log, 'log');
  assert.equal(root.version, '2.1.0');
  assert.ok(Array.isArray(root.runs));
  (root.runs as unknown[]).forEach((runValue, ri) => {
    const run = check('run', runValue, `runs[${ri}]`);
    const tool = check('tool', run.tool, 'tool');
    const driver = check('toolComponent', tool.driver, 'driver');
    const rules = (driver.rules ?? []) as unknown[];
    const ids = rules.map((rule, i) => {
      const d = check('reportingDescriptor', rule, `rules[${i}]`);
      if (d.shortDescription) check('multiformatMessageString', d.shortDescription, `rules[${i}].shortDescription`);
      if (d.defaultConfiguration) {
        const c = check('reportingConfiguration', d.defaultConfiguration, `rules[${i}].defaultConfiguration`);
        assert.ok(LEVELS.includes(c.level as string));
      }
      return d.id;
    });
    assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
    if (run.columnKind !== undefined) assert.ok(['utf16CodeUnits', 'unicodeCodePoints'].includes(run.columnKind as string));
    for (const [base, loc] of Object.entries((run.originalUriBaseIds ?? {}) as Obj)) {
      const a = check('artifactLocation', loc, `originalUriBaseIds.${base}`);
      assert.match(a.uri as string, /^file:\/\/.*\/$/, 'a base URI is absolute and ends with a slash');
    }
    ((run.invocations ?? []) as unknown[]).forEach((inv, ii) => {
      const i = check('invocation', inv, `invocations[${ii}]`);
      assert.equal(typeof i.executionSuccessful, 'boolean');
      ((i.toolExecutionNotifications ?? []) as unknown[]).forEach((n, ni) => {
        const note = check('notification', n, `notifications[${ni}]`);
        checkMessage(note.message, `notifications[${ni}].message`);
        if (note.level !== undefined) assert.ok(LEVELS.includes(note.level as string));
        ((note.locations ?? []) as unknown[]).forEach((l, li) => checkLocation(l, `notifications[${ni}].locations[${li}]`));
      });
    });
    ((run.results ?? []) as unknown[]).forEach((resValue, i) => {
      const res = check('result', resValue, `results[${i}]`);
      checkMessage(res.message, `results[${i}].message`);
      if (res.level !== undefined) assert.ok(LEVELS.includes(res.level as string), `results[${i}].level`);
      if (res.ruleIndex !== undefined) assert.equal(ids[res.ruleIndex as number], res.ruleId, 'ruleIndex points at ruleId');
      ((res.locations ?? []) as unknown[]).forEach((l, li) => checkLocation(l, `results[${i}].locations[${li}]`));
      ((res.relatedLocations ?? []) as unknown[]).forEach((l, li) => checkLocation(l, `results[${i}].relatedLocations[${li}]`));
    });
  });
}

