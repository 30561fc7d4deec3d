// Stops an npm script early when it runs on a Node other than the pinned one.
// npm puts node_modules/.bin first on PATH, so after `npm install` scripts run on the
// binary of the `node` package; a plain `node` or `npx` outside npm gets the system Node.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const wanted = pkg.engines.node;
const actual = process.versions.node;
if (actual !== wanted) {
  console.error(
    `明账 needs Node ${wanted} (pinned in package.json), but this script runs on Node ${actual} (${process.execPath}).\n` +
      `Fix: run it through npm after a full install: \`npm install\` then \`npm run <script>\`.\n` +
      `\`npm install --ignore-scripts\`, \`npx\` and a plain \`node\` use the system Node instead.`,
  );
  process.exit(1);
}
