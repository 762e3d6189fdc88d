import { Body, Controller, Delete, Get, HttpCode, Patch } from '@nestjs/common';
import { ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type Principal } from '@groundwork/access';
import { ApiProblemResponses } from '@groundwork/http';
import { type UserResponseDto, UserUpdateMeDto } from './user.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Authenticated()
@Controller('users/me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  /** The signed-in user. */
  @Get()
  getMe(@CurrentUser() me: Principal): Promise<UserResponseDto> {
    return this.users.getMe(me);
  }

  /** Changes the signed-in user's name; any other field is refused. */
  @Patch()
  @ApiProblemResponses(400)
  updateMe(@CurrentUser() me: Principal, @Body() dto: UserUpdateMeDto): Promise<UserResponseDto> {
    return this.users.updateMe(me, dto);
  }

  /** Deletes the signed-in user's account (soft) and ends all its sessions; the last active admin can't (409). */
  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Account deleted' })
  @ApiProblemResponses(409)
  deleteMe(@CurrentUser() me: Principal): Promise<void> {
    return this.users.deleteMe(me);
  }
}
