// Trains the learned safety models and chooses their thresholds, honestly: first leave-one-author-
// out cross-validation over the in-repo author sets (every line scored by a model that never saw
// its author), thresholds chosen on those out-of-fold scores within budgets below the issue's
// targets, the cross-validated table printed; then each model fitted on every author and written
// with those thresholds:
// - src/shared/safety/learned/crisisModel.json (heads: any crisis + one per category)
// - src/shared/safety/learned/adviceModel.json (one head: advice)
// Deterministic: the same sets give the same files. Run: npx tsx scripts/train-safety-models.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crossValidatedReport } from './safety-cv';
import { IN_REPO_AUTHORS, readAuthors } from './safety-authors';

const learnedDir = join(import.meta.dirname, '../src/shared/safety/learned');
const report = crossValidatedReport(readAuthors(IN_REPO_AUTHORS), { fitFinal: true });
process.stdout.write(`${report.text}\n`);
for (const [file, model] of Object.entries(report.models ?? {})) {
  const json = `${JSON.stringify(model)}\n`;
  writeFileSync(join(learnedDir, file), json);
  process.stdout.write(`wrote ${file}: linear ${model.linear ? `${model.linear.vocabulary.length} features` : 'none'}, networks ${model.bags.map((b) => `${b.buckets}×${b.dim}→${b.hidden}`).join(' + ') || 'none'}, ${json.length} bytes, thresholds ${JSON.stringify(model.thresholds)}\n`);
}
