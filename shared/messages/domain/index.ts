// What shared/ says to users, by topic; shared/ code imports this, and functions/ and apps-script/src may too.
export * from './dates.ts';
export * from './outputs.ts';
export * from './plan.ts';
export * from './plan-import.ts';
export * from './prepare-period.ts';
export * from './report-form.ts';
export * from './roll-forward.ts';
export * from './validation.ts';
export * from './year-end.ts';
