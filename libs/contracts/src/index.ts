export * from './enums';
export * from './resources';
export * from './records';
export * from './auth';
export * from './queues';
export * from './reminders';
export * from './rounds';
