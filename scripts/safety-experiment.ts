// Compares learned-model choices by leave-one-author-out cross-validation, the way every choice in
// the shipped classifier is made: each author's lines are scored by a model trained on the other
// authors; the table gives each fresh author's AUC for "any crisis" and "advice", and the issue's
// measures at thresholds chosen nested (without the author judged). Never prints message text.
// Run: npx tsx scripts/safety-experiment.ts [variant ...]
import { crisisLabels, adviceLabels, chooseAdviceThreshold, chooseCrisisThresholds, peerOutcomes, userOutcomes, type ScoredPeer, type ScoredUser } from '@shared/safety/eval/crossValidation';
import { RULE_TUNED_AUTHORS, type AuthorSet, type PeerLine, type UserLine } from '@shared/safety/eval/authorSets';
import { headlineRows, formatRows, breakdownRows } from '@shared/safety/eval/measures';
import { CRISIS_HEADS, crisisScore } from '@shared/safety/crisisVerdict';
import { scoreHeads, scoringModel, trainMultiHead } from '@shared/safety/learned/multiHeadModel';
import { scoreBag, trainBag, type BagTrainingOptions } from '@shared/safety/learned/bagModel';
import { averageInLogOdds } from '@shared/safety/learned/ensembleModel';
import { CRISIS_PIPELINE, ADVICE_PIPELINE } from './safety-cv';
import { IN_REPO_AUTHORS, readAuthors } from './safety-authors';
import { charGrams, contextGrams } from '@shared/safety/concepts/charGrams';
import { CONTEXT_WINDOW } from '@shared/safety/concepts/crisisReading';

type Scorer = (features: readonly string[]) => Record<string, number>;
type Trainer = (examples: readonly { features: readonly string[]; labels: Record<string, 0 | 1> }[], heads: readonly string[]) => Scorer;

const lr: Trainer = (examples, heads) => {
  const model = scoringModel(trainMultiHead(examples, heads));
  return (f) => scoreHeads(model, f);
};
const bag = (options: BagTrainingOptions): Trainer => (examples, heads) => {
  const net = trainBag(examples, heads, options);
  return (f) => scoreBag(net, f);
};
const logit = (p: number): number => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));
const noGrams = (f: readonly string[]): string[] => f.filter((x) => !x.startsWith('g:'));
/** The first member reads the features without character n-grams, the second all of them. */
const ensemble = (a: Trainer, b: Trainer): Trainer => (examples, heads) => {
  const sa = a(examples.map((e) => ({ ...e, features: noGrams(e.features) })), heads);
  const sb = b(examples, heads);
  return (f) => {
    const pa = sa(noGrams(f));
    const pb = sb(f);
    const out: Record<string, number> = {};
    for (const h of heads) out[h] = 1 / (1 + Math.exp(-(logit(pa[h] ?? 0) + logit(pb[h] ?? 0)) / 2));
    return out;
  };
};

/** Networks from several seeds, averaged in log-odds. */
const seedAverage = (options: BagTrainingOptions, seeds: number): Trainer => (examples, heads) => {
  const nets = Array.from({ length: seeds }, (_, i) => trainBag(examples, heads, { ...options, seed: (options.seed ?? 12) + i }));
  return (f) => averageInLogOdds(nets.map((n) => scoreBag(n, f)));
};

interface Variant {
  readonly trainer: Trainer;
  readonly userFeatures: (line: UserLine) => readonly string[];
  readonly peerFeatures: (line: PeerLine) => readonly string[];
}

const memo = <K, V>(f: (k: K) => V): ((k: K) => V) => {
  const m = new Map<K, V>();
  return (k) => {
    if (!m.has(k)) m.set(k, f(k));
    return m.get(k) as V;
  };
};
const baseUser = (l: UserLine): readonly string[] => CRISIS_PIPELINE.features(l).features;
const basePeer = (l: PeerLine): readonly string[] => ADVICE_PIPELINE.features(l).features;
const gramUser = memo((l: UserLine) => [...baseUser(l), ...charGrams(l.text)]);
const gramUserCtx = memo((l: UserLine) => [...gramUser(l), ...contextGrams((l.recent ?? []).slice(-CONTEXT_WINDOW))]);
const gramPeer = memo((l: PeerLine) => [...basePeer(l), ...charGrams(l.text)]);

const VARIANTS: Record<string, Variant> = {
  lr: { trainer: lr, userFeatures: baseUser, peerFeatures: basePeer },
  bag: { trainer: bag({}), userFeatures: gramUser, peerFeatures: gramPeer },
  bagBase: { trainer: bag({}), userFeatures: baseUser, peerFeatures: basePeer },
  ens: { trainer: ensemble(lr, bag({})), userFeatures: gramUser, peerFeatures: gramPeer },
};

