import { benchPages } from './page';
const r = await benchPages({ runs: Number(process.env.RUNS ?? 1), quick: true });
console.log(r.sections.join('\n\n'));
console.log(r.budgets);
