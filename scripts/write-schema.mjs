// Writes schema/consent-config.schema.json from the built vendor table and validator (dist/core.js),
// so the schema published in the package says what the runtime checks. Run by `npm run build`.
import { writeFile } from 'node:fs/promises';
import { consentConfigSchema } from '../dist/core.js';

const target = new URL('../schema/consent-config.schema.json', import.meta.url);
await writeFile(target, `${JSON.stringify(consentConfigSchema(), null, 2)}\n`);
