import { Permission, UserDto } from '@accord/shared';
import { Body, Controller, Delete, Get, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor } from '../auth/authenticated.decorator';
import type { Actor } from '../auth/authenticated-user';
import { ApiErrors } from '../common/api-error.response';
import { UuidParam } from '../common/uuid-param';
import { IfMatchVersion } from '../common/versioning';
import { ApiIdempotencyKey, Idempotency, IdempotentRequest } from '../idempotency/idempotency-key.decorator';
import { CreateUserDto, PutMembershipDto, UpdateUserDto } from './dto/user.dto';
import { UserResponse } from './dto/user.responses';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('users')
  @Authenticated({ permission: Permission.ManageUsers })
  @ApiOkResponse({ type: [UserResponse] })
  list(): Promise<UserDto[]> {
    return this.users.list();
  }

  @Post('users')
  @Authenticated({ permission: Permission.ManageUsers })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: UserResponse })
  @ApiErrors(400, 409, 422)
  create(
    @Body() body: CreateUserDto,
    @CurrentActor() actor: Actor,
    @Idempotency() idempotency: IdempotentRequest,
  ): Promise<UserDto> {
    return this.users.create(body, actor, idempotency);
  }

  @Patch('users/:userId')
  @Authenticated({ permission: Permission.ManageUsers })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag of the user as read' })
  @ApiOkResponse({ description: 'ETag = new version', type: UserResponse })
  @ApiErrors(400, 404, 412, 428)
  update(
    @UuidParam('userId') id: string,
    @IfMatchVersion() version: number,
    @Body() body: UpdateUserDto,
    @CurrentActor() actor: Actor,
  ): Promise<UserDto> {
    return this.users.update(id, version, body, actor);
  }

  @Put('agreements/:agreementId/members/:userId')
  @Authenticated({ permission: Permission.ManageUsers })
  @ApiOkResponse({ description: 'The user with the new role on the agreement', type: UserResponse })
  @ApiErrors(400, 404)
  putMembership(
    @UuidParam('agreementId') agreementId: string,
    @UuidParam('userId') userId: string,
    @Body() body: PutMembershipDto,
    @CurrentActor() actor: Actor,
  ): Promise<UserDto> {
    return this.users.putMembership(agreementId, userId, body, actor);
  }

  @Delete('agreements/:agreementId/members/:userId')
  @Authenticated({ permission: Permission.ManageUsers })
  @ApiOkResponse({ description: 'The user without access to the agreement', type: UserResponse })
  @ApiErrors(400, 404)
  revokeMembership(
    @UuidParam('agreementId') agreementId: string,
    @UuidParam('userId') userId: string,
    @CurrentActor() actor: Actor,
  ): Promise<UserDto> {
    return this.users.revokeMembership(agreementId, userId, actor);
  }
}
