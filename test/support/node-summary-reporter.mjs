// A node:test reporter that ends the run with one line, `N passed, N failed`, as every test command here does.
export default async function* summary(source) {
  let passed = 0;
  let failed = 0;
  for await (const { type, data } of source) {
    // Suites report too; count the tests themselves (a suite has data.details.type === 'suite').
    if ((type === 'test:pass' || type === 'test:fail') && data.details?.type !== 'suite') {
      if (type === 'test:pass') passed += 1;
      else failed += 1;
    }
  }
  yield `${passed} passed, ${failed} failed\n`;
}
