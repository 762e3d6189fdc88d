import { defineFeature } from '@groundwork/feature';

/** The probes' OpenAPI tag; health owns no tables. */
export const HEALTH_FEATURE = defineFeature({
  name: 'health',
  openApiTags: [{ name: 'health', description: 'Probes for orchestrators: liveness and readiness' }],
});
