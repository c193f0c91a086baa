import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AppConfig } from '@tandem/api-core';
import { TokensModule } from '@tandem/api-tokens';
import { AuthService } from './auth.service';
import { AuthController } from './auth.controller';
import { AuthResolver } from './auth.resolver';
import { JwtStrategy, LocalStrategy } from './strategies';
import { RequestContextMiddleware } from './request-context.middleware';
import { CsrfMiddleware } from './csrf.middleware';
import { HttpErrorFilter } from './http-exception.filter';
import { SsoController } from './sso/sso.controller';
import { SsoConnectionsService } from './sso/sso-connections.service';
import { SsoDiscoveryService } from './sso/sso-discovery.service';
import { SsoResolver } from './sso/sso.resolver';
import { SsoSignInService } from './sso/sso-sign-in.service';
import { LiveSocketService } from './live-socket.service';

@Module({
  imports: [
    PassportModule,
    TokensModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.auth.jwtSecret,
        signOptions: { algorithm: 'HS256' },
      }),
    }),
  ],
  controllers: [AuthController, SsoController],
  providers: [
    AuthService,
    AuthResolver,
    LocalStrategy,
    JwtStrategy,
    SsoDiscoveryService,
    SsoConnectionsService,
    SsoSignInService,
    SsoResolver,
    LiveSocketService,
    { provide: APP_FILTER, useClass: HttpErrorFilter },
  ],
  exports: [AuthService, LiveSocketService],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CsrfMiddleware, RequestContextMiddleware).forRoutes('*path');
  }
}
