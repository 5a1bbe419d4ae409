// `npm run train:context`: trains the context model (lib/match/context.ts) on the development half
// of the ambiguity set and the corpus, and writes lib/kb/packs/context-model.json. It never reads the
// held-out half. `--cv` compares it with the old rule by 5-fold cross-validation instead of writing.
import fs from 'node:fs';
import { developmentExamples, MODEL_FILE, predict, train } from './context-training';

const dev = developmentExamples();
if (process.argv.includes('--cv')) {
  // the classifier against the rule it replaces (an ambiguous name is painted when a sure name
  // shares its block), on the same folds
  const k = 5;
  const tally = new Map<string, { rule: number[]; model: number[] }>();
  // `--repeats N`: the split made N times, the first by position and the others with the examples
  // shuffled by a fixed seed each, so that a change is judged on more than one split
  const repeats = Number(process.argv[process.argv.indexOf('--repeats') + 1]) || 1;
  for (let r = 0; r < repeats; r++) {
    const foldOf = dev.map((_, i) => i % k);
    let seed = (r * 2654435761) >>> 0;
    for (let i = foldOf.length - 1; r > 0 && i > 0; i--) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      const j = seed % (i + 1);
      [foldOf[i], foldOf[j]] = [foldOf[j]!, foldOf[i]!];
    }
    for (let fold = 0; fold < k; fold++) {
      const model = train(dev.filter((_, i) => foldOf[i] !== fold));
      dev.forEach((ex, i) => {
        if (foldOf[i] !== fold) return;
        const c = tally.get(ex.lang) ?? { rule: [0, 0, 0, 0], model: [0, 0, 0, 0] };
        for (const [which, yes] of [['rule', ex.sure], ['model', predict(model, ex) >= model.threshold]] as const) {
          const t = c[which];
          const [hit, total] = ex.y ? [0, 1] : [2, 3];
          t[total]!++;
          if (yes === !!ex.y) t[hit]!++;
        }
        tally.set(ex.lang, c);
      });
    }
  }
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-').padStart(7);
  console.log('5-fold cross-validation on the development data: true uses painted, look-alikes left');
  console.log(`${'data'.padEnd(10)} ${'rule'.padStart(16)} ${'classifier'.padStart(16)}`);
  const eight = ['ar', 'en', 'ja', 'zh'].flatMap((lang) => {
    const t = tally.get(lang)?.model ?? [0, 1, 0, 1];
    return [(100 * t[0]!) / t[1]!, (100 * t[2]!) / t[3]!];
  });
  console.log(`ar en ja zh (true, look-alike): ${eight.map((x) => x.toFixed(1)).join(' ')}; mean ${(eight.reduce((a, b) => a + b) / 8).toFixed(2)}%`);
  for (const [lang, c] of [...tally].sort()) console.log(`${lang.padEnd(10)} ${pct(c.rule[0]!, c.rule[1]!)} ${pct(c.rule[2]!, c.rule[3]!)} ${pct(c.model[0]!, c.model[1]!)} ${pct(c.model[2]!, c.model[3]!)}   (${c.rule[1]} true, ${c.rule[3]} look-alike)`);
} else {
  const model = train(dev);
  fs.writeFileSync(MODEL_FILE, `${JSON.stringify(model)}\n`);
  console.log(`${dev.length} examples, ${Object.keys(model.weights).length} weights written to lib/kb/packs/context-model.json`);
}
