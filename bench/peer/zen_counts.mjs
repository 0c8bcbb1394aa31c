// The Zen side of the agreement check of run-zen-comparison: evaluates every
// neutral record with the peer's decision (decision.mjs of the peer folder)
// and prints, one JSON line a record, its id, the counts the decision
// computes (the output of its "aggregate" node, read from the trace: the
// decision's result holds only the grade and score) and the grade, so they
// can be compared with liaison's findings record by record.
//
//   node zen_counts.mjs ZEN_DIR NEUTRAL.json
//
// The engine is resolved from ZEN_DIR's node_modules or NODE_PATH.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [zenDir, neutralPath] = process.argv.slice(2).map((p) => resolve(p));
const { jdm } = await import(pathToFileURL(join(zenDir, 'decision.mjs')).href);
const { ZenEngine } = createRequire(join(zenDir, 'package.json'))('@gorules/zen-engine');
const engine = new ZenEngine();
const decision = engine.createDecision(Buffer.from(JSON.stringify(jdm)));
const fields = ['lectures', 'visits', 'youth_met', 'talks', 'research', 'work_tasks', 'areas',
  'field_days', 'eligible'];
const lines = [];
for (const record of JSON.parse(readFileSync(neutralPath, 'utf8'))) {
  const { result, trace } = await decision.evaluate(record, { trace: true });
  const counts = { ...trace.agg.output, eligible: result.eligible };
  const line = { id: record.id };
  for (const field of fields) line[field] = counts[field];
  lines.push(JSON.stringify(line));
}
process.stdout.write(lines.join('\n') + '\n');
engine.dispose?.();
