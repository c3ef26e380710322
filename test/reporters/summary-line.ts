import type { Reporter, TestModule } from 'vitest/node';

/** Ends the run with the plain line CI reads: `N passed, N failed` (`, N skipped` when any). */
export default class SummaryLine implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    const failedModules = modules.filter((m) => m.state() === 'failed' && [...m.children.allTests()].length === 0).length;
    console.log(`${passed} passed, ${failed + failedModules} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}
