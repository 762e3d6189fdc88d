import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Idempotent } from '@groundwork/idempotency';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type Principal, Public } from '@groundwork/access';
import { ApiProblemResponses } from '@groundwork/http';
import { EmailVerifyDto } from '../dto/email.dto.js';
import { EmailVerificationService } from '../email-verification.service.js';
import { Client, type ClientInfo } from '../sessions/client-info.js';
import { StrictThrottle } from '@groundwork/throttling';

@ApiTags('auth')
@Controller('auth/email')
export class EmailController {
  constructor(private readonly verification: EmailVerificationService) {}

  /** Confirms the email address with the token from a verification link; the link works once. */
  @Post('verify')
  @Idempotent()
  @HttpCode(204)
  @Public()
  @ApiNoContentResponse({ description: 'Email address verified' })
  @ApiProblemResponses(400, 429)
  verifyEmail(@Body() dto: EmailVerifyDto, @Client() client: ClientInfo): Promise<void> {
    return this.verification.verify(dto, client);
  }

  /** Mails a new verification link to the signed-in user, unless the address is already verified. */
  @Post('verify/resend')
  @Idempotent()
  @HttpCode(202)
  @Authenticated()
  @StrictThrottle()
  @ApiAcceptedResponse({ description: 'A new link is on its way, unless the address is already verified' })
  @ApiProblemResponses(429)
  resendVerification(@CurrentUser() me: Principal): Promise<void> {
    return this.verification.resend(me);
  }
}
