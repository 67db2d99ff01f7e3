/** An expected failure is a value: `ok: false` carries a zh-TW reason for the user. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** Wraps a successful value. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Wraps an expected failure with its zh-TW reason. */
export const fail = <T = never>(reason: string): Result<T> => ({ ok: false, reason });
