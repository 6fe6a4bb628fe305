/**
 * docs/architecture.md, rendered from the code itself: the modules, the tables each declares it
 * owns (`<module>.tables.ts`), the workflows and their steps (`api/src/workflows/`) and the
 * outbox topics (`<module>.events.ts`). `npm run gen:docs` writes it; a test fails when the
 * committed page and the code disagree, so the map cannot drift.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { OUTBOX_TOPICS } from '../workers';
import type { OutboxTopic } from '../platform/outbox/topic';
import type { Workflow } from '../platform/workflow/workflow';

const SRC = path.resolve(__dirname, '..');
const MODULES_DIR = path.join(SRC, 'modules');
const WORKFLOWS_DIR = path.join(SRC, 'workflows');

const isSource = (file: string) => file.endsWith('.ts') && !file.endsWith('.test.ts');

/** Every non-test source file under `dir`, as paths relative to it. */
function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && isSource(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

function exportsOf(file: string): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loading the declarations is the point
  return require(file) as Record<string, unknown>;
}

const moduleNames = () =>
  readdirSync(MODULES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

/** The tables a module declares in `<module>.tables.ts` (the platform in platform.tables.ts): every exported list of names. */
function tablesOf(module: string): string[] {
  const file = module === 'platform' ? path.join(SRC, 'platform/platform.tables.ts') : path.join(MODULES_DIR, module, `${module}.tables.ts`);
  try {
    readFileSync(file);
  } catch {
    return [];
  }
  return Object.values(exportsOf(file))
    .filter((value): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string'))
    .flat()
    .sort();
}

const isTopic = (value: unknown): value is OutboxTopic =>
  typeof value === 'object' && value !== null && typeof (value as OutboxTopic).name === 'string' && 'payload' in value;

interface TopicEntry {
  topic: OutboxTopic;
  constant: string;
  declaredBy: string;
}

function declaredTopics(): TopicEntry[] {
  return moduleNames().flatMap((module) =>
    readdirSync(path.join(MODULES_DIR, module))
      .filter((file) => file.endsWith('.events.ts'))
      .flatMap((file) =>
        Object.entries(exportsOf(path.join(MODULES_DIR, module, file)))
          .filter((entry): entry is [string, OutboxTopic] => isTopic(entry[1]))
          .map(([constant, topic]) => ({ topic, constant, declaredBy: module })),
      ),
  );
}

/** Where a file lives, as the map names it: its module, or `workflows`. */
const ownerOf = (relativeToSrc: string) => {
  const [top, second] = relativeToSrc.split(path.sep);
  return top === 'modules' ? (second as string) : (top as string);
};

/** Modules (and workflows) that enqueue `constant`: files that name it and call enqueue. */
function writersOf(constant: string, sources: Array<{ owner: string; text: string }>): string[] {
  const named = new RegExp(`\\b${constant}\\b`);
  const writers = sources.filter(({ text }) => /\b(enqueue|enqueueAll|outboxMessage)\(/.test(text) && named.test(text)).map(({ owner }) => owner);
  return [...new Set(writers)].sort();
}

function payloadFields(topic: OutboxTopic): string {
  const shape = (topic.payload as unknown as { shape?: Record<string, { safeParse(v: unknown): { success: boolean } }> }).shape ?? {};
  return Object.entries(shape)
    .map(([field, schema]) => (schema.safeParse(undefined).success ? `${field}?` : field))
    .join(', ');
}

const isWorkflow = (value: unknown): value is Workflow<unknown> =>
  typeof value === 'object' && value !== null && Array.isArray((value as Workflow<unknown>).steps) && typeof (value as Workflow<unknown>).onFailure === 'string';

/**
 * Stands in for a workflow factory's dependencies: building a workflow only closes over them
 * (its steps use them when they run), so the map can read the steps without a database.
 */
const absentDependencies: unknown = new Proxy(() => absentDependencies, { get: () => absentDependencies, apply: () => absentDependencies });

/** An exported workflow, or the workflow a factory (`refundWorkflow(deps)`) builds. */
function declaredWorkflow(value: unknown): unknown {
  if (typeof value !== 'function' || value.length > 2 || value.constructor.name === 'AsyncFunction') return value;
  try {
    const built = (value as (...args: unknown[]) => unknown)(absentDependencies, absentDependencies);
    if (built instanceof Promise) {
      built.catch(() => undefined);
      return undefined;
    }
    return built;
  } catch {
    return undefined;
  }
}

function workflows(): Array<{ file: string; workflow: Workflow<unknown> }> {
  let files: string[];
  try {
    files = readdirSync(WORKFLOWS_DIR).filter((file) => file.endsWith('.workflow.ts')).sort();
  } catch {
    return [];
  }
  return files.flatMap((file) =>
    Object.values(exportsOf(path.join(WORKFLOWS_DIR, file)))
      .map(declaredWorkflow)
      .filter(isWorkflow)
      .map((workflow) => ({ file, workflow })),
  );
}

const FAILURE: Record<string, string> = {
  compensate: 'a failed step undoes the steps before it, newest first',
  resume: 'a failed or interrupted run goes on from the failed step',
};

/** The page, as Markdown. */
export function renderArchitectureMap(): string {
  const sources = ['modules', 'workflows']
    .flatMap((dir) => {
      try {
        return sourcesUnder(path.join(SRC, dir)).map((file) => path.join(dir, file));
      } catch {
        return [];
      }
    })
    .map((file) => ({ owner: ownerOf(file), text: readFileSync(path.join(SRC, file), 'utf8') }));
  const topics = declaredTopics();
  const lines: string[] = [
    '# Architecture map',
    '',
    '<!-- Generated by `npm run gen:docs` from the code (api/src/scripts/architecture-map.ts); a test fails when it drifts. Do not edit by hand. -->',
    '',
    'The shared picture is `ARCHITECTURE.md` of the team; this page is what the code declares today.',
    'A module owns its tables: another module calls the owner’s functions (passing its transaction),',
    'never its tables. Work that spans modules is a workflow of named steps; messages to other',
    'processes go through the outbox, one typed topic each.',
    '',
    '## Modules and the tables they own',
    '',
    '| Module | Tables | Outbox topics it declares |',
    '| --- | --- | --- |',
  ];
  for (const module of [...moduleNames(), 'platform']) {
    const tables = tablesOf(module).map((t) => `\`${t}\``).join(', ') || '—';
    const declared = topics.filter((t) => t.declaredBy === module).map((t) => `\`${t.topic.name}\``).sort().join(', ') || '—';
    lines.push(`| ${module} | ${tables} | ${declared} |`);
  }
  lines.push('', '## Workflows', '');
  const all = workflows();
  if (all.length === 0) lines.push('None yet.');
  for (const { file, workflow } of all) {
    lines.push(`### ${workflow.name} (\`api/src/workflows/${file}\`)`, '', `On failure: ${FAILURE[workflow.onFailure] ?? workflow.onFailure}.`, '');
    workflow.steps.forEach((step, i) => {
      const marks = [step.compensate ? 'compensated' : null, step.outsideTransaction ? 'outside the transaction' : null].filter(Boolean);
      lines.push(`${i + 1}. \`${step.name}\`${marks.length > 0 ? ` — ${marks.join(', ')}` : ''}`);
    });
    lines.push('');
  }
  if (all.length > 0) lines.pop();
  lines.push('', '## Outbox topics', '', '| Topic | Payload | Declared and consumed by | Written by |', '| --- | --- | --- | --- |');
  const relayed = new Set(OUTBOX_TOPICS.map((topic) => topic.name));
  for (const { topic, constant, declaredBy } of [...topics].sort((a, b) => a.topic.name.localeCompare(b.topic.name))) {
    const writers = writersOf(constant, sources).join(', ') || '— (none yet)';
    const consumer = relayed.has(topic.name) ? declaredBy : `${declaredBy} (not relayed!)`;
    lines.push(`| \`${topic.name}\` | ${payloadFields(topic)} | ${consumer} | ${writers} |`);
  }
  return `${lines.join('\n')}\n`;
}
