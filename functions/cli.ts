#!/usr/bin/env node
// The `guankao` command: a thin shell around runCli with the real process's streams and clock.
import { runCli } from './command-line.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  now: () => Date.now(),
  env: process.env,
});
