export * from './roles';
export * from './permissions';
export * from './partner';
export * from './notifications';
export * from './navigation';
export * from './personas';
export * from './campaigns';
export * from './content';
