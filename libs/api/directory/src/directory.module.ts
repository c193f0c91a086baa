import { Module } from '@nestjs/common';
import { NotificationsModule } from '@tandem/api-notifications';
import { PartnersService } from './partners/partners.service';
import { PartnersResolver } from './partners/partners.resolver';
import { PartnerImportService } from './partners/partner-import.service';
import { ProgramService } from './program/program.service';
import { ProgramResolver } from './program/program.resolver';
import { UsersService } from './users/users.service';
import { UsersResolver } from './users/users.resolver';
import { InvitationsService } from './invitations/invitations.service';

/** Organisations and people: partners, tiers, partner types, users and invitations. */
@Module({
  imports: [NotificationsModule],
  providers: [
    PartnersService,
    PartnerImportService,
    PartnersResolver,
    ProgramService,
    ProgramResolver,
    UsersService,
    UsersResolver,
    InvitationsService,
  ],
  exports: [PartnersService, UsersService, InvitationsService],
})
export class DirectoryModule {}
