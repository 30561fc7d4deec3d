/** npm run audit — prints the audit findings of data/ (a development aid; `validate` prints them as warnings). */
import { readDataset } from '../src/lib/dataset/read-files';
import { validateDataset } from '../src/lib/validation/validate-dataset';
import { auditDataset } from '../src/lib/audit/audit';
const { inputs } = readDataset(process.cwd(), 'data');
const result = await validateDataset(inputs);
const findings = auditDataset(result.documents.map((d) => d.data));
for (const f of findings) process.stdout.write(`[${f.severity}] ${f.rule} ${f.id}\n   ${f.title}\n`);
process.stdout.write(`${findings.length} findings\n`);
