import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import {
  browserCommandsPlugin,
  countRequests,
  receiveReceipts,
  securityHeaders,
  serveSwitchedConfig,
} from './test/support/browser-commands.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { startVendorHosts } from './test/support/vendor-hosts.mjs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// Stand-in vendor tags on the vendors' own host names (mc.yandex.ru, connect.facebook.net, …).
const vendorHosts = await startVendorHosts();

const chromium = chromeLauncher({
  launchOptions: {
    executablePath: chromiumPath,
    headless: true,
    acceptInsecureCerts: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Real cap.kz host names, served by the test server: one decision must hold on every subdomain.
      `--host-resolver-rules=${['MAP *.cap.kz 127.0.0.1', 'MAP cap.kz 127.0.0.1', ...vendorHosts.chromiumHostRules].join(', ')}`,
    ],
  },
});

const firefox = chromeLauncher({
  puppeteer,
  launchOptions: {
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      // Every host name resolves to the test server, as the Chromium host-resolver rule above does for cap.kz;
      // the vendors' hosts go through the stand-in server's proxy.
      'network.dns.forceResolve': '127.0.0.1',
      ...vendorHosts.firefoxPrefs,
    },
  },
});

// The wtr command emulate-media (prefers-color-scheme, prefers-reduced-motion) calls puppeteer's
// emulateMediaFeatures, which exists only over CDP, not over WebDriver BiDi (Firefox): these files
// run in Chromium only. Every other file runs in both browsers.
const MEDIA_EMULATION_TESTS = ['test/a11y/axe.test.ts', 'test/a11y/reflow.test.ts', 'test/a11y/visual.test.ts'];

// WTR_BROWSERS=chromium (or firefox) runs one browser only, for quicker local runs; `npm test` runs both.
const wanted = (process.env.WTR_BROWSERS ?? 'chromium,firefox').split(',');
const browsers = [
  ['chromium', chromium],
  ['firefox', firefox],
]
  .filter(([name]) => wanted.includes(name))
  .map(([, launcher]) => launcher);

export default {
  files: ['test/**/*.test.ts', ...MEDIA_EMULATION_TESTS.map((file) => `!${file}`)],
  nodeResolve: true,
  // One test file at a time, one browser at a time: files share the browser's cookie jar, and both
  // browsers share the server-side records (request counts, receipts).
  concurrency: 1,
  concurrentBrowsers: 1,
  // WTR_PORT lets two checkouts test side by side.
  port: Number(process.env.WTR_PORT ?? 8765),
  reporters: [defaultReporter(), summaryReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // The timeout only catches a hang: on a loaded 2-core machine an axe run or a page load can take > 5 s.
  testFramework: { config: { timeout: 30000 } },
  middleware: [countRequests, receiveReceipts, serveSwitchedConfig, securityHeaders],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), browserCommandsPlugin],
  browsers,
  groups: wanted.includes('chromium')
    ? [{ name: 'media-emulation', files: MEDIA_EMULATION_TESTS, browsers: [chromium] }]
    : [],
};
