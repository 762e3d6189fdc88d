import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type Principal } from '@groundwork/access';
import { ApiProblemResponses } from '@groundwork/http';
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
  @ApiParam({ name: 'id', description: 'The session id', schema: { type: 'string', format: 'uuid', maxLength: 36 } })
  @ApiNoContentResponse({ description: 'Session ended' })
  @ApiProblemResponses(400, 404, 429)
  revokeSession(
    @CurrentUser() me: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Client() client: ClientInfo,
  ): Promise<void> {
    return this.sessions.revokeOwn(me, id, client);
  }
}
