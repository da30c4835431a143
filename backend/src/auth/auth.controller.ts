import { CurrentUserDto } from '@accord/shared';
import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ApiErrorResponse, ApiErrors } from '../common/api-error.response';
import { AuthService } from './auth.service';
import { Authenticated, CurrentUser, Public } from './authenticated.decorator';
import type { AuthenticatedUser } from './authenticated-user';
import { CurrentUserResponse } from './dto/current-user.response';
import { LoginDto, LoginResponseDto } from './dto/login.dto';

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
    description: 'Wrong e-mail or password (code invalid_credentials)',
    type: ApiErrorResponse,
  })
  async login(@Body() body: LoginDto): Promise<LoginResponseDto> {
    return { accessToken: await this.auth.login(body.email, body.password) };
  }

  @Get('me')
  @Authenticated()
  @ApiOkResponse({ type: CurrentUserResponse })
  me(@CurrentUser() user: AuthenticatedUser): CurrentUserDto {
    return this.auth.toDto(user);
  }
}
