// Runs the extractor from the command line: npx tsx scripts/extract.ts FILE... [--json]
import { runExtractCommand } from '../src/extract/extract-command';

process.exitCode = await runExtractCommand(process.argv.slice(2), process.stdout, process.stderr);
