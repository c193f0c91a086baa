import { Module } from '@nestjs/common';
import { NotificationsModule } from '@tandem/api-notifications';
import { PersonasService } from './personas.service';
import { PersonaCommentsService } from './persona-comments.service';
import { PersonaCommentsResolver, PersonasResolver } from './personas.resolver';
import { PersonaSheetController } from './persona-sheet.controller';

/** Buyer personas: versioned, discussed with partners, exported as a one-page sheet. */
@Module({
  imports: [NotificationsModule],
  controllers: [PersonaSheetController],
  providers: [PersonasService, PersonaCommentsService, PersonasResolver, PersonaCommentsResolver],
  exports: [PersonasService],
})
export class PersonasModule {}
