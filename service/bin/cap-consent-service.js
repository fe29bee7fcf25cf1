#!/usr/bin/env node
// The command's entry: present before the build, so `npm ci` links it; the code is the compiled dist/cli.js.
try {
  await import('../dist/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli.js')) throw error;
  console.error('cap-consent-service is not built yet: run `npm run build` at the repository root');
  process.exit(1);
}
