// Generated from openapi.json by `npm run client:generate` (openapi-typescript); do not edit.
// `npm run client:check` fails when it is out of date with the contract.

export interface paths {
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process is up and serving. */
    get: operations['live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: 503 while the database does not answer or the process shuts down; "degraded" (200) while Redis is down. */
    get: operations['ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Creates an account, signs it in and mails a link to verify the email address. */
    post: operations['register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Signs in with email and password and opens a new session. */
    post: operations['login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Exchanges a refresh token for a new pair. A refresh token works once; reusing one ends its session. */
    post: operations['refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ends the session of the refresh token in the body (no access token needed), or else the caller's; its tokens stop working at once. */
    post: operations['logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ends every session of the signed-in user, this one included. */
    post: operations['logoutAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user's open sessions (devices and browsers), most recently used first. */
    get: operations['listSessions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Ends one of the signed-in user's sessions, e.g. a lost device. */
    delete: operations['revokeSession'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password/change': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Changes the password, given the current one; every other session ends. */
    post: operations['changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password/forgot': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mails a reset link if an account uses this address; the answer is the same either way. */
    post: operations['forgotPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password/reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sets a new password with the token from a reset link; the link works once, and every session ends. */
    post: operations['resetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/email/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirms the email address with the token from a verification link; the link works once. */
    post: operations['verifyEmail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/email/verify/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mails a new verification link to the signed-in user, unless the address is already verified. */
    post: operations['resendVerification'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user. */
    get: operations['getMe'];
    put?: never;
    post?: never;
    /** Deletes the signed-in user's account (soft) and ends all its sessions; the last active admin can't (409). */
    delete: operations['deleteMe'];
    options?: never;
    head?: never;
    /** Changes the signed-in user's name; any other field is refused. */
    patch: operations['updateMe'];
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lists users with filters and a sort, by page number (with the total) or by cursor (stable under inserts, as fast at any depth). */
    get: operations['listUsers'];
    put?: never;
    /** Creates a user with the given role. */
    post: operations['createUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One user by id; a soft-deleted user only with `deleted=true` (its record shows deletedAt). */
    get: operations['getUser'];
    put?: never;
    post?: never;
    /** Soft-deletes a user: they can no longer sign in and their tokens stop working. The last active admin can't be deleted (409). */
    delete: operations['deleteUser'];
    options?: never;
    head?: never;
    /** Changes name, role or email: a role change ends the user's sessions, a new email must be verified again, the last active admin stays (409). */
    patch: operations['updateUser'];
    trace?: never;
  };
  '/api/v1/users/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Brings a soft-deleted user back. */
    post: operations['restoreUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lists endpoints, newest first. */
    get: operations['listWebhooks'];
    put?: never;
    /** Registers an endpoint; the answer holds its signing secret, shown this once. */
    post: operations['createWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One endpoint (never its secret). */
    get: operations['getWebhook'];
    put?: never;
    post?: never;
    /** Deletes the endpoint and its delivery log. */
    delete: operations['deleteWebhook'];
    options?: never;
    head?: never;
    /** Changes the URL, events or description, or disables and re-enables the endpoint. */
    patch: operations['updateWebhook'];
    trace?: never;
  };
  '/api/v1/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The delivery log: each event sent here, its status and every attempt (status code, error, latency). */
    get: operations['listWebhookDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sends a delivery again, with the same webhook-id. */
    post: operations['redeliverWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    LivenessDto: {
      /**
       * @description Always "ok" while the process serves requests.
       * @example ok
       * @enum {string}
       */
      status: 'ok';
    };
    ReadinessChecksDto: {
      /**
       * @description The database answered (readiness fails with 503 when it does not).
       * @example up
       * @enum {string}
       */
      database: 'up';
      /**
       * @description Present when Redis is configured; "down" means instances work on their own until it returns.
       * @example up
       * @enum {string}
       */
      redis?: 'up' | 'down';
    };
    ReadinessDto: {
      /**
       * @description "ok" when every dependency answered; "degraded" when Redis is down (serving, not sharing).
       * @example ok
       * @enum {string}
       */
      status: 'ok' | 'degraded';
      /** @description Each dependency checked and its state. */
      checks: components['schemas']['ReadinessChecksDto'];
    };
    AuthRegisterDto: {
      /**
       * Format: email
       * @description Stored lower-cased; unique.
       * @example ada@example.com
       */
      email: string;
      /**
       * @description 8 to 128 characters, not among the most common passwords, not the email.
       * @example correct horse battery staple
       */
      password: string;
      /**
       * @description Display name.
       * @example Ada Lovelace
       */
      name: string;
    };
    UserResponseDto: {
      /**
       * Format: uuid
       * @example 3f0b8a5e-2f4c-4c1e-9a8b-1d2e3f4a5b6c
       */
      id: string;
      /**
       * Format: email
       * @description Lower-cased email address.
       * @example ada@example.com
       */
      email: string;
      /**
       * @description Display name.
       * @example Ada Lovelace
       */
      name: string;
      /**
       * @example user
       * @enum {string}
       */
      role: 'user' | 'admin';
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /**
       * Format: date-time
       * @description When the user was soft-deleted; null while the account is active.
       */
      deletedAt: string | null;
      /** @description Whether the user has confirmed their email address. */
      emailVerified: boolean;
    };
    AuthResponseDto: {
      /** @description JWT to send as `Authorization: Bearer <token>`; short-lived. */
      accessToken: string;
      /** @description Opaque, single-use: exchange it at /auth/refresh for a new pair. Keep it secret. */
      refreshToken: string;
      /** @enum {string} */
      tokenType: 'Bearer';
      /**
       * Format: int32
       * @description Seconds until the access token expires.
       * @example 900
       */
      expiresIn: number;
      user: components['schemas']['UserResponseDto'];
    };
    AuthLoginDto: {
      /**
       * Format: email
       * @example ada@example.com
       */
      email: string;
      /** @example correct horse battery staple */
      password: string;
    };
    AuthRefreshDto: {
      /**
       * @description The refresh token from the last sign-in or refresh; each one works once.
       * @example q8i1J0o3Cj9X4u2b7lYzR5c6d1e2f3g4h5i6j7k8l9m
       */
      refreshToken: string;
    };
    AuthTokensResponseDto: {
      /** @description JWT to send as `Authorization: Bearer <token>`; short-lived. */
      accessToken: string;
      /** @description Opaque, single-use: exchange it at /auth/refresh for a new pair. Keep it secret. */
      refreshToken: string;
      /** @enum {string} */
      tokenType: 'Bearer';
      /**
       * Format: int32
       * @description Seconds until the access token expires.
       * @example 900
       */
      expiresIn: number;
    };
    AuthLogoutDto: {
      /**
       * @description The refresh token from the last sign-in or refresh; each one works once.
       * @example q8i1J0o3Cj9X4u2b7lYzR5c6d1e2f3g4h5i6j7k8l9m
       */
      refreshToken?: string;
    };
    SessionResponseDto: {
      /**
       * Format: uuid
       * @example 0b6f9d4e-1c2a-4e8b-9f3d-5a7c6b8e9d0f
       */
      id: string;
      /**
       * Format: date-time
       * @description When the user signed in.
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description When the session was last seen (to within a minute or so).
       */
      lastUsedAt: string;
      /**
       * Format: date-time
       * @description When the session ends unless it is used (refreshed) before then.
       */
      expiresAt: string;
      /**
       * @description The User-Agent sent at sign-in, if any.
       * @example Mozilla/5.0 (X11; Linux x86_64)
       */
      userAgent: string | null;
      /**
       * @description The IP address at sign-in.
       * @example 203.0.113.7
       */
      ip: string | null;
      /** @description True for the session making this request. */
      current: boolean;
    };
    SessionListResponseDto: {
      /** @description Open sessions, most recently used first. */
      items: components['schemas']['SessionResponseDto'][];
    };
    PasswordChangeDto: {
      /** @example correct horse battery staple */
      currentPassword: string;
      /**
       * @description 8 to 128 characters, not among the most common passwords, not the email.
       * @example tr0ub4dor and three more words
       */
      newPassword: string;
    };
    PasswordForgotDto: {
      /**
       * Format: email
       * @description Where to send the reset link, if an account uses it.
       * @example ada@example.com
       */
      email: string;
    };
    PasswordResetDto: {
      /** @description The token from the reset link (its `token` query parameter). */
      token: string;
      /**
       * @description 8 to 128 characters, not among the most common passwords, not the email.
       * @example tr0ub4dor and three more words
       */
      newPassword: string;
    };
    EmailVerifyDto: {
      /** @description The token from the verification link (its `token` query parameter). */
      token: string;
    };
    UserUpdateMeDto: {
      /**
       * @description Display name.
       * @example Ada Lovelace
       */
      name: string;
    };
    UserAdminCreateDto: {
      /**
       * @example user
       * @enum {string}
       */
      role: 'user' | 'admin';
      /**
       * Format: email
       * @description Stored lower-cased; unique.
       * @example ada@example.com
       */
      email: string;
      /**
       * @description 8 to 128 characters, not among the most common passwords, not the email.
       * @example correct horse battery staple
       */
      password: string;
      /**
       * @description Display name.
       * @example Ada Lovelace
       */
      name: string;
    };
    UserAdminUpdateDto: {
      /**
       * @example user
       * @enum {string}
       */
      role?: 'user' | 'admin';
      /**
       * Format: email
       * @description Stored lower-cased; unique.
       * @example ada@example.com
       */
      email?: string;
      /**
       * @description Display name.
       * @example Ada Lovelace
       */
      name?: string;
    };
    WebhookEndpointCreateDto: {
      /**
       * @description Which events to send here.
       * @example [
       *       "user.created",
       *       "user.deleted"
       *     ]
       */
      eventTypes: ('user.created' | 'user.deleted' | 'user.role-changed' | 'user.email-verified')[];
      /**
       * @description What the endpoint is for.
       * @example CRM sync
       */
      description?: string;
      /**
       * Format: uri
       * @description Where events are POSTed; http or https, on a public address.
       * @example https://hooks.example.com/groundwork
       */
      url: string;
    };
    WebhookEndpointCreatedResponseDto: {
      /**
       * Format: uuid
       * @example 8c1f3e2a-4b5d-4e6f-8a9b-0c1d2e3f4a5b
       */
      id: string;
      /** Format: uri */
      url: string;
      description: string;
      eventTypes: ('user.created' | 'user.deleted' | 'user.role-changed' | 'user.email-verified')[];
      /**
       * Format: int32
       * @description Failed attempts since the last success.
       */
      consecutiveFailures: number;
      /** @description Why it was disabled automatically, if it was. */
      disabledReason: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description The signing secret (Standard Webhooks, `whsec_`); shown this once only: store it now. */
      secret: string;
      /** @description False when an admin turned it off, or after a run of failed attempts. */
      enabled: boolean;
    };
    WebhookEndpointResponseDto: {
      /**
       * Format: uuid
       * @example 8c1f3e2a-4b5d-4e6f-8a9b-0c1d2e3f4a5b
       */
      id: string;
      /** Format: uri */
      url: string;
      description: string;
      eventTypes: ('user.created' | 'user.deleted' | 'user.role-changed' | 'user.email-verified')[];
      /**
       * Format: int32
       * @description Failed attempts since the last success.
       */
      consecutiveFailures: number;
      /** @description Why it was disabled automatically, if it was. */
      disabledReason: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description False when an admin turned it off, or after a run of failed attempts. */
      enabled: boolean;
    };
    WebhookEndpointUpdateDto: {
      /**
       * @description Which events to send here.
       * @example [
       *       "user.created",
       *       "user.deleted"
       *     ]
       */
      eventTypes?: ('user.created' | 'user.deleted' | 'user.role-changed' | 'user.email-verified')[];
      /**
       * @description What the endpoint is for.
       * @example CRM sync
       */
      description?: string;
      /**
       * Format: uri
       * @description Where events are POSTed; http or https, on a public address.
       * @example https://hooks.example.com/groundwork
       */
      url?: string;
      /** @description Turn deliveries off or back on; re-enabling clears the failure count. */
      enabled?: boolean;
    };
    WebhookDeliveryAttemptDto: {
      /** Format: int32 */
      attempt: number;
      /** Format: date-time */
      at: string;
      /**
       * Format: int32
       * @description The receiver's HTTP status; null when no answer came.
       */
      statusCode: number | null;
      error: string | null;
      /** Format: int32 */
      latencyMs: number;
    };
    WebhookDeliveryResponseDto: {
      /**
       * Format: uuid
       * @description Also the `webhook-id` header the receiver saw.
       */
      id: string;
      /** Format: uuid */
      eventId: string;
      eventType: string;
      /** @enum {string} */
      status: 'pending' | 'succeeded' | 'failed';
      /** @description Every attempt, oldest first. */
      attempts: components['schemas']['WebhookDeliveryAttemptDto'][];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      deliveredAt: string | null;
    };
    FieldErrorDto: {
      /**
       * @description The input field at fault, as a dotted path.
       * @example email
       */
      field: string;
      /**
       * @description What is wrong with it.
       * @example email must be an email
       */
      message: string;
    };
    ProblemDetailsDto: {
      /**
       * @description A URI identifying the kind of problem.
       * @example about:blank
       */
      type: string;
      /**
       * @description A short summary of the kind of problem.
       * @example Bad Request
       */
      title: string;
      /**
       * Format: int32
       * @description The HTTP status code.
       * @example 400
       */
      status: number;
      /**
       * @description What went wrong with this request.
       * @example email must be an email
       */
      detail: string;
      /**
       * @description The request path.
       * @example /api/v1/users
       */
      instance: string;
      /**
       * @description Correlates this response with the server's logs.
       * @example 6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e
       */
      requestId: string;
      /** @description Field-level problems, for validation failures. */
      errors?: components['schemas']['FieldErrorDto'][];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LivenessDto'];
        };
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/health/live",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/health/live",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/health/live",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/health/live",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadinessDto'];
        };
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/health/ready",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/health/ready",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/health/ready",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Not ready to serve */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Not ready to serve",
           *       "instance": "/health/ready",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  register: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per operation (a UUID is ideal), 1 to 255 printable ASCII characters. A retry with the same key and body gets the first answer again, marked `Idempotency-Replayed: true`, for IDEMPOTENCY_TTL (24 h by default); the same key with another body is 422, and while the first request is still running 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AuthRegisterDto'];
      };
    };
    responses: {
      /** @description Account created and signed in */
      201: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthResponseDto'];
        };
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/auth/register",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /**
       * @description The request conflicts with the current state
       *
       *     The request conflicts with the current state
       */
      409: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The request conflicts with the current state\n\nThe request conflicts with the current state",
           *       "instance": "/api/v1/auth/register",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request body is larger than BODY_LIMIT (1 MiB unless configured) */
      413: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than BODY_LIMIT (1 MiB unless configured)",
           *       "instance": "/api/v1/auth/register",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Unsupported content type",
           *       "instance": "/api/v1/auth/register",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unprocessable Entity */
      422: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Entity",
           *       "status": 422,
           *       "detail": "Unprocessable Entity",
           *       "instance": "/api/v1/auth/register",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/register",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/auth/register",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/register",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  login: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per operation (a UUID is ideal), 1 to 255 printable ASCII characters. A retry with the same key and body gets the first answer again, marked `Idempotency-Replayed: true`, for IDEMPOTENCY_TTL (24 h by default); the same key with another body is 422, and while the first request is still running 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AuthLoginDto'];
      };
    };
    responses: {
      /** @description Signed in */
      200: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthResponseDto'];
        };
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/auth/login",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/auth/login",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The request conflicts with the current state",
           *       "instance": "/api/v1/auth/login",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request body is larger than BODY_LIMIT (1 MiB unless configured) */
      413: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than BODY_LIMIT (1 MiB unless configured)",
           *       "instance": "/api/v1/auth/login",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Unsupported content type",
           *       "instance": "/api/v1/auth/login",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unprocessable Entity */
      422: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Entity",
           *       "status": 422,
           *       "detail": "Unprocessable Entity",
           *       "instance": "/api/v1/auth/login",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/login",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/auth/login",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/login",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AuthRefreshDto'];
      };
    };
    responses: {
      /** @description A new token pair */
      200: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthTokensResponseDto'];
        };
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/auth/refresh",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/auth/refresh",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request body is larger than BODY_LIMIT (1 MiB unless configured) */
      413: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than BODY_LIMIT (1 MiB unless configured)",
           *       "instance": "/api/v1/auth/refresh",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Unsupported content type",
           *       "instance": "/api/v1/auth/refresh",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/refresh",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/auth/refresh",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/refresh",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  logout: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per operation (a UUID is ideal), 1 to 255 printable ASCII characters. A retry with the same key and body gets the first answer again, marked `Idempotency-Replayed: true`, for IDEMPOTENCY_TTL (24 h by default); the same key with another body is 422, and while the first request is still running 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['AuthLogoutDto'];
      };
    };
    responses: {
      /** @description Signed out */
      204: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/auth/logout",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/auth/logout",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The request conflicts with the current state",
           *       "instance": "/api/v1/auth/logout",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request body is larger than BODY_LIMIT (1 MiB unless configured) */
      413: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than BODY_LIMIT (1 MiB unless configured)",
           *       "instance": "/api/v1/auth/logout",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Unsupported content type",
           *       "instance": "/api/v1/auth/logout",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unprocessable Entity */
      422: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Entity",
           *       "status": 422,
           *       "detail": "Unprocessable Entity",
           *       "instance": "/api/v1/auth/logout",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/logout",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/auth/logout",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/logout",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  logoutAll: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per operation (a UUID is ideal), 1 to 255 printable ASCII characters. A retry with the same key and body gets the first answer again, marked `Idempotency-Replayed: true`, for IDEMPOTENCY_TTL (24 h by default); the same key with another body is 422, and while the first request is still running 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out everywhere */
      204: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/auth/logout-all",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/auth/logout-all",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The request conflicts with the current state",
           *       "instance": "/api/v1/auth/logout-all",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request body is larger than BODY_LIMIT (1 MiB unless configured) */
      413: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than BODY_LIMIT (1 MiB unless configured)",
           *       "instance": "/api/v1/auth/logout-all",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Unsupported content type",
           *       "instance": "/api/v1/auth/logout-all",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unprocessable Entity */
      422: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Entity",
           *       "status": 422,
           *       "detail": "Unprocessable Entity",
           *       "instance": "/api/v1/auth/logout-all",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/logout-all",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/auth/logout-all",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/logout-all",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  listSessions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Open sessions */
      200: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionListResponseDto'];
        };
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/auth/sessions",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/auth/sessions",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/sessions",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/auth/sessions",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/sessions",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  revokeSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The session id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Session ended */
      204: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/auth/sessions/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/auth/sessions",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description No such resource */
      404: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "instance": "/api/v1/auth/sessions/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request body is larger than BODY_LIMIT (1 MiB unless configured) */
      413: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than BODY_LIMIT (1 MiB unless configured)",
           *       "instance": "/api/v1/auth/sessions/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Unsupported content type",
           *       "instance": "/api/v1/auth/sessions/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/sessions/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/auth/sessions/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/sessions/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  changePassword: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per operation (a UUID is ideal), 1 to 255 printable ASCII characters. A retry with the same key and body gets the first answer again, marked `Idempotency-Replayed: true`, for IDEMPOTENCY_TTL (24 h by default); the same key with another body is 422, and while the first request is still running 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PasswordChangeDto'];
      };
    };
    responses: {
      /** @description Password changed */
      204: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/auth/password/change",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/auth/password/change",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The request conflicts with the current state",
           *       "instance": "/api/v1/auth/password/change",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request body is larger than BODY_LIMIT (1 MiB unless configured) */
      413: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than BODY_LIMIT (1 MiB unless configured)",
           *       "instance": "/api/v1/auth/password/change",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Unsupported content type",
           *       "instance": "/api/v1/auth/password/change",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unprocessable Entity */
      422: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Entity",
           *       "status": 422,
           *       "detail": "Unprocessable Entity",
           *       "instance": "/api/v1/auth/password/change",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/password/change",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/auth/password/change",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/password/change",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  forgotPassword: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per operation (a UUID is ideal), 1 to 255 printable ASCII characters. A retry with the same key and body gets the first answer again, marked `Idempotency-Replayed: true`, for IDEMPOTENCY_TTL (24 h by default); the same key with another body is 422, and while the first request is still running 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PasswordForgotDto'];
      };
    };
    responses: {
      /** @description If an account uses this address, a reset link is on its way */
      202: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/auth/password/forgot",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The request conflicts with the current state",
           *       "instance": "/api/v1/auth/password/forgot",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request body is larger than BODY_LIMIT (1 MiB unless configured) */
      413: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than BODY_LIMIT (1 MiB unless configured)",
           *       "instance": "/api/v1/auth/password/forgot",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Unsupported content type",
           *       "instance": "/api/v1/auth/password/forgot",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unprocessable Entity */
      422: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Entity",
           *       "status": 422,
           *       "detail": "Unprocessable Entity",
           *       "instance": "/api/v1/auth/password/forgot",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/password/forgot",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/auth/password/forgot",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/password/forgot",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  resetPassword: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per operation (a UUID is ideal), 1 to 255 printable ASCII characters. A retry with the same key and body gets the first answer again, marked `Idempotency-Replayed: true`, for IDEMPOTENCY_TTL (24 h by default); the same key with another body is 422, and while the first request is still running 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PasswordResetDto'];
      };
    };
    responses: {
      /** @description Password reset */
      204: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/auth/password/reset",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The request conflicts with the current state",
           *       "instance": "/api/v1/auth/password/reset",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request body is larger than BODY_LIMIT (1 MiB unless configured) */
      413: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than BODY_LIMIT (1 MiB unless configured)",
           *       "instance": "/api/v1/auth/password/reset",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Unsupported content type",
           *       "instance": "/api/v1/auth/password/reset",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unprocessable Entity */
      422: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Entity",
           *       "status": 422,
           *       "detail": "Unprocessable Entity",
           *       "instance": "/api/v1/auth/password/reset",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/password/reset",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/auth/password/reset",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/password/reset",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  verifyEmail: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per operation (a UUID is ideal), 1 to 255 printable ASCII characters. A retry with the same key and body gets the first answer again, marked `Idempotency-Replayed: true`, for IDEMPOTENCY_TTL (24 h by default); the same key with another body is 422, and while the first request is still running 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EmailVerifyDto'];
      };
    };
    responses: {
      /** @description Email address verified */
      204: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/auth/email/verify",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The request conflicts with the current state",
           *       "instance": "/api/v1/auth/email/verify",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request body is larger than BODY_LIMIT (1 MiB unless configured) */
      413: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than BODY_LIMIT (1 MiB unless configured)",
           *       "instance": "/api/v1/auth/email/verify",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Unsupported content type",
           *       "instance": "/api/v1/auth/email/verify",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unprocessable Entity */
      422: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Entity",
           *       "status": 422,
           *       "detail": "Unprocessable Entity",
           *       "instance": "/api/v1/auth/email/verify",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/email/verify",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/auth/email/verify",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/email/verify",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  resendVerification: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per operation (a UUID is ideal), 1 to 255 printable ASCII characters. A retry with the same key and body gets the first answer again, marked `Idempotency-Replayed: true`, for IDEMPOTENCY_TTL (24 h by default); the same key with another body is 422, and while the first request is still running 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A new link is on its way, unless the address is already verified */
      202: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/auth/email/verify/resend",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/auth/email/verify/resend",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The request conflicts with the current state",
           *       "instance": "/api/v1/auth/email/verify/resend",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request body is larger than BODY_LIMIT (1 MiB unless configured) */
      413: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than BODY_LIMIT (1 MiB unless configured)",
           *       "instance": "/api/v1/auth/email/verify/resend",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Unsupported content type",
           *       "instance": "/api/v1/auth/email/verify/resend",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unprocessable Entity */
      422: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Entity",
           *       "status": 422,
           *       "detail": "Unprocessable Entity",
           *       "instance": "/api/v1/auth/email/verify/resend",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/email/verify/resend",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/auth/email/verify/resend",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/auth/email/verify/resend",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponseDto'];
        };
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/users/me",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/users/me",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/users/me",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/users/me",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/users/me",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  deleteMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Account deleted */
      204: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/users/me",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/users/me",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The request conflicts with the current state",
           *       "instance": "/api/v1/users/me",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request body is larger than BODY_LIMIT (1 MiB unless configured) */
      413: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than BODY_LIMIT (1 MiB unless configured)",
           *       "instance": "/api/v1/users/me",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Unsupported content type",
           *       "instance": "/api/v1/users/me",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/users/me",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/users/me",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/users/me",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  updateMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UserUpdateMeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponseDto'];
        };
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/users/me",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/users/me",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request body is larger than BODY_LIMIT (1 MiB unless configured) */
      413: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than BODY_LIMIT (1 MiB unless configured)",
           *       "instance": "/api/v1/users/me",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Unsupported content type",
           *       "instance": "/api/v1/users/me",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/users/me",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/users/me",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/users/me",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  listUsers: {
    parameters: {
      query?: {
        page?: number;
        /** @description Items per page. */
        limit?: number;
        /** @description The nextCursor of the previous page, for the same sort and filters; not with page. */
        cursor?: string;
        /**
         * @description Whether to count every matching item (total). Counting reads every match, so it grows with
         *     the table: by default only page-number requests count; cursor requests never do unless asked.
         */
        includeTotal?: 'true' | 'false';
        /** @description Sort field, prefixed with - for descending. */
        sort?: 'createdAt' | '-createdAt' | 'email' | '-email' | 'name' | '-name' | 'role' | '-role';
        role?: 'user' | 'admin';
        /** @description true lists only soft-deleted users. */
        deleted?: 'true' | 'false';
        /** @description Exact email (case-insensitive). */
        email?: string;
        /** @description Case-insensitive substring of name or email. */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of UserResponseDto */
      200: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['UserResponseDto'][];
            /** Format: int32 */
            limit: number;
            hasNextPage: boolean;
            /** @description Pass as cursor for the next page (same sort and filters); null on the last page */
            nextCursor: string | null;
            /**
             * Format: int32
             * @description On page-number requests only
             */
            page?: number;
            /**
             * Format: int32
             * @description Every matching item, when counted (includeTotal; by default on page-number requests only)
             */
            total?: number;
          };
        };
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "The caller may not do this",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  createUser: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per operation (a UUID is ideal), 1 to 255 printable ASCII characters. A retry with the same key and body gets the first answer again, marked `Idempotency-Replayed: true`, for IDEMPOTENCY_TTL (24 h by default); the same key with another body is 422, and while the first request is still running 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UserAdminCreateDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponseDto'];
        };
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "The caller may not do this",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /**
       * @description The request conflicts with the current state
       *
       *     The request conflicts with the current state
       */
      409: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The request conflicts with the current state\n\nThe request conflicts with the current state",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request body is larger than BODY_LIMIT (1 MiB unless configured) */
      413: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than BODY_LIMIT (1 MiB unless configured)",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Unsupported content type",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unprocessable Entity */
      422: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Entity",
           *       "status": 422,
           *       "detail": "Unprocessable Entity",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  getUser: {
    parameters: {
      query?: {
        /** @description true also finds a soft-deleted user (its record shows deletedAt). */
        deleted?: 'true' | 'false';
      };
      header?: never;
      path: {
        /** @description The user id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponseDto'];
        };
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/users/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "The caller may not do this",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description No such resource */
      404: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "instance": "/api/v1/users/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/users/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/users/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/users/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  deleteUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The user id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description User deleted */
      204: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/users/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "The caller may not do this",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description No such resource */
      404: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "instance": "/api/v1/users/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The request conflicts with the current state",
           *       "instance": "/api/v1/users/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request body is larger than BODY_LIMIT (1 MiB unless configured) */
      413: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than BODY_LIMIT (1 MiB unless configured)",
           *       "instance": "/api/v1/users/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Unsupported content type",
           *       "instance": "/api/v1/users/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/users/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/users/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/users/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  updateUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The user id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UserAdminUpdateDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponseDto'];
        };
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/users/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "The caller may not do this",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description No such resource */
      404: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "instance": "/api/v1/users/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The request conflicts with the current state",
           *       "instance": "/api/v1/users/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request body is larger than BODY_LIMIT (1 MiB unless configured) */
      413: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than BODY_LIMIT (1 MiB unless configured)",
           *       "instance": "/api/v1/users/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Unsupported content type",
           *       "instance": "/api/v1/users/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/users/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/users/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/users/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  restoreUser: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per operation (a UUID is ideal), 1 to 255 printable ASCII characters. A retry with the same key and body gets the first answer again, marked `Idempotency-Replayed: true`, for IDEMPOTENCY_TTL (24 h by default); the same key with another body is 422, and while the first request is still running 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description The user id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponseDto'];
        };
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/users/{id}/restore",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "The caller may not do this",
           *       "instance": "/api/v1/users",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description No such resource */
      404: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "instance": "/api/v1/users/{id}/restore",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The request conflicts with the current state",
           *       "instance": "/api/v1/users/{id}/restore",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request body is larger than BODY_LIMIT (1 MiB unless configured) */
      413: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than BODY_LIMIT (1 MiB unless configured)",
           *       "instance": "/api/v1/users/{id}/restore",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Unsupported content type",
           *       "instance": "/api/v1/users/{id}/restore",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unprocessable Entity */
      422: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Entity",
           *       "status": 422,
           *       "detail": "Unprocessable Entity",
           *       "instance": "/api/v1/users/{id}/restore",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/users/{id}/restore",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/users/{id}/restore",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/users/{id}/restore",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  listWebhooks: {
    parameters: {
      query?: {
        page?: number;
        /** @description Items per page. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of WebhookEndpointResponseDto */
      200: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['WebhookEndpointResponseDto'][];
            /** Format: int32 */
            limit: number;
            hasNextPage: boolean;
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            total: number;
          };
        };
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "The caller may not do this",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  createWebhook: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per operation (a UUID is ideal), 1 to 255 printable ASCII characters. A retry with the same key and body gets the first answer again, marked `Idempotency-Replayed: true`, for IDEMPOTENCY_TTL (24 h by default); the same key with another body is 422, and while the first request is still running 409. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WebhookEndpointCreateDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointCreatedResponseDto'];
        };
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "The caller may not do this",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The request conflicts with the current state",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request body is larger than BODY_LIMIT (1 MiB unless configured) */
      413: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than BODY_LIMIT (1 MiB unless configured)",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Unsupported content type",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unprocessable Entity */
      422: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Entity",
           *       "status": 422,
           *       "detail": "Unprocessable Entity",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  getWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The webhook endpoint id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointResponseDto'];
        };
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/webhooks/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "The caller may not do this",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description No such resource */
      404: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "instance": "/api/v1/webhooks/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/webhooks/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/webhooks/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/webhooks/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  deleteWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The webhook endpoint id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Endpoint deleted */
      204: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/webhooks/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "The caller may not do this",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description No such resource */
      404: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "instance": "/api/v1/webhooks/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request body is larger than BODY_LIMIT (1 MiB unless configured) */
      413: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than BODY_LIMIT (1 MiB unless configured)",
           *       "instance": "/api/v1/webhooks/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Unsupported content type",
           *       "instance": "/api/v1/webhooks/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/webhooks/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/webhooks/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/webhooks/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  updateWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The webhook endpoint id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WebhookEndpointUpdateDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointResponseDto'];
        };
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/webhooks/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "The caller may not do this",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description No such resource */
      404: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "instance": "/api/v1/webhooks/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request body is larger than BODY_LIMIT (1 MiB unless configured) */
      413: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than BODY_LIMIT (1 MiB unless configured)",
           *       "instance": "/api/v1/webhooks/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Unsupported content type",
           *       "instance": "/api/v1/webhooks/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/webhooks/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/webhooks/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/webhooks/{id}",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  listWebhookDeliveries: {
    parameters: {
      query?: {
        page?: number;
        /** @description Items per page. */
        limit?: number;
      };
      header?: never;
      path: {
        /** @description The webhook endpoint id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of WebhookDeliveryResponseDto */
      200: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['WebhookDeliveryResponseDto'][];
            /** Format: int32 */
            limit: number;
            hasNextPage: boolean;
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            total: number;
          };
        };
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/webhooks/{id}/deliveries",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "The caller may not do this",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description No such resource */
      404: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "instance": "/api/v1/webhooks/{id}/deliveries",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/webhooks/{id}/deliveries",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/webhooks/{id}/deliveries",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/webhooks/{id}/deliveries",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
  redeliverWebhook: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value per operation (a UUID is ideal), 1 to 255 printable ASCII characters. A retry with the same key and body gets the first answer again, marked `Idempotency-Replayed: true`, for IDEMPOTENCY_TTL (24 h by default); the same key with another body is 422, and while the first request is still running 409. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description The webhook endpoint id */
        id: string;
        /** @description The delivery id */
        deliveryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Queued for delivery */
      202: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed, over an input limit or fails validation. JSON bodies: nesting up to 32 levels, up to 200 fields in one object, 1000 items in one list and 10000 fields and list items in all; query strings: up to 50 parameters; no NUL characters. Strings far over their documented maxLength are refused before any other check. */
      400: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "email must be an email",
           *       "instance": "/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e",
           *       "errors": [
           *         {
           *           "field": "email",
           *           "message": "email must be an email"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Missing, invalid or expired credentials */
      401: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "Missing, invalid or expired credentials",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "The caller may not do this",
           *       "instance": "/api/v1/webhooks",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description No such resource */
      404: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "instance": "/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /**
       * @description The request conflicts with the current state
       *
       *     The request conflicts with the current state
       */
      409: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The request conflicts with the current state\n\nThe request conflicts with the current state",
           *       "instance": "/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description The request body is larger than BODY_LIMIT (1 MiB unless configured) */
      413: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than BODY_LIMIT (1 MiB unless configured)",
           *       "instance": "/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Unsupported content type",
           *       "instance": "/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unprocessable Entity */
      422: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Entity",
           *       "status": 422,
           *       "detail": "Unprocessable Entity",
           *       "instance": "/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Too many requests; retry after the time in Retry-After */
      429: {
        headers: {
          /** @description Requests allowed in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Limit'?: number;
          /** @description Requests left in the current window; sent once the request reaches the rate limiter */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the window resets; sent once the request reaches the rate limiter */
          'RateLimit-Reset'?: number;
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry after the time in Retry-After",
           *       "instance": "/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Unexpected server error",
           *       "instance": "/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
      /** @description Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After */
      503: {
        headers: {
          /** @description Seconds until a request may succeed */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After",
           *       "instance": "/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver",
           *       "requestId": "6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemDetailsDto'];
        };
      };
    };
  };
}
