import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Idempotent } from '@groundwork/idempotency';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type Principal, Public } from '@groundwork/access';
import { ApiProblemResponses } from '@groundwork/http';
import { PasswordChangeDto, PasswordForgotDto, PasswordResetDto } from '../dto/password.dto.js';
import { PasswordService } from '../password.service.js';
import { Client, type ClientInfo } from '../sessions/client-info.js';
import { StrictThrottle } from '@groundwork/throttling';

@ApiTags('auth')
@Controller('auth/password')
export class PasswordController {
  constructor(private readonly passwords: PasswordService) {}

  /** Changes the password, given the current one; every other session ends. */
  @Post('change')
  @Idempotent()
  @HttpCode(204)
  @Authenticated()
  @StrictThrottle()
  @ApiNoContentResponse({ description: 'Password changed' })
  @ApiProblemResponses(400, 429)
  changePassword(
    @CurrentUser() me: Principal,
    @Body() dto: PasswordChangeDto,
    @Client() client: ClientInfo,
  ): Promise<void> {
    return this.passwords.change(me, dto, client);
  }

  /** Mails a reset link if an account uses this address; the answer is the same either way. */
  @Post('forgot')
  @Idempotent()
  @HttpCode(202)
  @Public()
  @StrictThrottle()
  @ApiAcceptedResponse({ description: 'If an account uses this address, a reset link is on its way' })
  @ApiProblemResponses(400, 429)
  forgotPassword(@Body() dto: PasswordForgotDto, @Client() client: ClientInfo): Promise<void> {
    return this.passwords.forgot(dto, client);
  }

  /** Sets a new password with the token from a reset link; the link works once, and every session ends. */
  @Post('reset')
  @Idempotent()
  @HttpCode(204)
  @Public()
  @StrictThrottle()
  @ApiNoContentResponse({ description: 'Password reset' })
  @ApiProblemResponses(400, 429)
  resetPassword(@Body() dto: PasswordResetDto, @Client() client: ClientInfo): Promise<void> {
    return this.passwords.reset(dto, client);
  }
}
