// What functions/ says to users, by topic: the command line, the service, Google, files.
export * from './command-line.ts';
export * from './files.ts';
export * from './google.ts';
export * from './service.ts';
