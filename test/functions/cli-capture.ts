// The command line run as a test runs it: output captured, the golden clock, retries that never
// wait, and the environment given (an emulator's API roots).
import { runCli } from '../../functions/command-line.ts';
import { NOW } from '../builders.ts';

/** What a run of `guankao` printed and the code it exited with. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `guankao <argv>` with this environment. */
export async function runCaptured(argv: readonly string[], env: Readonly<Record<string, string>>): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    now: () => NOW,
    // The retry policy's waits pass at once: a test needs its attempts, not its minutes.
    sleep: async () => undefined,
    env,
  });
  return { code, stdout, stderr };
}
