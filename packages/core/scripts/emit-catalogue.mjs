// Writes the built catalogue as plain JSON so non-JS tools can read the same data.
import { writeFileSync } from 'node:fs';
import { catalogue } from '../dist/catalogue.mjs';

writeFileSync(new URL('../dist/catalogue.json', import.meta.url), `${JSON.stringify(catalogue, null, 2)}\n`);
