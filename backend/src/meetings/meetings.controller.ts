import { MeetingMarkDto, Permission } from '@accord/shared';
import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentAccess, CurrentActor, CurrentUser } from '../auth/authenticated.decorator';
import type { Actor, AgreementAccess, AuthenticatedUser } from '../auth/authenticated-user';
import { ApiErrors } from '../common/api-error.response';
import { CalendarDateParam } from '../common/dates';
import { UuidParam } from '../common/uuid-param';
import { CreateMeetingMarkDto } from './dto/create-meeting-mark.dto';
import { MeetingMarkResponse } from './dto/meeting-mark.response';
import { MeetingsService } from './meetings.service';

/** Every member who reads the agreement marks meetings for themselves; nobody sees another's marks. */
@ApiTags('meetings')
@Controller('agreements/:agreementId/meetings')
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Get()
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiOkResponse({
    description: "The caller's meeting marks on the agreement, newest first",
    type: [MeetingMarkResponse],
  })
  @ApiErrors(400, 404)
  list(
    @UuidParam('agreementId') _agreementId: string,
    @CurrentAccess() access: AgreementAccess,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingMarkDto[]> {
    return this.meetings.list(access, user.id);
  }

  @Post()
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiCreatedResponse({ type: MeetingMarkResponse })
  @ApiErrors(400, 404, 409)
  mark(
    @UuidParam('agreementId') _agreementId: string,
    @Body() body: CreateMeetingMarkDto,
    @CurrentAccess() access: AgreementAccess,
    @CurrentActor() actor: Actor,
  ): Promise<MeetingMarkDto> {
    return this.meetings.mark(access, body, actor);
  }

  @Delete(':heldOn')
  @Authenticated({ permission: Permission.ReadAgreement })
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The mark of that day is removed' })
  @ApiErrors(400, 404)
  unmark(
    @UuidParam('agreementId') _agreementId: string,
    @CalendarDateParam('heldOn') heldOn: string,
    @CurrentAccess() access: AgreementAccess,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.meetings.unmark(access, heldOn, actor);
  }
}
