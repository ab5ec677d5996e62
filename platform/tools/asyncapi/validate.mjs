// Parses and validates an AsyncAPI document with the official parser (@asyncapi/parser): the specification's
// JSON Schema, its semantic rules (Spectral), every $ref to the contract's JSON Schema files resolved, and each
// message's payload schema parsed. Exits non-zero on any error, so that `./mvnw verify` fails.
import { Parser, fromFile, DiagnosticSeverity } from '@asyncapi/parser';

const document = process.argv[2];
const { document: parsed, diagnostics } = await fromFile(new Parser(), document).parse();

const severities = ['error', 'warning', 'information', 'hint'];
for (const diagnostic of diagnostics) {
  console.log(`${severities[diagnostic.severity]} ${diagnostic.code} at ${diagnostic.path.join('.')}: `
    + diagnostic.message);
}
const errors = diagnostics.filter(diagnostic => diagnostic.severity === DiagnosticSeverity.Error);
if (parsed === undefined || errors.length > 0) {
  console.error(`${document}: not a valid AsyncAPI document (${errors.length} errors)`);
  process.exit(1);
}
const messages = parsed.allMessages().length;
const channels = parsed.allChannels().length;
console.log(`${document}: valid AsyncAPI ${parsed.version()}, ${channels} channels, ${messages} messages`);
