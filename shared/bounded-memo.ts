// The one kind of module state shared/ allows (README › Decisions): a memo of a pure function. It
// can only make a call faster, never change its answer, and it cannot grow with the data: a memo
// keyed by value holds at most `max` answers, one keyed by an object lives as long as the object.

/** Answers of a pure function by key. */
export interface BoundedMemo<K, V> {
  /** The answer remembered for a key, or undefined. */
  readonly get: (key: K) => V | undefined;
  /** Remembers a key's answer and returns it. */
  readonly remember: (key: K, answer: V) => V;
}

/**
 * A memo of at most `max` answers: full, it is emptied whole, which costs less per call than an
 * LRU would and loses little, since a run's keys are few (units, periods, days).
 */
export function boundedMemo<K, V>(max: number): BoundedMemo<K, V> {
  const answers = new Map<K, V>();
  return {
    get: (key) => answers.get(key),
    remember: (key, answer) => {
      if (answers.size >= max) answers.clear();
      answers.set(key, answer);
      return answer;
    },
  };
}

/** `compute` remembered per object (a plan, a tab) for as long as the object is alive. */
export function memoPerObject<O extends object, V>(compute: (owner: O) => V): (owner: O) => V {
  const answers = new WeakMap<O, V>();
  return (owner) => {
    let answer = answers.get(owner);
    if (answer === undefined) {
      answer = compute(owner);
      answers.set(owner, answer);
    }
    return answer;
  };
}
