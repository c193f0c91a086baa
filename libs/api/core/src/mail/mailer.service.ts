import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';
import { JobRunner } from '../jobs/job-runner.service';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export const MAIL_JOB = 'mail.send';

/**
 * Email goes out through a durable job, so a message is sent iff the change that caused it
 * commits, and an SMTP outage only delays it. Without SMTP_URL the message is written to the log.
 */
@Injectable()
export class MailerService implements OnModuleInit {
  private readonly logger = new Logger(MailerService.name);
  private transport?: Transporter;

  constructor(
    private readonly config: AppConfig,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    if (this.config.mail.smtpUrl) this.transport = createTransport(this.config.mail.smtpUrl);
    this.jobs.register(MAIL_JOB, (payload) => this.deliver(payload as unknown as MailMessage));
  }

  async send(em: EntityManager, message: MailMessage): Promise<void> {
    await this.jobs.enqueue(em, MAIL_JOB, { ...message });
  }

  private async deliver(message: MailMessage): Promise<void> {
    if (!this.transport) {
      this.logger.log(
        `Email (no SMTP configured) to ${message.to}: ${message.subject}\n${message.text}`,
      );
      return;
    }
    await this.transport.sendMail({ from: this.config.mail.from, ...message });
  }
}
