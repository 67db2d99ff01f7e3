import { describe, expect, it } from 'vitest';
import { credentialsError, isApiDisabled, outageError } from '../../../functions/google/google-failure.ts';
import type { ApiFailure } from '../../../functions/workbooks/sheets/sheets-api-error.ts';
import { ServiceBusy, WorkbookError } from '../../../functions/workbooks/workbook-error.ts';
import * as msg from '../../../shared/messages/functions/index.ts';

const answered = (status: number, message = 'Google says no'): ApiFailure => ({ status, message, noResponse: false });
const WORDING = {
  unavailable: (what: string) => `down (${what})`,
  unavailableCode: 'X_UNAVAILABLE',
  unreachable: (root: string, code: string) => `no ${root} ${code}`,
};

describe('what a failed Google call means, for every API', () => {
  it.each([
    {
      name: 'no credentials on this machine',
      failure: { message: 'Could not load the default credentials.', noResponse: true },
      said: msg.googleNoCredentials,
    },
    { name: 'credentials Google refuses', failure: answered(401), said: msg.googleRejectedCredentials },
  ])('$name is something the user fixes', ({ failure, said }) => {
    const error = credentialsError(failure);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error?.message).toBe(said);
  });

  it('leaves a refusal that is not about credentials to the API', () => {
    expect(credentialsError(answered(403))).toBeNull();
  });

  it('tells an API that is not enabled from a file that is not shared', () => {
    expect(isApiDisabled(answered(403, 'Google Drive API has not been used in project 12 before or it is disabled.'))).toBe(true);
    expect(isApiDisabled(answered(403, 'The caller does not have permission'))).toBe(false);
  });

  it('says the API is down, in its own words with a stable code, and keeps Google’s text for the administrator', () => {
    const error = outageError(new Error('x'), answered(503, 'Backend Error'), true, 'https://root', WORDING);
    expect(error).toBeInstanceOf(ServiceBusy);
    expect(error.message).toBe('down (HTTP 503)');
    expect(error.cause).toEqual({ code: 'X_UNAVAILABLE', detail: 'Backend Error' });
  });

  it('names the dropped connection when no status came back', () => {
    const dropped = outageError(new Error('x'), { message: 'socket hang up', noResponse: true }, true, 'https://root', WORDING);
    expect(dropped.message).toBe(`down (${msg.googleConnectionDropped})`);
  });

  it('says the root could not be reached when nothing answered and no retry helps', () => {
    const error = outageError(
      new Error('x'),
      { message: 'refused', networkCode: 'ECONNREFUSED', noResponse: true },
      false,
      'https://root',
      WORDING,
    );
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error.message).toBe('no https://root ECONNREFUSED');
  });

  it('hands back anything else as the unexpected error it is', () => {
    const thrown = new Error('a bug of ours');
    expect(outageError(thrown, answered(418), false, 'https://root', WORDING)).toBe(thrown);
  });
});
