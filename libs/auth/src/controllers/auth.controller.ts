import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Idempotent } from '@groundwork/idempotency';
import { ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  Authenticated,
  CurrentUser,
  CurrentUserIfAny,
  OptionallyAuthenticated,
  type Principal,
  Public,
} from '@groundwork/access';
import { ApiProblemResponses } from '@groundwork/http';
import { SignInRoute } from '../auth.metrics.js';
import { AuthService } from '../auth.service.js';
import {
  AuthLoginDto,
  AuthLogoutDto,
  AuthRefreshDto,
  AuthRegisterDto,
  AuthResponseDto,
  AuthTokensResponseDto,
} from '../dto/auth.dto.js';
import { Client, type ClientInfo } from '../sessions/client-info.js';
import { SessionsService } from '../sessions/sessions.service.js';
import { StrictThrottle } from '@groundwork/throttling';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  /** Creates an account, signs it in and mails a link to verify the email address. */
  @Post('register')
  @Idempotent()
  @Public()
  @StrictThrottle()
  @ApiCreatedResponse({ type: AuthResponseDto, description: 'Account created and signed in' })
  @ApiProblemResponses(400, 409, 429)
  register(@Body() dto: AuthRegisterDto, @Client() client: ClientInfo): Promise<AuthResponseDto> {
    return this.auth.register(dto, client);
  }

  /** Signs in with email and password and opens a new session. */
  @Post('login')
  @Idempotent()
  @HttpCode(200)
  @Public()
  @StrictThrottle()
  @SignInRoute()
  @ApiOkResponse({ type: AuthResponseDto, description: 'Signed in' })
  @ApiProblemResponses(400, 401, 429)
  login(@Body() dto: AuthLoginDto, @Client() client: ClientInfo): Promise<AuthResponseDto> {
    return this.auth.login(dto, client);
  }

  /** Exchanges a refresh token for a new pair. A refresh token works once; reusing one ends its session. */
  @Post('refresh')
  @HttpCode(200)
  @Public()
  @StrictThrottle()
  @ApiOkResponse({ type: AuthTokensResponseDto, description: 'A new token pair' })
  @ApiProblemResponses(400, 401, 429)
  refresh(@Body() dto: AuthRefreshDto, @Client() client: ClientInfo): Promise<AuthTokensResponseDto> {
    return this.sessions.refresh(dto.refreshToken, client);
  }

  /** Ends the session of the refresh token in the body (no access token needed), or else the caller's; its tokens stop working at once. */
  @Post('logout')
  @Idempotent()
  @HttpCode(204)
  @OptionallyAuthenticated()
  @ApiBody({ type: AuthLogoutDto, required: false })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiProblemResponses(400, 429)
  logout(
    @Body() dto: AuthLogoutDto,
    @CurrentUserIfAny() me: Principal | undefined,
    @Client() client: ClientInfo,
  ): Promise<void> {
    return this.sessions.signOut({ principal: me, refreshToken: dto.refreshToken }, client);
  }

  /** Ends every session of the signed-in user, this one included. */
  @Post('logout-all')
  @Idempotent()
  @HttpCode(204)
  @Authenticated()
  @ApiNoContentResponse({ description: 'Signed out everywhere' })
  @ApiProblemResponses(429)
  logoutAll(@CurrentUser() me: Principal, @Client() client: ClientInfo): Promise<void> {
    return this.sessions.signOutEverywhere(me, client);
  }
}
