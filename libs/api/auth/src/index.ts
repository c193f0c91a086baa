export * from './auth.entities';
export * from './auth.service';
export * from './auth.module';
export * from './cookies';
export * from './sso/sso.entities';
export * from './live-socket.service';
