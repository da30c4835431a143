export * from './lib/assessment';
export * from './lib/audit';
export * from './lib/dates';
export * from './lib/dto';
export * from './lib/errors';
export * from './lib/permissions';
export * from './lib/status';
export * from './lib/structure';
