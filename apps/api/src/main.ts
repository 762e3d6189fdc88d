import { hello } from '@groundwork/config';
import { FooDto } from './dto.dto.js';
console.log(hello(), (FooDto as unknown as { _OPENAPI_METADATA_FACTORY?: () => unknown })._OPENAPI_METADATA_FACTORY?.());
