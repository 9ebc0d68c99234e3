export * from './widgets';
export * from './permissions';
export * from './roles';
export * from './limits';
export * from './errors';
