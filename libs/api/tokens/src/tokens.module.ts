import { Module } from '@nestjs/common';
import { ApiTokensResolver } from './api-tokens.resolver';
import { ApiTokensService } from './api-tokens.service';

/** API tokens for CRMs and marketing automation calling the same GraphQL API as the portal. */
@Module({
  providers: [ApiTokensService, ApiTokensResolver],
  exports: [ApiTokensService],
})
export class TokensModule {}
