import { createHash } from 'node:crypto';
import type { IngestAnswer } from './ingest-submission.ts';

// A replayed request (the same signed body again: a retry by Apps Script, a duplicate trigger) gets
// the answer it got before and requests no rebuild. This is a saving, not a guarantee: the memory is
// per instance and short, and a replay that slips through only causes one more rebuild, which
// changes nothing because a rebuild is a pure function of the workbook.

export interface ReplayMemory {
  /** The earlier answer to the same body, while remembered. */
  recall(body: Uint8Array): IngestAnswer | undefined;
  remember(body: Uint8Array, answer: IngestAnswer): void;
}

/** Remembers answers for `ttlMs` (longer than the 300 s signature window), at most `max` of them. */
export function createReplayMemory(options: { now: () => number; ttlMs?: number; max?: number }): ReplayMemory {
  const ttl = options.ttlMs ?? 10 * 60_000;
  const max = options.max ?? 5_000;
  const answers = new Map<string, { at: number; answer: IngestAnswer }>();
  const keyOf = (body: Uint8Array) => createHash('sha256').update(body).digest('hex');

  return {
    recall(body) {
      const entry = answers.get(keyOf(body));
      if (!entry || options.now() - entry.at > ttl) return undefined;
      return entry.answer;
    },
    remember(body, answer) {
      // Map keeps insertion order: the first entries are the oldest.
      for (const [key, entry] of answers) {
        if (answers.size < max && options.now() - entry.at <= ttl) break;
        answers.delete(key);
      }
      answers.set(keyOf(body), { at: options.now(), answer });
    },
  };
}
