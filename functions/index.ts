// The deployed entry points: registrations only. The functions framework loads this module once
// per instance (cold start) and calls the handler registered under the --target it serves.
import { cloudEvent, http } from '@google-cloud/functions-framework';
import { systemClock } from './clock.ts';
import { ConfigError, loadConfig, servedTarget } from './config.ts';
import { createFunctions } from './function-handlers.ts';
import { jsonLogger } from './logger.ts';

const log = jsonLogger((line) => process.stdout.write(line));

function config() {
  try {
    return loadConfig(process.env, { requireSecrets: servedTarget() === 'ingest' });
  } catch (error) {
    // Say which variable is wrong in the instance's log, then fail the start as the framework does.
    if (error instanceof ConfigError) log({ severity: 'CRITICAL', event: 'config.invalid', message: error.message });
    throw error;
  }
}

const functions = createFunctions(config(), { log, clock: systemClock });

http('ingest', functions.publicService);
http('consolidate', functions.consolidate);
cloudEvent('consolidateEvent', functions.consolidateEvent);
cloudEvent('yearEnd', functions.yearEnd);
