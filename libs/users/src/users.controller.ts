import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { Idempotent } from '@groundwork/idempotency';
import { ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type Principal } from '@groundwork/access';
import { ApiCursorPageResponse, ApiProblemResponses, type CursorPage, UuidParam } from '@groundwork/http';
import {
  UserAdminCreateDto,
  UserAdminUpdateDto,
  UserGetQueryDto,
  UserListQueryDto,
  UserResponseDto,
} from './user.dto.js';
import { UsersService } from './users.service.js';

const UserId = () => UuidParam('id', 'The user id');

/** User administration; admins only. */
@ApiTags('users')
@Authenticated({ roles: ['admin'] })
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** Lists users with filters and a sort, by page number (with the total) or by cursor (stable under inserts, as fast at any depth). */
  @Get()
  @ApiCursorPageResponse(UserResponseDto)
  @ApiProblemResponses(400)
  listUsers(@Query() query: UserListQueryDto): Promise<CursorPage<UserResponseDto>> {
    return this.users.getList(query);
  }

  /** Creates a user with the given role. */
  @Post()
  @Idempotent()
  @ApiProblemResponses(400, 409)
  createUser(@Body() dto: UserAdminCreateDto, @CurrentUser() by: Principal): Promise<UserResponseDto> {
    return this.users.create(dto, by);
  }

  /** One user by id; a soft-deleted user only with `deleted=true` (its record shows deletedAt). */
  @Get(':id')
  @ApiProblemResponses(400, 404)
  getUser(@UserId() id: string, @Query() query: UserGetQueryDto): Promise<UserResponseDto> {
    return this.users.getUser(id, { withDeleted: query.deleted === 'true' });
  }

  /** Changes name, role or email: a role change ends the user's sessions, a new email must be verified again, the last active admin stays (409). */
  @Patch(':id')
  @ApiProblemResponses(400, 404, 409)
  updateUser(
    @UserId() id: string,
    @Body() dto: UserAdminUpdateDto,
    @CurrentUser() by: Principal,
  ): Promise<UserResponseDto> {
    return this.users.update(id, dto, by);
  }

  /** Soft-deletes a user: they can no longer sign in and their tokens stop working. The last active admin can't be deleted (409). */
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'User deleted' })
  @ApiProblemResponses(400, 404, 409)
  deleteUser(@UserId() id: string, @CurrentUser() by: Principal): Promise<void> {
    return this.users.delete(id, by);
  }

  /** Brings a soft-deleted user back. */
  @Post(':id/restore')
  @Idempotent()
  @HttpCode(200)
  @ApiProblemResponses(400, 404)
  restoreUser(@UserId() id: string, @CurrentUser() by: Principal): Promise<UserResponseDto> {
    return this.users.restore(id, by);
  }
}
