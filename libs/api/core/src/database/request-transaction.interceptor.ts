import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable, from, lastValueFrom } from 'rxjs';
import { requestContextFrom } from '../auth/permissions.decorator';
import { DbService } from './db.service';

/**
 * The REST counterpart of the GraphQL transaction plugin: the route runs inside one transaction
 * carrying the caller's row-level-security scope, committed on success and rolled back on error.
 */
@Injectable()
export class RequestTransactionInterceptor implements NestInterceptor {
  constructor(private readonly db: DbService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const ctx = requestContextFrom(context);
    return from(
      (async () => {
        await ctx.begin(this.db);
        try {
          const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
          await ctx.finish('commit');
          return result;
        } catch (err) {
          await ctx.finish('rollback');
          throw err;
        }
      })(),
    );
  }
}
