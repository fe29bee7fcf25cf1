// Prints the <script> tags for the script-tag builds on the cap.kz static host, with subresource integrity
// hashes of the files in dist/ (run after `npm run build`; the hashes change with every release).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const base = `https://static.cap.kz/cap-consent/${version}`;
const integrity = (file) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(`dist/${file}`))
    .digest('base64')}`;

console.log(
  `<script type="module" src="${base}/cap-consent.js" integrity="${integrity('cap-consent.js')}" crossorigin="anonymous"></script>`,
);
console.log(
  `<script src="${base}/cap-consent.iife.js" integrity="${integrity('cap-consent.iife.js')}" crossorigin="anonymous" defer></script>`,
);
