// The module kit's import boundaries, read by dependency-cruiser (.dependency-cruiser.cjs):
// the kernel imports no module, modules meet only at their index.ts, only entry points import
// the app, and modules depend on each other in one direction.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const apiDir = path.resolve(__dirname, '..', '..', '..');
const depcruise = path.join(apiDir, 'node_modules', '.bin', 'depcruise');
const bin = require('node:fs').existsSync(depcruise) ? depcruise : path.join(apiDir, '..', '..', 'node_modules', '.bin', 'depcruise');

interface Cruise {
  summary: { violations: { rule: { name: string }; from: string; to: string }[] };
  modules: { source: string; dependencies: { resolved: string }[] }[];
}

let cruise: Cruise;
beforeAll(() => {
  const out = execFileSync(bin, ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], { cwd: apiDir, maxBuffer: 64 << 20 });
  cruise = JSON.parse(out.toString());
}, 60_000);

test('no import breaks a boundary rule', () => {
  expect(cruise.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  expect(cruise.modules.length).toBeGreaterThan(100); // it really read the source
});

test('modules depend on each other without a cycle', () => {
  const moduleOf = (file: string) => /^src\/modules\/([^/]+)\//.exec(file)?.[1];
  const edges = new Map<string, Set<string>>();
  for (const m of cruise.modules) {
    const from = moduleOf(m.source);
    if (!from || m.source.includes('__tests__')) continue;
    for (const d of m.dependencies) {
      const to = moduleOf(d.resolved);
      if (to && to !== from) (edges.get(from) ?? edges.set(from, new Set()).get(from)!).add(to);
    }
  }
  const cycles: string[] = [];
  const visit = (node: string, trail: string[]) => {
    if (trail.includes(node)) return cycles.push([...trail.slice(trail.indexOf(node)), node].join(' → '));
    for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
  };
  for (const node of edges.keys()) visit(node, []);
  expect(cycles).toEqual([]);
  expect(edges.get('notes')).toContain('customers'); // the graph is real
});
