/// <reference types="google-apps-script" />
// ScriptApp's triggers as the reference describes them: newTrigger(handler) → a builder for a
// spreadsheet form-submit trigger or a clock trigger; everyMinutes takes 1, 5, 10, 15 or 30;
// getProjectTriggers lists what is installed (a second install makes a second trigger).

const EventType = { CLOCK: 'CLOCK', ON_FORM_SUBMIT: 'ON_FORM_SUBMIT', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT' } as const;

export class FakeTrigger {
  readonly #id: string;
  readonly handler: string;
  readonly eventType: string;
  /** For a clock trigger: every N minutes, or day of month and hour. */
  readonly schedule: Readonly<Record<string, number>>;
  constructor(id: string, handler: string, eventType: string, schedule: Readonly<Record<string, number>>) {
    this.#id = id;
    this.handler = handler;
    this.eventType = eventType;
    this.schedule = schedule;
  }
  getUniqueId(): string {
    return this.#id;
  }
  getHandlerFunction(): string {
    return this.handler;
  }
  getEventType(): string {
    return this.eventType;
  }
}

export class FakeScriptApp {
  readonly EventType = EventType;
  readonly triggers: FakeTrigger[] = [];
  #next = 1;

  getProjectTriggers(): FakeTrigger[] {
    return [...this.triggers];
  }
  deleteTrigger(trigger: FakeTrigger): void {
    const index = this.triggers.findIndex((candidate) => candidate.getUniqueId() === trigger.getUniqueId());
    if (index >= 0) this.triggers.splice(index, 1);
  }
  newTrigger(handler: string) {
    const create = (eventType: string, schedule: Record<string, number>) => {
      const trigger = new FakeTrigger(`trigger-${this.#next++}`, handler, eventType, schedule);
      this.triggers.push(trigger);
      return trigger;
    };
    const clock = () => {
      const schedule: Record<string, number> = {};
      const builder = {
        everyMinutes: (minutes: number) => {
          if (![1, 5, 10, 15, 30].includes(minutes)) throw new Error('The minutes parameter must be 1, 5, 10, 15 or 30.');
          schedule.everyMinutes = minutes;
          return builder;
        },
        everyHours: (hours: number) => {
          schedule.everyHours = hours;
          return builder;
        },
        onMonthDay: (day: number) => {
          if (!Number.isInteger(day) || day < 1 || day > 31) throw new Error('The day of the month must be between 1 and 31.');
          schedule.onMonthDay = day;
          return builder;
        },
        atHour: (hour: number) => {
          schedule.atHour = hour;
          return builder;
        },
        create: () => create(EventType.CLOCK, schedule),
      };
      return builder;
    };
    return {
      timeBased: clock,
      forSpreadsheet: () => ({
        onFormSubmit: () => ({ create: () => create(EventType.ON_FORM_SUBMIT, {}) }),
        onOpen: () => ({ create: () => create(EventType.ON_OPEN, {}) }),
        onEdit: () => ({ create: () => create(EventType.ON_EDIT, {}) }),
      }),
    };
  }
}
