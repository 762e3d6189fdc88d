import { Controller, Delete, Get, HttpCode } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type Principal } from '@groundwork/access';
import { ApiProblemResponses, UuidParam } from '@groundwork/http';
import { SessionListResponseDto } from '../dto/session.dto.js';
import { Client, type ClientInfo } from '../sessions/client-info.js';
import { SessionsService } from '../sessions/sessions.service.js';

@ApiTags('auth')
@Authenticated()
@Controller('auth/sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  /** The signed-in user's open sessions (devices and browsers), most recently used first. */
  @Get()
  @ApiOkResponse({ type: SessionListResponseDto, description: 'Open sessions' })
  @ApiProblemResponses(429)
  listSessions(@CurrentUser() me: Principal): Promise<SessionListResponseDto> {
    return this.sessions.list(me);
  }

  /** Ends one of the signed-in user's sessions, e.g. a lost device. */
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Session ended' })
  @ApiProblemResponses(400, 404, 429)
  revokeSession(
    @CurrentUser() me: Principal,
    @UuidParam('id', 'The session id') id: string,
    @Client() client: ClientInfo,
  ): Promise<void> {
    return this.sessions.revokeOwn(me, id, client);
  }
}
