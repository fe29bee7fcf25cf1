/**
 * Prints after the run one line per browser, then the total over every browser:
 * "N passed, N failed" (", N skipped" when any). A test file that failed to load counts as failed.
 */
export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const empty = () => ({ passed: 0, failed: 0, skipped: 0 });
      const totals = empty();
      const perBrowser = new Map();
      const line = ({ passed, failed, skipped }) =>
        `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
      for (const session of sessions) {
        const browser = perBrowser.get(session.browser.name) ?? empty();
        perBrowser.set(session.browser.name, browser);
        const add = (key) => {
          totals[key] += 1;
          browser[key] += 1;
        };
        const count = (suite) => {
          for (const test of suite.tests) add(test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed');
          suite.suites.forEach(count);
        };
        if (session.testResults) count(session.testResults);
        if (!session.passed && (session.errors?.length ?? 0) > 0) add('failed');
      }
      const browsers = [...perBrowser].map(([name, counts]) => `${name}: ${line(counts)}\n`).join('');
      process.stdout.write(`\n${browsers}${line(totals)}\n`);
    },
  };
}
