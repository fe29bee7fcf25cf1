/**
 * web-test-runner sends each failed test's error to the runner with structuredClone. A chai assertion whose
 * `actual` or `expected` is a DOM node cannot be cloned: the file then never reports and fails 120 s later as
 * "did not finish", hiding the real message. Imported by the test helpers, this replaces such values with markup.
 */
afterEach(function () {
  const error = this.currentTest?.err as (Error & { actual?: unknown; expected?: unknown }) | undefined;
  if (!error) return;
  for (const key of ['actual', 'expected'] as const) {
    try {
      structuredClone(error[key]);
    } catch {
      const value = error[key];
      error[key] = value instanceof Element ? value.outerHTML : String(value);
    }
  }
});
