// .doc and .rtf plans are read through LibreOffice: converted to .odt in a private temporary
// folder (with a profile of its own, so parallel runs do not collide), then read as an .odt. The
// user's file is only read; the copy handed to soffice has a plain name, so a path with spaces or
// characters LibreOffice mangles cannot make the converted file hard to find.
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as msg from '../../shared/messages/functions/index.ts';
import { findSoffice, runSoffice } from '../soffice.ts';
import { PlanDocumentError } from './plan-document-error.ts';

/** How to reach LibreOffice for a conversion. */
export interface ConversionOptions {
  /** The soffice program (default: the usual install places, else `soffice` on the PATH). */
  readonly soffice?: string;
  /** How long the conversion may take before it is killed (default 60 s). */
  readonly timeoutMs?: number;
}

/** The .odt bytes LibreOffice makes of the .doc or .rtf file at `path`; a PlanDocumentError when it cannot. */
export async function convertToOdt(path: string, kind: 'doc' | 'rtf', options: ConversionOptions = {}): Promise<Uint8Array> {
  const soffice = findSoffice(options.soffice);
  const timeout = options.timeoutMs ?? 60_000;
  const folder = await mkdtemp(join(tmpdir(), 'guankao-plan-'));
  try {
    const profile = join(folder, 'profile');
    const out = join(folder, 'out');
    await mkdir(out);
    const source = join(folder, `plan.${kind}`);
    await copyFile(path, source);
    const run = await runSoffice(
      soffice,
      [
        '--headless',
        '--norestore',
        '--nolockcheck',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--convert-to',
        'odt',
        '--outdir',
        out,
        source,
      ],
      timeout,
    );
    if (run === 'missing') throw new PlanDocumentError('needs-libreoffice', msg.planDocumentNeedsLibreOffice(path, kind, soffice));
    if (run === 'timeout')
      throw new PlanDocumentError('conversion-failed', msg.planDocumentConversionTimedOut(path, Math.round(timeout / 1000)));
    try {
      return await readFile(join(out, 'plan.odt'));
    } catch {
      throw new PlanDocumentError('conversion-failed', msg.planDocumentConversionFailed(path, kind, run.stderr));
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
