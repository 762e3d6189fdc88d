import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type Principal } from '@groundwork/access';
import { ApiPageResponse, ApiProblemResponses, type Page } from '@groundwork/http';
import { UserAdminCreateDto, UserAdminUpdateDto, UserListQueryDto, UserResponseDto } from './user.dto.js';
import { UsersService } from './users.service.js';

const UserId = () => Param('id', new ParseUUIDPipe({ version: '4' }));
/** Documents the :id parameter the way ParseUUIDPipe checks it. */
const ApiUserId = () =>
  ApiParam({ name: 'id', description: 'The user id', schema: { type: 'string', format: 'uuid', maxLength: 36 } });

/** User administration; admins only. */
@ApiTags('users')
@Authenticated({ roles: ['admin'] })
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** Lists users, a page at a time, with filters and an allow-listed sort. */
  @Get()
  @ApiPageResponse(UserResponseDto)
  @ApiProblemResponses(400)
  listUsers(@Query() query: UserListQueryDto): Promise<Page<UserResponseDto>> {
    return this.users.getList(query);
  }

  /** Creates a user with the given role. */
  @Post()
  @ApiProblemResponses(400, 409)
  createUser(@Body() dto: UserAdminCreateDto): Promise<UserResponseDto> {
    return this.users.create(dto);
  }

  /** One user by id; a soft-deleted user is not found (restore it first). */
  @Get(':id')
  @ApiUserId()
  @ApiProblemResponses(400, 404)
  getUser(@UserId() id: string): Promise<UserResponseDto> {
    return this.users.getUser(id);
  }

  /** Changes a user's name, role or email; a role change ends the user's sessions. */
  @Patch(':id')
  @ApiUserId()
  @ApiProblemResponses(400, 404, 409)
  updateUser(
    @UserId() id: string,
    @Body() dto: UserAdminUpdateDto,
    @CurrentUser() by: Principal,
  ): Promise<UserResponseDto> {
    return this.users.update(id, dto, by);
  }

  /** Soft-deletes a user: they can no longer sign in and their tokens stop working. */
  @Delete(':id')
  @ApiUserId()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'User deleted' })
  @ApiProblemResponses(400, 404)
  deleteUser(@UserId() id: string): Promise<void> {
    return this.users.delete(id);
  }

  /** Brings a soft-deleted user back. */
  @Post(':id/restore')
  @ApiUserId()
  @HttpCode(200)
  @ApiProblemResponses(400, 404)
  restoreUser(@UserId() id: string): Promise<UserResponseDto> {
    return this.users.restore(id);
  }
}