function auc(pos: readonly number[], neg: readonly number[]): number {
  const all = [...pos.map((p) => [p, 1] as const), ...neg.map((p) => [p, 0] as const)].sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  let i = 0;
  while (i < all.length) {
    let j = i;
    while (j + 1 < all.length && all[j + 1]?.[0] === all[i]?.[0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (all[k]?.[1] === 1) rankSum += rank;
    i = j + 1;
  }
  return (rankSum - (pos.length * (pos.length + 1)) / 2) / Math.max(1, pos.length * neg.length);
}

function run(name: string, variant: Variant, authors: readonly AuthorSet[]): void {
  const started = performance.now();
  const users: ScoredUser[] = [];
  const peers: ScoredPeer[] = [];
  for (const held of authors) {
    const others = authors.filter((a) => a.author !== held.author);
    const cs = variant.trainer(others.flatMap((a) => a.users).map((l) => ({ features: variant.userFeatures(l), labels: crisisLabels(l) })), CRISIS_HEADS);
    for (const line of held.users) users.push({ line, rules: CRISIS_PIPELINE.rules(line), probabilities: cs(variant.userFeatures(line)), reach: CRISIS_PIPELINE.reach(line) });
    const as = variant.trainer(others.flatMap((a) => a.peers).map((l) => ({ features: variant.peerFeatures(l), labels: adviceLabels(l) })), ['advice']);
    for (const line of held.peers) peers.push({ line, rulesHeld: ADVICE_PIPELINE.rulesHeld(line), probability: as(variant.peerFeatures(line)).advice ?? 0 });
  }
  const fresh = authors.map((a) => a.author).filter((a) => !RULE_TUNED_AUTHORS.has(a));
  const aucs = fresh.map((a) => {
    const u = users.filter((s) => s.line.author === a);
    const p = peers.filter((s) => s.line.author === a);
    const c = auc(u.filter((s) => s.line.level === 'crisis').map((s) => crisisScore(s.probabilities)), u.filter((s) => s.line.level !== 'crisis').map((s) => crisisScore(s.probabilities)));
    const d = auc(p.filter((s) => s.line.advice).map((s) => s.probability), p.filter((s) => !s.line.advice).map((s) => s.probability));
    return `${a} ${c.toFixed(3)}/${d.toFixed(3)}`;
  });
  const outcomesU = fresh.flatMap((a) => {
    const t = chooseCrisisThresholds(users.filter((s) => s.line.author !== a && fresh.includes(s.line.author)));
    return userOutcomes(users.filter((s) => s.line.author === a), t);
  });
  const outcomesP = fresh.flatMap((a) => {
    const t = chooseAdviceThreshold(peers.filter((s) => s.line.author !== a && fresh.includes(s.line.author)));
    return peerOutcomes(peers.filter((s) => s.line.author === a), t);
  });
  const freshU = users.filter((s) => fresh.includes(s.line.author));
  const freshP = peers.filter((s) => fresh.includes(s.line.author));
  const pooled = auc(freshU.filter((s) => s.line.level === 'crisis').map((s) => crisisScore(s.probabilities)), freshU.filter((s) => s.line.level !== 'crisis').map((s) => crisisScore(s.probabilities)));
  const pooledA = auc(freshP.filter((s) => s.line.advice).map((s) => s.probability), freshP.filter((s) => !s.line.advice).map((s) => s.probability));
  const rows = process.env.BREAKDOWN ? [...headlineRows(outcomesU, outcomesP), ...breakdownRows(outcomesU, outcomesP)] : headlineRows(outcomesU, outcomesP);
  if (process.env.GROUPS) {
    // Crisis lines by the authors' own group names (first two parts), so the misses show as patterns, not texts.
    const byGroup = new Map<string, { n: number; panel: number; ask: number }>();
    for (const o of outcomesU.filter((u) => u.line.level === 'crisis')) {
      const g = o.line.group.split('-').slice(0, 2).join('-');
      const e = byGroup.get(g) ?? { n: 0, panel: 0, ask: 0 };
      e.n++;
      if (o.response === 'panel') e.panel++;
      else if (o.response === 'ask') e.ask++;
      byGroup.set(g, e);
    }
    const rowsG = [...byGroup].filter(([, e]) => e.n >= 15).sort((a, b) => (a[1].panel + a[1].ask) / a[1].n - (b[1].panel + b[1].ask) / b[1].n);
    process.stdout.write(`${rowsG.map(([g, e]) => `${g.padEnd(32)} n=${String(e.n).padStart(4)} panel ${(e.panel / e.n).toFixed(2)} panel-or-ask ${((e.panel + e.ask) / e.n).toFixed(2)}`).join('\n')}\n`);
  }
  process.stdout.write(`${formatRows(`\n== ${name}: pooled AUC crisis ${pooled.toFixed(3)} advice ${pooledA.toFixed(3)} (${((performance.now() - started) / 1000).toFixed(0)} s)\nper author crisis/advice AUC: ${aucs.join(', ')}`, rows)}\n`);
}

const authors = readAuthors(IN_REPO_AUTHORS);
/** A variant by name, or "bag{json}" / "ens{json}" for the network with other settings. */
function variantFor(spec: string): Variant | undefined {
  const m = /^(bag|ens)(\{.*\})$/.exec(spec);
  if (!m) return VARIANTS[spec];
  const { seeds = 1, ...options } = JSON.parse(m[2] ?? '{}') as BagTrainingOptions & { seeds?: number };
  const net = seeds === 1 ? bag(options) : seedAverage(options, seeds);
  return { trainer: m[1] === 'bag' ? net : ensemble(lr, net), userFeatures: options.contextPrefix ? gramUserCtx : gramUser, peerFeatures: gramPeer };
}

for (const name of process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(VARIANTS)) {
  const variant = variantFor(name);
  if (!variant) throw new Error(`unknown variant ${name}`);
  run(name, variant, authors);
}
