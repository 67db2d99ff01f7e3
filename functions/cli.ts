#!/usr/bin/env node
// The `guankao` command: a thin shell around runCli with the real process's streams and clock.
import { runCli } from './command-line.ts';

// Libraries' process warnings (google-auth-library's MetadataLookupWarning when no Google
// credentials are around) are noise next to our own zh-TW message; GUANKAO_DEBUG shows them.
if (!process.env.GUANKAO_DEBUG) process.removeAllListeners('warning');

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  now: () => Date.now(),
  env: process.env,
});
