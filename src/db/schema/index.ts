export * from './units.table';
export * from './accounts.table';
export * from './audit.table';
export * from './notifications.table';
export * from './plans.table';
export * from './activities.table';
export * from './reports.table';
export * from './jobs.table';
