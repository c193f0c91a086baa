import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { GqlContext } from '../context/request-context';
import { DbService } from '../database/db.service';

/**
 * One transaction per GraphQL operation, opened with the caller's RLS scope before any resolver
 * runs. A mutation that reports any error is rolled back whole, so nothing is ever half-written.
 */
@Plugin()
export class RequestTransactionPlugin implements ApolloServerPlugin<GqlContext> {
  private readonly logger = new Logger(RequestTransactionPlugin.name);

  constructor(private readonly db: DbService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GqlContext>> {
    const { db, logger } = this;
    return {
      async executionDidStart({ contextValue }) {
        await contextValue.ctx.begin(db);
      },
      async willSendResponse({ contextValue, response, operation }) {
        const body = response.body;
        const hasErrors = body.kind === 'single' && (body.singleResult.errors?.length ?? 0) > 0;
        const action = operation?.operation === 'mutation' && hasErrors ? 'rollback' : 'commit';
        try {
          await contextValue.ctx.finish(action);
        } catch (err) {
          logger.error(`Could not ${action} request transaction: ${String(err)}`);
          if (body.kind === 'single') {
            body.singleResult.data = null;
            body.singleResult.errors = [
              {
                message: 'The change could not be saved. Please try again.',
                extensions: { code: 'INTERNAL_SERVER_ERROR' },
              },
            ];
          }
        }
      },
    };
  }
}
