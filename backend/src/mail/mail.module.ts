import { Module } from '@nestjs/common';
import { Mailer } from './mailer';

/** Outgoing e-mail (see Mailer). */
@Module({ providers: [Mailer], exports: [Mailer] })
export class MailModule {}
