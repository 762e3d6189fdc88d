import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type Principal } from '@groundwork/access';
import { Idempotent } from '@groundwork/idempotency';
import { ApiPageResponse, ApiProblemResponses, type Page, PageQueryDto, UuidParam } from '@groundwork/http';
import {
  WebhookDeliveryResponseDto,
  WebhookEndpointCreateDto,
  WebhookEndpointCreatedResponseDto,
  WebhookEndpointResponseDto,
  WebhookEndpointUpdateDto,
} from './webhook.dto.js';
import { WebhooksService } from './webhooks.service.js';

const EndpointId = () => UuidParam('id', 'The webhook endpoint id');

/** Outbound webhooks: endpoints, their delivery log, redelivery; admins only. */
@ApiTags('webhooks')
@Authenticated({ roles: ['admin'] })
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  /** Registers an endpoint; the answer holds its signing secret, shown this once. */
  @Post()
  @Idempotent()
  @ApiProblemResponses(400)
  createWebhook(
    @Body() dto: WebhookEndpointCreateDto,
    @CurrentUser() by: Principal,
  ): Promise<WebhookEndpointCreatedResponseDto> {
    return this.webhooks.create(dto, by);
  }

  /** Lists endpoints, newest first. */
  @Get()
  @ApiPageResponse(WebhookEndpointResponseDto)
  @ApiProblemResponses(400)
  listWebhooks(@Query() query: PageQueryDto): Promise<Page<WebhookEndpointResponseDto>> {
    return this.webhooks.list(query);
  }

  /** One endpoint (never its secret). */
  @Get(':id')
  @ApiProblemResponses(400, 404)
  getWebhook(@EndpointId() id: string): Promise<WebhookEndpointResponseDto> {
    return this.webhooks.get(id);
  }

  /** Changes the URL, events or description, or disables and re-enables the endpoint. */
  @Patch(':id')
  @ApiProblemResponses(400, 404)
  updateWebhook(
    @EndpointId() id: string,
    @Body() dto: WebhookEndpointUpdateDto,
    @CurrentUser() by: Principal,
  ): Promise<WebhookEndpointResponseDto> {
    return this.webhooks.update(id, dto, by);
  }

  /** Deletes the endpoint and its delivery log. */
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Endpoint deleted' })
  @ApiProblemResponses(400, 404)
  deleteWebhook(@EndpointId() id: string, @CurrentUser() by: Principal): Promise<void> {
    return this.webhooks.delete(id, by);
  }

  /** The delivery log: each event sent here, its status and every attempt (status code, error, latency). */
  @Get(':id/deliveries')
  @ApiPageResponse(WebhookDeliveryResponseDto)
  @ApiProblemResponses(400, 404)
  listWebhookDeliveries(
    @EndpointId() id: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<WebhookDeliveryResponseDto>> {
    return this.webhooks.listDeliveries(id, query);
  }

  /** Sends a delivery again, with the same webhook-id. */
  @Post(':id/deliveries/:deliveryId/redeliver')
  @Idempotent()
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'Queued for delivery' })
  @ApiProblemResponses(400, 404, 409)
  redeliverWebhook(
    @EndpointId() id: string,
    @UuidParam('deliveryId', 'The delivery id') deliveryId: string,
    @CurrentUser() by: Principal,
  ): Promise<void> {
    return this.webhooks.redeliver(id, deliveryId, by);
  }
}
