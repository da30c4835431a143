import { CurrentUserDto } from '@accord/shared';
import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post } from '@nestjs/common';
import { ApiOkResponse, ApiResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ApiErrorResponse, ApiErrors } from '../common/api-error.response';
import { AuthService } from './auth.service';
import { Authenticated, CurrentRequestContext, CurrentUser, Public } from './authenticated.decorator';
import type { AuthenticatedUser, RequestContext } from './authenticated-user';
import { CurrentUserResponse } from './dto/current-user.response';
import { LoginDto, LoginResponseDto } from './dto/login.dto';
import { UpdatePreferencesDto } from './dto/update-preferences.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiErrors(400)
  @ApiUnauthorizedResponse({
    description: 'Wrong e-mail or password, or a disabled account (code invalid_credentials)',
    type: ApiErrorResponse,
  })
  @ApiResponse({
    status: 429,
    description: 'Too many failed sign-ins for this account or address; Retry-After says when to try again',
    type: ApiErrorResponse,
  })
  async login(@Body() body: LoginDto, @CurrentRequestContext() context: RequestContext): Promise<LoginResponseDto> {
    return { accessToken: await this.auth.login(body.email, body.password, context) };
  }

  @Get('me')
  @Authenticated()
  @ApiOkResponse({ type: CurrentUserResponse })
  me(@CurrentUser() user: AuthenticatedUser): CurrentUserDto {
    return this.auth.toDto(user);
  }

  @Patch('me')
  @Authenticated()
  @ApiOkResponse({
    description: "The user with the preference saved (the interface's language)",
    type: CurrentUserResponse,
  })
  @ApiErrors(400)
  savePreferences(@CurrentUser() user: AuthenticatedUser, @Body() body: UpdatePreferencesDto): Promise<CurrentUserDto> {
    return this.auth.savePreferences(user, body.language);
  }
}
