/**
 * npm run schema
 * Writes the JSON Schema of the data files to public/schema/ (published with the site at
 * /schema/, referenced by the data files' "$schema"). Run it after changing src/schemas/;
 * a unit test fails while the committed files are out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildJsonSchemas, jsonSchemaText } from '../src/lib/validation/json-schema';

const dir = join(process.cwd(), 'public', 'schema');
mkdirSync(dir, { recursive: true });
for (const file of buildJsonSchemas()) {
  writeFileSync(join(dir, file.file), jsonSchemaText(file));
  process.stdout.write(`wrote public/schema/${file.file}\n`);
}
