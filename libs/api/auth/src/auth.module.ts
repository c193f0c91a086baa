import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AppConfig } from '@tandem/api-core';
import { AuthService } from './auth.service';
import { AuthController } from './auth.controller';
import { AuthResolver } from './auth.resolver';
import { JwtStrategy, LocalStrategy } from './strategies';
import { RequestContextMiddleware } from './request-context.middleware';
import { CsrfMiddleware } from './csrf.middleware';
import { HttpErrorFilter } from './http-exception.filter';
import { LiveSocketService } from './live-socket.service';

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.auth.jwtSecret,
        signOptions: { algorithm: 'HS256' },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    AuthResolver,
    LocalStrategy,
    JwtStrategy,
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
