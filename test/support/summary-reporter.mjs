/**
 * Prints one line after the run, over every browser: "N passed, N failed"
 * (", N skipped" when any). A test file that failed to load counts as failed.
 */
export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const count = (suite) => {
        for (const test of suite.tests) totals[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed'] += 1;
        suite.suites.forEach(count);
      };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += 1;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
    },
  };
}
