import { Module } from '@nestjs/common';
import { PersonasModule } from '@tandem/api-personas';
import { ContentService } from './content.service';
import { ContentStorage } from './content-storage';
import { UploadReceiver } from './upload-receiver';
import { DownloadsExportController } from './downloads-export.controller';
import { ContentController } from './content.controller';
import { ContentAssetsResolver, ContentKitsResolver } from './content.resolver';

/** Content assets and kits: uploads, entitled and co-branded downloads, ZIP kits, download reports. */
@Module({
  imports: [PersonasModule],
  controllers: [ContentController, DownloadsExportController],
  providers: [
    ContentService,
    ContentStorage,
    UploadReceiver,
    ContentAssetsResolver,
    ContentKitsResolver,
  ],
  exports: [ContentService, ContentStorage, UploadReceiver],
})
export class ContentModule {}
