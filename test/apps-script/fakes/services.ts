/// <reference types="google-apps-script" />
// The small services: PropertiesService, LockService, MailApp, Session, Logger, each keeping what
// it is given so a test can look at the outcome (the properties set, the mail sent, the log).

/** Script properties: strings only, null for a missing key. */
export class FakeProperties implements Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'getProperties'> {
  readonly #values = new Map<string, string>();

  constructor(initial: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(initial)) this.#values.set(key, value);
  }
  getProperty(key: string): string | null {
    return this.#values.get(key) ?? null;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.#values);
  }
  setProperty(key: string, value: string): this {
    this.#values.set(key, String(value));
    return this;
  }
  /** Sets several at once (one write, as the reference's setProperties is); deleteAllOthers drops the rest. */
  setProperties(values: Record<string, string>, deleteAllOthers = false): this {
    if (deleteAllOthers) this.#values.clear();
    for (const [key, value] of Object.entries(values)) this.#values.set(key, String(value));
    return this;
  }
  deleteProperty(key: string): this {
    this.#values.delete(key);
    return this;
  }
}

export class FakePropertiesService {
  readonly script: FakeProperties;
  constructor(initial: Record<string, string> = {}) {
    this.script = new FakeProperties(initial);
  }
  getScriptProperties(): FakeProperties {
    return this.script;
  }
}

/** One lock for the script: waitLock throws on timeout as the reference says, instead of waiting. */
export class FakeLockService {
  /** True while some execution (the bundle, or a test simulating another one) holds the script lock. */
  held = false;

  getScriptLock(): FakeLock {
    return new FakeLock(this);
  }
}

export class FakeLock implements Pick<GoogleAppsScript.Lock.Lock, 'hasLock' | 'releaseLock' | 'tryLock' | 'waitLock'> {
  #mine = false;
  readonly service: FakeLockService;
  constructor(service: FakeLockService) {
    this.service = service;
  }
  tryLock(): boolean {
    if (this.service.held) return false;
    this.service.held = true;
    this.#mine = true;
    return true;
  }
  waitLock(): void {
    if (!this.tryLock()) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this.#mine;
  }
  releaseLock(): void {
    if (this.#mine) this.service.held = false;
    this.#mine = false;
  }
}

/** A mail as MailApp.sendEmail got it. */
export interface SentMail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

export class FakeMailApp {
  readonly outbox: SentMail[] = [];
  quota = 100;
  sendEmail(recipientOrMessage: string | { to: string; subject: string; body: string }, subject?: string, body?: string): void {
    const mail =
      typeof recipientOrMessage === 'string' ? { to: recipientOrMessage, subject: subject ?? '', body: body ?? '' } : recipientOrMessage;
    if (!mail.to.trim()) throw new Error('Invalid argument: recipient');
    if (this.quota <= 0) throw new Error('Service invoked too many times for one day: email.');
    this.quota -= mail.to.split(',').length;
    this.outbox.push({ to: mail.to, subject: mail.subject, body: mail.body });
  }
  getRemainingDailyQuota(): number {
    return this.quota;
  }
}

export class FakeSession {
  readonly email: string;
  constructor(email = 'coordinator@test.example.gov.tw') {
    this.email = email;
  }
  getActiveUser() {
    return { getEmail: () => this.email };
  }
  getEffectiveUser() {
    return { getEmail: () => this.email };
  }
  getScriptTimeZone(): string {
    return 'Asia/Taipei';
  }
}

export class FakeLogger {
  readonly lines: string[] = [];
  log(data: unknown, ...values: unknown[]): this {
    this.lines.push([data, ...values].map(String).join(' '));
    return this;
  }
  /** The structured events the bundle logged. */
  events(): { event: string; [key: string]: unknown }[] {
    return this.lines.flatMap((line) => {
      try {
        return [JSON.parse(line) as { event: string }];
      } catch {
        return [];
      }
    });
  }
}
